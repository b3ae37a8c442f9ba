#!/usr/bin/env python3
"""Times bmc commands on files and prints a Markdown table.

Each case is COMMAND:FILE. Every case runs --runs times; the table shows the median
wall time, the throughput in MB/s (file size / median time) and the peak resident
memory reported by /usr/bin/time -v, also as a multiple of the file's size.
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import time


def run_once(bmc, command, path):
    start = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-v", bmc, command, path],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"bmc {command} {path} failed:\n{result.stderr}")
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return elapsed, peak_kb * 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bmc", required=True)
    parser.add_argument("cases", nargs="+")
    args = parser.parse_args()

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print()
    print("| command | file | size | median | MB/s | peak memory | memory / size |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for case in args.cases:
        command, path = case.split(":", 1)
        size = os.path.getsize(path)
        samples = [run_once(args.bmc, command, path) for _ in range(args.runs)]
        median = statistics.median(s[0] for s in samples)
        peak = max(s[1] for s in samples)
        print(f"| `bmc {command}` | {os.path.basename(path)} | {size / 1e6:.1f} MB | {median * 1000:.0f} ms "
              f"| {size / 1e6 / median:.1f} | {peak / 1e6:.0f} MB | {peak / size:.1f}x |")


if __name__ == "__main__":
    main()
