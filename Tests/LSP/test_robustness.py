"""What a language server meets besides well-formed requests: broken frames and
JSON, methods it does not know, any bytes as a canvas, thousands of edits, and the
ways a session ends."""
import pathlib
import subprocess
import sys

from rawclient import RawServer

URI = "file:///tmp/bmc-lsp/raw.canvas.yaml"
ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_malformed_messages_get_errors_and_the_server_goes_on():
    server = RawServer()
    server.write(b"Content-Length: 8\r\n\r\n{\"jsonrp")
    assert server.receive()["error"]["code"] == -32700
    server.write(b"Content-Type: text/plain\r\n\r\n")
    assert server.receive()["error"]["code"] == -32700
    server.send({"id": 3, "method": "initialize"})
    answer = server.receive()
    assert answer["id"] == 3 and answer["error"]["code"] == -32600
    server.request(4, "textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}})
    assert server.answer(4)["error"]["code"] == -32002, "not initialized yet"
    server.initialize()
    server.request(5, "bmc/unknown", {})
    assert server.answer(5)["error"]["code"] == -32601
    server.request(6, "textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": "x"}})
    assert server.answer(6)["error"]["code"] == -32602
    server.request(7, "shutdown")
    assert server.answer(7)["result"] is None
    server.notify("exit")
    assert server.exit_status() == 0


def test_exit_without_shutdown_and_the_end_of_input_end_with_one():
    abrupt = RawServer()
    abrupt.initialize()
    abrupt.notify("exit")
    assert abrupt.exit_status() == 1
    closed = RawServer()
    closed.initialize()
    closed.process.stdin.close()
    assert closed.exit_status() == 1


def test_any_text_gets_diagnostics_never_a_hang():
    server = RawServer()
    server.initialize()
    texts = [
        "name: A\n\tcustomer-segments:\n  - nam",                       # tab, half a line
        "".join(chr(c) for c in range(0, 0x3000, 7)),                     # pasted binary and symbols
        "[" * 5000 + "\n",                                                  # nesting without end
        "customer-segments:\n" + "  - name: " + "x" * 200_000 + "\n",     # one long line
        "name: Caf😀\ncustomer-segments:\n  - name: 😀\n    type: 😀\n",
    ]
    for number, text in enumerate(texts):
        uri = f"file:///tmp/bmc-lsp/any-{number}.canvas.yaml"
        server.open(uri, text)
        published = server.notification("textDocument/publishDiagnostics")
        assert published["uri"] == uri
        assert published["diagnostics"], f"text {number} gets diagnostics"
    server.request(9, "shutdown")
    server.answer(9)
    server.notify("exit")
    assert server.exit_status() == 0


def test_memory_stays_flat_over_thousands_of_edits():
    canvas = subprocess.run([sys.executable, str(ROOT / "Benchmarks" / "generate_canvas.py"), "--megabytes", "0.02",
                             "--seed", "3"], check=True, capture_output=True, text=True).stdout
    server = RawServer()
    server.initialize()
    server.open(URI, canvas)
    server.notification("textDocument/publishDiagnostics")

    def edit(version):
        # An edit that changes a name on the second line and back, as typing does.
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": URI, "version": version},
            "contentChanges": [{"text": canvas.replace("name:", f"name: v{version}", 1)}]})
        assert server.notification("textDocument/publishDiagnostics")["version"] == version

    for version in range(2, 302):
        edit(version)
    settled = server.rss_kib()
    for version in range(302, 1502):
        edit(version)
    grown = server.rss_kib() - settled
    assert grown < 16 * 1024, f"memory grew by {grown} KiB over 1,200 edits"
    server.request(1, "shutdown")
    server.answer(1)
    server.notify("exit")
    assert server.exit_status() == 0
