"""A bare JSON-RPC client over a `bmc lsp` subprocess, for what a well-behaved
client never sends: broken frames, broken JSON, binary text."""
import json
import select
import subprocess

from conftest import BMC


class RawServer:
    def __init__(self):
        self.process = subprocess.Popen([BMC, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buffer = b""

    def write(self, data: bytes):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message: dict):
        body = json.dumps(message).encode()
        self.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, id_, method, params=None):
        message = {"jsonrpc": "2.0", "id": id_, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def receive(self, timeout=20.0) -> dict:
        """The next message; fails the test if none comes within `timeout` seconds."""
        while True:
            header_end = self.buffer.find(b"\r\n\r\n")
            if header_end >= 0:
                header = self.buffer[:header_end].decode()
                length = int(header.split("Content-Length:")[1].split("\r\n")[0])
                start = header_end + 4
                if len(self.buffer) >= start + length:
                    body = self.buffer[start:start + length]
                    self.buffer = self.buffer[start + length:]
                    return json.loads(body)
            ready, _, _ = select.select([self.process.stdout], [], [], timeout)
            assert ready, "the server did not answer: it hangs"
            chunk = self.process.stdout.read1(1 << 16)
            assert chunk, "the server ended its output"
            self.buffer += chunk

    def answer(self, id_) -> dict:
        """The response to request `id_`, skipping notifications."""
        while True:
            message = self.receive()
            if message.get("id") == id_ and "method" not in message:
                return message

    def notification(self, method) -> dict:
        while True:
            message = self.receive()
            if message.get("method") == method:
                return message["params"]

    def initialize(self, encodings=("utf-16",)):
        self.request(0, "initialize", {"capabilities": {"general": {"positionEncodings": list(encodings)}}})
        result = self.answer(0)["result"]
        self.notify("initialized", {})
        return result

    def open(self, uri, text, version=1):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": version, "text": text}})

    def rss_kib(self) -> int:
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise AssertionError("no VmRSS")

    def exit_status(self, timeout=20.0) -> int:
        return self.process.wait(timeout=timeout)
