#!/usr/bin/env bash
# Measures bmc on generated canvases: builds release, generates the inputs
# (seeded, so every run measures the same bytes), and prints a Markdown table of
# median times, throughput and peak memory. Usage: Benchmarks/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work=.build/benchmarks
mkdir -p "$work"

swift build -c release --product bmc >&2
bmc=.build/release/bmc

for size in 15; do
    file="$work/generated-${size}mb.canvas.yaml"
    [ -f "$file" ] || python3 Benchmarks/generate_canvas.py --megabytes "$size" --seed 1 > "$file"
done

python3 Benchmarks/measure.py --runs "$runs" --bmc "$bmc" \
    "check:$work/generated-15mb.canvas.yaml"
