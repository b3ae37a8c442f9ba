#!/usr/bin/env bash
# The README's Neovim set-up, run as written in a headless Neovim against bmc lsp:
# the Lua block after the `neovim-snippet` marker becomes init.lua, and
# Tests/Editor/neovim_test.lua drives the editor (diagnostics, definition, rename,
# formatting). Usage: .ci/neovim_test.sh BMC
set -euo pipefail
cd "$(dirname "$0")/.."
bmc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/bin"
ln -s "$bmc" "$work/bin/bmc"
awk '/<!-- neovim-snippet/ {found=1; next} found && /^```lua/ {inside=1; next} inside && /^```/ {exit} inside {print}' \
    README.md > "$work/init.lua"
[ -s "$work/init.lua" ] || { echo "no Neovim snippet found in README.md" >&2; exit 1; }
cp Tests/Editor/shop.canvas.yaml "$work/shop.canvas.yaml"

cd "$work"
PATH="$work/bin:$PATH" EXPECTED="$OLDPWD/Tests/Editor/shop.expected.canvas.yaml" HOME="$work" \
    timeout 120 nvim --headless -n -i NONE -u "$work/init.lua" shop.canvas.yaml \
    -c "luafile $OLDPWD/Tests/Editor/neovim_test.lua" 2>&1
