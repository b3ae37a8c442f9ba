#!/usr/bin/env bash
# Measures bmc side by side with the C reference for reading YAML (libyaml's event
# parse): builds release, generates the inputs (seeded, so every run measures the
# same bytes), prints a Markdown table of median times, throughput, ratio to the
# reference and peak memory on one core, then start-up and the many-files case,
# and judges the speed floors of docs/performance.md on the run's own figures.
# Usage: Benchmarks/run.sh [RUNS]   (needs libyaml-dev, cc and taskset)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work=.build/benchmarks
mkdir -p "$work"

swift build -c release --product bmc >&2
cc -O2 -o "$work/libyaml_events" Benchmarks/libyaml_events.c -lyaml

for size in 1.5 15 60; do
    file="$work/generated-${size}mb.canvas.yaml"
    [ -f "$file" ] || python3 Benchmarks/generate_canvas.py --megabytes "$size" --seed 1 > "$file"
done
folder="$work/many"
[ -d "$folder" ] || python3 Benchmarks/generate_canvas.py --folder "$folder" --files 2000 --seed 1 >/dev/null

python3 Benchmarks/measure.py --runs "$runs" --bmc .build/release/bmc --reference "$work/libyaml_events" \
    --files "$work/generated-1.5mb.canvas.yaml" "$work/generated-15mb.canvas.yaml" "$work/generated-60mb.canvas.yaml" \
    --floor-file "$work/generated-15mb.canvas.yaml" --small Canvases/cafe-aurora.canvas.yaml --folder "$folder"

# What an editor waits for: bmc lsp's change-to-diagnostics latency and start-up.
python3 Benchmarks/lsp_latency.py --bmc .build/release/bmc --runs 500
