#!/usr/bin/env python3
"""Cross-checks bmc's exports with the reference tools users run them through.

Usage: python3 .ci/export_crosscheck.py BMC_BINARY

1. JSON Schema: `bmc schema` is a valid draft 2020-12 schema; every canvas in
   Canvases/ (read as YAML 1.2 by ruamel.yaml) and its JSON export validate; the
   invalid fixtures (a bad enum word, an unknown key, a missing name) do not.
2. Markdown: the export of a canvas full of hostile text, rendered by GitHub's own
   Markdown library (cmarkgfm), has exactly the HTML structure of its plain twin's:
   no text became markup.
3. DOT: every canvas renders in every view and language with Graphviz's `dot`
   without a word on standard error, and the hostile canvas has the same nodes and
   edges as its twin; every focused map of Stockwise renders cleanly too.
4. Posters: the SVG `dot` makes of each poster is the sheet asked for (`--paper`),
   landscape, in its proportions.
"""
import datetime
import glob
import json
import re
import subprocess
import sys

import cmarkgfm
import jsonschema
import yaml
from ruamel.yaml import YAML

BMC = sys.argv[1]
HOSTILE = "Tests/Fixtures/hostile/hostile.canvas.yaml"
STRESS = "Tests/Fixtures/poster/stress.canvas.yaml"
failures = []
passes = 0


def check(condition, message):
    global passes
    if condition:
        passes += 1
    else:
        failures.append(message)
        print("FAIL", message)


