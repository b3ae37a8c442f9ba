#!/usr/bin/env bash
# Builds the libFuzzer target with the fuzzer and address sanitizers and runs it
# for SECONDS (default 60), with any further libFuzzer flags (for example
# `-fork=1 -ignore_crashes=1` to go on after a finding), on a seed corpus made of the example canvases, the test
# fixtures and every input that ever crashed (Tests/Fixtures/hostile/regressions).
# New crashing inputs land in Fuzz/findings/; add them to the regression corpus.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
swift build -c release -Xswiftc -sanitize=fuzzer,address --product BMCFuzz >&2
binary="$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)/BMCFuzz"

corpus=.build/corpus
mkdir -p "$corpus" findings
find ../Canvases ../Tests/Fixtures -type f \( -name '*.yaml' -o -name '*.txt' -o -name '*.bin' \) \
    -exec cp {} "$corpus"/ \;

# The Swift backtracer would hang after a crash; libFuzzer reports it instead.
# Leak detection is off: LeakSanitizer cannot see through Swift's packed enum
# payloads and reports the schema's static tables as leaked at exit; AddressSanitizer
# still catches every out-of-bounds access and use after free.
# (The environment carries it to the child processes of -fork mode too.)
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$binary" "$corpus" \
    -dict=dictionary/canvas.dict -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=findings/ -print_final_stats=1 "${@:2}"
