#!/usr/bin/env python3
"""Times bmc and the libyaml reference on the same files and prints Markdown tables.

Every measurement is the median wall time of --runs runs; peak memory comes from
/usr/bin/time -v. The commands on one file take turns, run by run, so a machine
that slows down for a while (a virtual machine shares its cores) slows the
reference and bmc alike instead of skewing their ratio. Throughput is the file's size over the median time; the ratio
compares with libyaml's event parse of the same file, measured in the same run.
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import time


def run(command):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) * 1024
    return elapsed, peak


def measure(command, runs):
    return measure_together([command], runs)[0]


def measure_together(commands, runs):
    """(median time, peak memory) of each command, running them in turn each round."""
    samples = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            samples[index].append(run(command))
    return [(statistics.median(s[0] for s in runs_of), max(s[1] for s in runs_of)) for runs_of in samples]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bmc", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--files", nargs="+", required=True)
    parser.add_argument("--small", required=True)
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print()
    print("| command | file | size | median | MB/s | vs libyaml | peak memory | memory / size |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in args.files:
        size = os.path.getsize(path)
        commands = [
            ("libyaml event parse (reference)", [args.reference, path]),
            ("bmc check", [args.bmc, "check", path]),
            ("bmc export --format json", [args.bmc, "export", path, "--format", "json"]),
            ("bmc fmt", [args.bmc, "fmt", path]),
        ]
        measured = measure_together([command for _, command in commands], args.runs)
        rows = [(label, median, peak) for (label, _), (median, peak) in zip(commands, measured)]
        reference = rows[0][1]
        for label, median, peak in rows:
            print(f"| `{label}` | {os.path.basename(path)} | {size / 1e6:.1f} MB | {median * 1000:.0f} ms "
                  f"| {size / 1e6 / median:.1f} | {reference / median:.2f}x | {peak / 1e6:.0f} MB | {peak / size:.1f}x |")
    print()
    small, _ = measure([args.bmc, "check", args.small], max(args.runs, 10))
    python, _ = measure(["python3", "-c", "0"], max(args.runs, 10))
    print(f"start-up: `bmc check {os.path.basename(args.small)}` {small * 1000:.1f} ms; "
          f"`python3 -c 0` {python * 1000:.1f} ms; ratio {small / python:.2f}")
    files = len([name for name in os.listdir(args.folder) if name.endswith(".canvas.yaml")])
    many, _ = measure([args.bmc, "check", args.folder], args.runs)
    print(f"many files: `bmc check` on {files} small canvases: {many * 1000:.0f} ms")


if __name__ == "__main__":
    main()