def bmc(*args, stdin=None):
    result = subprocess.run([BMC, *args], input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"bmc {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def jsonable(value):
    """YAML 1.2 values as JSON would hold them (ruamel reads dates as dates)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


# 1. JSON Schema
schema = json.loads(bmc("schema"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
print("ok bmc schema is a valid draft 2020-12 schema")
ruamel = YAML(typ="safe", pure=True)
for path in sorted(glob.glob("Canvases/*.canvas.yaml")) + [HOSTILE]:
    with open(path, encoding="utf-8") as handle:
        document = jsonable(ruamel.load(handle))
    errors = [e.message for e in validator.iter_errors(document)]
    check(not errors, f"{path} (as YAML 1.2) does not validate: {errors[:3]}")
    exported = json.loads(bmc("export", path, "--format", "json"))
    errors = [e.message for e in validator.iter_errors(exported)]
    check(not errors, f"JSON export of {path} does not validate: {errors[:3]}")
for path in sorted(glob.glob("Tests/Fixtures/schema-invalid/*.yaml")):
    with open(path, encoding="utf-8") as handle:
        document = jsonable(ruamel.load(handle))
    check(not validator.is_valid(document), f"{path} should not validate against the schema")
print(f"ok JSON Schema: canvases, exports and invalid fixtures")

# The plain twin of the hostile canvas: every text replaced by plain words with the
# same lines, every id, reference and enum word kept.
TEXT_KEYS = {"name", "description", "notes", "version", "text", "role", "quote"}
TEXT_LISTS = {"authors", "needs", "products", "touchpoints", "jobs", "pains", "gains", "pain-relievers", "gain-creators"}


def plain(text):
    return "\n".join("plain words" if line.strip() else "" for line in text.split("\n"))


def twin(value, key=None):
    if isinstance(value, dict):
        return {k: twin(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) if key in TEXT_LISTS and isinstance(v, str) else twin(v) for v in value]
    if key in TEXT_KEYS and isinstance(value, str):
        return plain(value)
    return value


with open(HOSTILE, encoding="utf-8") as handle:
    hostile_tree = yaml.load(handle, Loader=yaml.BaseLoader)
class TwinDumper(yaml.SafeDumper):
    """Writes multi-line text as literal block scalars, which the canvas subset accepts."""


def represent_text(dumper, text):
    if re.fullmatch(r"[0-9]+", text):
        # Numbers are never quoted in canvases; PyYAML would quote a numeric string.
        return dumper.represent_int(int(text))
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


TwinDumper.add_representer(str, represent_text)
twin_text = yaml.dump(twin(hostile_tree), Dumper=TwinDumper, sort_keys=False, allow_unicode=True, width=10**9)
twin_path = ".build/hostile-twin.canvas.yaml"
with open(twin_path, "w", encoding="utf-8") as handle:
    handle.write(twin_text)

# 2. Markdown
TAG = re.compile(r"<(!--|/?[a-zA-Z][a-zA-Z0-9]*)")


def structure(html):
    return TAG.findall(html)


for lang in ("en", "es", "pt"):
    hostile_html = cmarkgfm.github_flavored_markdown_to_html(bmc("export", HOSTILE, "--format", "markdown", "--lang", lang))
    twin_html = cmarkgfm.github_flavored_markdown_to_html(bmc("export", twin_path, "--format", "markdown", "--lang", lang))
    check(structure(hostile_html) == structure(twin_html),
          f"Markdown ({lang}): hostile text changed the HTML structure:\n"
          f"  hostile: {structure(hostile_html)}\n  twin:    {structure(twin_html)}")
    check("<script" not in hostile_html and "raw HTML omitted" not in hostile_html,
          f"Markdown ({lang}): raw HTML reached the output")
print("ok Markdown: hostile text keeps the plain twin's structure in en, es, pt")

# 3. DOT
def render(dot_text, output_format):
    result = subprocess.run(["dot", f"-T{output_format}"], input=dot_text, capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


VIEWS = ("canvas", "map", "value-proposition")
for path in sorted(glob.glob("Canvases/*.canvas.yaml")) + [HOSTILE, twin_path, STRESS]:
    for view in VIEWS:
        for lang in ("en", "es", "pt"):
            code, _, stderr = render(bmc("export", path, "--format", "dot", "--view", view, "--lang", lang), "svg")
            check(code == 0 and stderr == "", f"dot -Tsvg of {path} ({view}, {lang}) said: {stderr.strip()[:300]}")
for segment in ("small-companies", "medium-companies", "large-companies", "anja"):
    code, _, stderr = render(bmc("export", "Canvases/stockwise.canvas.yaml", "--format", "dot", "--view", "map",
                                 "--focus", segment), "svg")
    check(code == 0 and stderr == "", f"dot -Tsvg of the Stockwise map focused on {segment} said: {stderr.strip()[:300]}")


# Text shows as written: Graphviz expands \N, \G, \L... in labels unless escaped.
for view in ("canvas", "map"):
    _, output, _ = render(bmc("export", HOSTILE, "--format", "dot", "--view", view), "svg")
    check("\\N \\E \\T \\H \\L" in output, f"DOT ({view}): the hostile activity's backslashes were not drawn as written")


def counts(path, view):
    code, output, stderr = render(bmc("export", path, "--format", "dot", "--view", view), "json")
    graph = json.loads(output)
    return len(graph.get("objects", [])), len(graph.get("edges", []))


for view in VIEWS:
    check(counts(HOSTILE, view) == counts(twin_path, view),
          f"DOT ({view}): hostile text changed the graph: {counts(HOSTILE, view)} vs {counts(twin_path, view)} (objects, edges)")
print("ok DOT: every canvas renders cleanly in every view and language; hostile text adds no node or edge")

# 4. Posters: the page of the SVG is the sheet, within 1% (Graphviz rounds to points).
PAPERS = {"a4": (297, 210), "a3": (420, 297), "a2": (594, 420), "a1": (841, 594), "a0": (1189, 841)}
SVG_SIZE = re.compile(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"')
for path in sorted(glob.glob("Canvases/*.canvas.yaml")) + [HOSTILE, STRESS]:
    for paper in (("a4", "a3", "a0") if path != STRESS else ("a3",)):
        code, output, stderr = render(bmc("export", path, "--format", "dot", "--view", "canvas", "--paper", paper), "svg")
        width, height = (float(v) for v in SVG_SIZE.search(output).groups())
        expected = tuple(mm * 72 / 25.4 for mm in PAPERS[paper])
        check(abs(width / expected[0] - 1) < 0.01 and abs(height / expected[1] - 1) < 0.01,
              f"the {paper} poster of {path} is {width:.0f} x {height:.0f} pt, not {expected[0]:.0f} x {expected[1]:.0f}")
print("ok posters: each is its sheet, landscape")

print(f"{passes} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
