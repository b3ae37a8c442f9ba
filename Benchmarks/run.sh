#!/usr/bin/env bash
# Measures bmc side by side with the C reference for reading YAML (libyaml's event
# parse), all in one run: builds release, generates the inputs (seeded, so every
# run measures the same bytes), and prints a Markdown table of median times,
# throughput, ratio to the reference and peak memory, then start-up and the
# many-files case, between two readings of how fast the machine hands out fresh
# memory. Usage: Benchmarks/run.sh [RUNS]   (needs libyaml-dev and cc)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work=.build/benchmarks
mkdir -p "$work"

swift build -c release --product bmc >&2
bmc=.build/release/bmc
cc -O2 -o "$work/libyaml_events" Benchmarks/libyaml_events.c -lyaml
cc -O2 -o "$work/fresh_memory" Benchmarks/fresh_memory.c

for size in 1.5 15 60; do
    file="$work/generated-${size}mb.canvas.yaml"
    [ -f "$file" ] || python3 Benchmarks/generate_canvas.py --megabytes "$size" --seed 1 > "$file"
done
folder="$work/many"
[ -d "$folder" ] || python3 Benchmarks/generate_canvas.py --folder "$folder" --files 2000 --seed 1 >/dev/null

# What fresh memory costs on the machine just now, before and after the measurements:
# bmc's ratios to libyaml move with it (see Benchmarks/fresh_memory.c).
"$work/fresh_memory"
python3 Benchmarks/measure.py --runs "$runs" --bmc "$bmc" --reference "$work/libyaml_events" \
    --files "$work/generated-1.5mb.canvas.yaml" "$work/generated-15mb.canvas.yaml" "$work/generated-60mb.canvas.yaml" \
    --small Canvases/cafe-aurora.canvas.yaml --folder "$folder"
"$work/fresh_memory"
