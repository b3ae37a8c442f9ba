#!/usr/bin/env python3
"""What an editor waits for from `bmc lsp`: the server's start-up to its answer to
`initialize`, and a full-text `didChange` of a 100 KB canvas to its
`publishDiagnostics`. Medians over many runs, printed as a Markdown table.

Usage: Benchmarks/lsp_latency.py --bmc .build/release/bmc [--runs 200]
(Benchmarks/run.sh calls it with the release build.)"""
import argparse
import json
import pathlib
import select
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, bmc):
        self.process = subprocess.Popen([bmc, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buffer = b""

    def send(self, message):
        self.write(frame(message))

    def write(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def receive(self):
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = int(self.buffer[:end].split(b":")[1])
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
            select.select([self.process.stdout], [], [], 30)
            self.buffer += self.process.stdout.read1(1 << 20)

    def initialize(self):
        self.send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"capabilities": {}}})
        self.receive()
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def close(self):
        self.send({"jsonrpc": "2.0", "id": 1, "method": "shutdown"})
        self.receive()
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.process.wait()


def start_up(bmc, runs):
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        server = Server(bmc)
        server.initialize()
        times.append(time.perf_counter() - began)
        server.close()
    return times


def change_to_diagnostics(bmc, canvas, runs):
    server = Server(bmc)
    server.initialize()
    uri = "file:///bench/large.canvas.yaml"
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1, "text": canvas}}})
    server.receive()
    times = []
    for version in range(2, runs + 2):
        # Typing changes one name; the client sends the whole text (full sync). The
        # message is encoded before the clock starts: the client's JSON is not the
        # server's latency.
        change = frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": canvas.replace("name:", f"name: v{version}", 1)}]}})
        began = time.perf_counter()
        server.write(change)
        while True:
            message = server.receive()
            if message.get("method") == "textDocument/publishDiagnostics":
                break
        times.append(time.perf_counter() - began)
    server.close()
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bmc", required=True)
    parser.add_argument("--runs", type=int, default=200)
    arguments = parser.parse_args()
    canvas = subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "generate_canvas.py"), "--megabytes", "0.1",
                             "--seed", "1"], check=True, capture_output=True, text=True).stdout
    change = change_to_diagnostics(arguments.bmc, canvas, arguments.runs)
    start = start_up(arguments.bmc, max(20, arguments.runs // 5))
    print(f"| bmc lsp, {len(canvas.encode()) / 1000:.0f} KB canvas | median | 90th percentile | goal |")
    print("| --- | --- | --- | --- |")
    for name, times, goal in [("didChange (full text) to publishDiagnostics", change, 3.0),
                              ("start-up to the initialize answer", start, 20.0)]:
        median = statistics.median(times) * 1000
        p90 = statistics.quantiles(times, n=10)[-1] * 1000
        print(f"| {name} | {median:.2f} ms | {p90:.2f} ms | under {goal:.0f} ms: {'met' if median < goal else 'NOT met'} |")


if __name__ == "__main__":
    main()
