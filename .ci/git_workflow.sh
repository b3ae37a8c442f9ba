#!/usr/bin/env bash
# The git workflow of the README, with real tools: in a fresh repository, the
# `.gitattributes` + `diff.bmc.command` driver under `git log -p --ext-diff`, the
# `diff.bmc.textconv` set-up under `git log -p`, and this repository's
# `.pre-commit-hooks.yaml` run by the real pre-commit framework (`try-repo`).
# Usage: .ci/git_workflow.sh BMC  (the built bmc; its folder goes on PATH, as the
# hooks run the `bmc` found there).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bmc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
export PATH="$(dirname "$bmc"):$PATH"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# No user configuration, hooks or pager of this machine leak into the runs.
export HOME="$scratch/home" GIT_CONFIG_NOSYSTEM=1 GIT_PAGER=cat PAGER=cat NO_COLOR=1
export GIT_AUTHOR_NAME=CI GIT_AUTHOR_EMAIL=ci@example.com GIT_COMMITTER_NAME=CI GIT_COMMITTER_EMAIL=ci@example.com
export PRE_COMMIT_HOME="$scratch/pre-commit-cache"
mkdir -p "$HOME"

fail() { echo "git workflow: $*" >&2; exit 1; }
# expect_contains OUTPUT EXPECTED: every line of EXPECTED appears, in order, in OUTPUT.
expect_contains() {
    python3 - "$1" "$2" <<'PY' || fail "$3"
import sys
output, expected = sys.argv[1].splitlines(), sys.argv[2].splitlines()
position = 0
for line in expected:
    try:
        position = output.index(line, position) + 1
    except ValueError:
        print(f"missing line: {line!r}\n--- output:\n" + "\n".join(output), file=sys.stderr)
        sys.exit(1)
PY
}

fixtures="$root/Tests/Fixtures/diff"
repo="$scratch/workshop"
git init -q "$repo"
cd "$repo"

echo "== driver: .gitattributes and diff.bmc.command, git log -p --ext-diff"
echo '*.canvas.yaml diff=bmc' > .gitattributes
git config diff.bmc.command "bmc diff"
cp "$fixtures/pediatria.before.canvas.yaml" pediatria.canvas.yaml
git add .gitattributes pediatria.canvas.yaml
git commit -q -m "Primer taller"
cp "$fixtures/pediatria.after.canvas.yaml" pediatria.canvas.yaml
git commit -q -a -m "Segundo taller"
log="$(git log -p --ext-diff --format='commit: %s')"
expect_contains "$log" "commit: Segundo taller
diff --bmc a/pediatria.canvas.yaml b/pediatria.canvas.yaml
$(cat "$fixtures/pediatria.diff.es.txt")
commit: Primer taller
diff --bmc a/pediatria.canvas.yaml b/pediatria.canvas.yaml
~ name: (none) → \"Pediatría Santa Rosa\"" "git log -p --ext-diff does not show the semantic diff"
# Without --ext-diff, git log keeps its own line diff: the driver is opt-in there.
plain="$(git log -p --format=%s)"
grep -q '^-  - name: Pediatría sin esperas$' <<<"$plain" || fail "git log -p without --ext-diff changed"
# A layout-only commit says so, in the canvas's language.
"$bmc" fmt pediatria.canvas.yaml | sed 's/^name: Pediatría Santa Rosa$/name: "Pediatría Santa Rosa"  # comillas/' > relaid.yaml
mv relaid.yaml pediatria.canvas.yaml
git commit -q -a -m "Solo formato"
expect_contains "$(git show --ext-diff --format=%s)" "Solo formato
diff --bmc a/pediatria.canvas.yaml b/pediatria.canvas.yaml
sin cambios de contenido (solo de formato o de comentarios)" "a layout-only commit is not reported as such"

echo "== textconv: diff.bmc.textconv, git log -p"
git config --unset diff.bmc.command
git config diff.bmc.textconv "bmc export --format markdown"
textconv="$(git log -p -1 --format=%s HEAD~1)"
expect_contains "$textconv" "Segundo taller
-### Pediatría sin esperas
+### Pediatría sin espera
+- **Importe:** 650 MXN / consulta
+- **Volumen:** 900 / mes" "git log -p with the textconv does not diff the Markdown export"

echo "== pre-commit: this repository's .pre-commit-hooks.yaml through pre-commit try-repo"
if ! python3 -m pre_commit --version >/dev/null 2>&1; then
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore pre-commit
fi
python3 -m pre_commit --version
# try-repo reads the hooks from a git repository: the checkout under test, with its
# uncommitted changes, if any.
sample="$scratch/sample"
git init -q "$sample"
cd "$sample"
cp "$root/Canvases/cafe-aurora.canvas.yaml" good.canvas.yaml
git add good.canvas.yaml
try() { python3 -m pre_commit try-repo "$root" "$@" 2>&1; }
output="$(try bmc-fmt --all-files)" || fail "bmc-fmt fails on a canonical canvas: $output"
output="$(try bmc-check --all-files)" || fail "bmc-check fails on a valid canvas: $output"
printf 'name:   Messy\n' > messy.canvas.yaml
printf 'name: Broken\ncustomer-segments:\n  - name: Shops\n    type: mass market\n' > broken.canvas.yaml
git add messy.canvas.yaml broken.canvas.yaml
if output="$(try bmc-fmt --files messy.canvas.yaml)"; then fail "bmc-fmt passes a canvas that is not canonical: $output"; fi
expect_contains "$output" "messy.canvas.yaml" "bmc-fmt does not name the file that is not canonical"
if output="$(try bmc-check --files broken.canvas.yaml)"; then fail "bmc-check passes a canvas with errors: $output"; fi
grep -q "broken.canvas.yaml:4:11: error: unknown segment type 'mass market' \[bad-enum\]" <<<"$output" \
    || fail "bmc-check does not print the error: $output"
# Files that are not canvases are not the hooks' business.
printf 'not: [a canvas\n' > notes.yaml
git add notes.yaml
output="$(try bmc-check --files notes.yaml)" || fail "bmc-check ran on a file that is no canvas: $output"

echo "ok git driver, textconv and pre-commit hooks"
