#!/usr/bin/env python3
"""Times bmc and the libyaml reference on the same files and prints Markdown tables,
then judges the speed floors of docs/performance.md on this run's own figures.

Every time is the median wall time of --runs runs (more for smaller files: see
runs_for), from just before the process is spawned to just after it is reaped.
The commands on one file run pinned to one core (`taskset -c 0`, as the floors
are set) and take turns run by run, so a machine that slows down for a while (a
virtual machine shares its cores) slows the reference and bmc alike instead of
skewing their ratio. Peak memory comes from /usr/bin/time -v, in one more run of
each command that is not timed (running `time` around every run would add its own
start and exit to each).
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import time

ONE_CORE = ["taskset", "-c", "0"]


def timed_run(command):
    """Wall time of one run, its output discarded."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter()
        pid = os.posix_spawnp(command[0], command, os.environ,
                              file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
        _, status, _ = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        os.close(devnull)
    # `bmc check` exits 1 on a canvas with errors; anything else is a failure.
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        peak_memory(command)  # runs it again to show what it printed
        raise SystemExit(f"{' '.join(command)} failed with status {os.waitstatus_to_exitcode(status)}")
    return elapsed


def peak_memory(command):
    """Peak resident memory of one run in bytes, as /usr/bin/time -v reports it."""
    result = subprocess.run(["/usr/bin/time", "-v", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) * 1024


def runs_for(size, runs):
    """More runs for a smaller file, about as much time as `runs` of a 16 MB one:
    a short run's time varies more on a shared machine."""
    return runs * max(1, round(16e6 / size))


def median_time(command, runs):
    return statistics.median(timed_run(command) for _ in range(runs))


def measure_together(commands, runs):
    """(median time, peak memory) of each command, running them in turn each round."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(timed_run(command))
    return [(statistics.median(samples), peak_memory(command)) for samples, command in zip(times, commands)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bmc", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--files", nargs="+", required=True)
    parser.add_argument("--floor-file", required=True, help="the file the speed and memory floors are read on")
    parser.add_argument("--small", required=True)
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print()
    print("| command (one core) | file | size | median | MB/s | vs libyaml | peak memory | memory / size |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    ratio = memory = None
    for path in args.files:
        size = os.path.getsize(path)
        commands = [
            ("libyaml event parse (reference)", [args.reference, path]),
            ("bmc check", [args.bmc, "check", path]),
            ("bmc export --format json", [args.bmc, "export", path, "--format", "json"]),
            ("bmc fmt", [args.bmc, "fmt", path]),
        ]
        measured = measure_together([ONE_CORE + command for _, command in commands], runs_for(size, args.runs))
        reference = measured[0][0]
        for (label, _), (median, peak) in zip(commands, measured):
            print(f"| `{label}` | {os.path.basename(path)} | {size / 1e6:.1f} MB | {median * 1000:.0f} ms "
                  f"| {size / 1e6 / median:.1f} | {reference / median:.2f}x | {peak / 1e6:.1f} MB | {peak / size:.2f}x |")
        if os.path.samefile(path, args.floor_file):
            ratio, memory = reference / measured[1][0], measured[1][1] / size
    print()
    small = median_time([args.bmc, "check", args.small], max(args.runs, 20))
    python = median_time(["python3", "-c", "0"], max(args.runs, 20))
    print(f"start-up: `bmc check {os.path.basename(args.small)}` {small * 1000:.1f} ms; "
          f"`python3 -c 0` {python * 1000:.1f} ms")
    files = len([name for name in os.listdir(args.folder) if name.endswith(".canvas.yaml")])
    many = median_time([args.bmc, "check", args.folder], args.runs)
    print(f"many files: `bmc check` of a folder of {files} small canvases, every core: {many * 1000:.0f} ms")
    print()
    floor = os.path.basename(args.floor_file)
    floors = [
        (f"`bmc check` of {floor} on one core at least as fast as libyaml's event parse",
         f"{ratio:.2f}x libyaml's speed", ratio >= 1),
        (f"peak memory of `bmc check` of {floor} under 4 times the file", f"{memory:.2f}x", memory < 4),
        ("start-up of `bmc check` on a small canvas under a tenth of `python3 -c 0`",
         f"{small / python:.3f}", small / python < 0.1),
        (f"`bmc check` of {files} small canvases under 1 s", f"{many * 1000:.0f} ms", many < 1),
    ]
    print("floors (this run):")
    for what, measured, met in floors:
        print(f"- {'met' if met else 'MISSED'}: {what}: {measured}")
    print(f"all floors met: {'yes' if all(met for _, _, met in floors) else 'no'}")


if __name__ == "__main__":
    main()
