#!/usr/bin/env python3
"""Cross-check `bmc tree` against PyYAML, to keep the canvas format real YAML.

Usage: python3 .ci/tree_crosscheck.py BMC_BINARY PATH...

Each PATH is a file or a folder; a folder stands for every `*.yaml` file below it
(which includes `*.canvas.yaml`), recursively, in sorted order. For every file the
script runs `BMC_BINARY tree FILE`, which prints the untyped document as JSON
(mappings as objects, sequences as arrays, every scalar a string, an empty value as
""), and loads the same file with PyYAML's BaseLoader, which also keeps every scalar
a string. The two values must be equal, and every mapping must keep its keys in the
same order.

Prints `ok PATH` or `DIFF PATH: <first difference>` per file, then `N passed, M failed`.
Exits 1 if any file failed or no file was found, 0 otherwise.
"""

import json
import os
import re
import subprocess
import sys

import yaml

TIMEOUT_SECONDS = 600
PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


class DuplicateKey(Exception):
    pass


def json_object(pairs):
    """Keeps key order and refuses duplicate keys in the JSON that bmc printed."""
    result = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


def describe_path(path):
    if not path:
        return "(document)"
    text = ""
    for step in path:
        if isinstance(step, int):
            text += "[%d]" % step
        elif PLAIN_KEY.match(step):
            text += ("." if text else "") + step
        else:
            text += "[%s]" % json.dumps(step, ensure_ascii=False)
    return text


def show(value, limit=60):
    if isinstance(value, str):
        text = repr(value)
    elif isinstance(value, dict):
        text = "mapping with %d keys" % len(value)
    elif isinstance(value, list):
        text = "sequence of %d items" % len(value)
    else:
        text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


def kind(value):
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "sequence"
    if isinstance(value, str):
        return "scalar"
    return type(value).__name__


def first_difference(ours, theirs, path=()):
    """Returns a description of the first difference, or None if equal (order included)."""
    where = describe_path(path)
    if kind(ours) != kind(theirs):
        return "%s: bmc %s vs yaml %s" % (where, show(ours), show(theirs))
    if isinstance(ours, dict):
        for key in ours:
            if key not in theirs:
                return "%s: key %r only in bmc" % (where, key)
        for key in theirs:
            if key not in ours:
                return "%s: key %r only in yaml" % (where, key)
        for key in ours:
            found = first_difference(ours[key], theirs[key], path + (key,))
            if found:
                return found
        if list(ours) != list(theirs):
            for index, (a, b) in enumerate(zip(ours, theirs)):
                if a != b:
                    return "%s: key order differs at position %d: bmc %r vs yaml %r" % (
                        where, index, a, b)
        return None
    if isinstance(ours, list):
        for index, (a, b) in enumerate(zip(ours, theirs)):
            found = first_difference(a, b, path + (index,))
            if found:
                return found
        if len(ours) != len(theirs):
            return "%s: bmc has %d items vs yaml %d" % (where, len(ours), len(theirs))
        return None
    if ours != theirs:
        return "%s: bmc %s vs yaml %s" % (where, show(ours), show(theirs))
    return None


def find_files(arguments):
    files = []
    for argument in arguments:
        if os.path.isdir(argument):
            found = []
            for root, dirs, names in os.walk(argument):
                dirs.sort()
                for name in names:
                    if name.endswith(".yaml"):
                        found.append(os.path.join(root, name))
            files.extend(sorted(found))
        else:
            files.append(argument)
    return files


def check(binary, path):
    """Returns None when bmc and PyYAML agree, else a description of the problem."""
    try:
        run = subprocess.run([binary, "tree", path], capture_output=True,
                             timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return "bmc tree did not finish within %d seconds" % TIMEOUT_SECONDS
    except OSError as error:
        return "cannot run %s: %s" % (binary, error)
    if run.returncode != 0:
        stderr = run.stderr.decode("utf-8", "replace").rstrip()
        return "bmc tree exited with status %d\n%s" % (run.returncode, stderr)
    try:
        ours = json.loads(run.stdout.decode("utf-8"), object_pairs_hook=json_object)
    except UnicodeDecodeError as error:
        return "bmc tree printed invalid UTF-8: %s" % error
    except DuplicateKey as error:
        return "bmc tree printed a duplicate key %r" % error.args[0]
    except ValueError as error:
        return "bmc tree printed invalid JSON: %s" % error
    try:
        with open(path, "rb") as stream:
            theirs = yaml.load(stream, Loader=yaml.BaseLoader)
    except OSError as error:
        return "cannot read the file: %s" % error
    except yaml.YAMLError as error:
        return "bmc accepted it but PyYAML refused it: %s" % " ".join(str(error).split())
    return first_difference(ours, theirs)


def main(arguments):
    if len(arguments) < 2 or arguments[0] in ("-h", "--help"):
        print("usage: tree_crosscheck.py BMC_BINARY PATH...", file=sys.stderr)
        return 2
    binary, paths = arguments[0], arguments[1:]
    files = find_files(paths)
    passed = failed = 0
    for path in files:
        problem = check(binary, path)
        if problem is None:
            passed += 1
            print("ok %s" % path)
        else:
            failed += 1
            print("DIFF %s: %s" % (path, problem))
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    if not files:
        print("no file found under: %s" % " ".join(paths), file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
