@testable import BMCCommandLine
import BMCKit
import Testing

/// A client for the language server in-process: it sends messages written as JSON
/// text and keeps what the server sends back.
final class TestClient {
    private(set) var sent: [JSONRPCMessage] = []
    private(set) lazy var server = LanguageServer { [unowned self] in self.sent.append($0) }
    private var nextID = 1
    static let uri = "file:///work/shop%20plan.canvas.yaml"

    /// An initialized server; `utf8` offers UTF-8 positions.
    static func initialized(utf8: Bool = false) -> TestClient {
        let client = TestClient()
        let encodings = utf8 ? #"["utf-8","utf-16"]"# : #"["utf-16"]"#
        _ = client.request("initialize", #"{"capabilities":{"general":{"positionEncodings":\#(encodings)}}}"#)
        client.notify("initialized", "{}")
        return client
    }

    static func json(_ text: String) -> JSONValue {
        try! JSONParser.parse(Array(text.utf8))
    }

    /// A JSON string literal of `text`.
    static func quoted(_ text: String) -> String {
        String(decoding: JSONValue.string(text).compactBytes(), as: UTF8.self)
    }

    /// Sends a request and returns its answer: the result, or the error.
    func request(_ method: String, _ params: String? = nil) -> Result<JSONValue, JSONRPCError> {
        let id = JSONValue.integer(nextID)
        nextID += 1
        let before = sent.count
        server.handle(.request(id: id, method: method, params: params.map(TestClient.json)))
        for message in sent[before...] {
            switch message {
            case .response(id, let result): return .success(result)
            case .errorResponse(id, let error): return .failure(error)
            default: continue
            }
        }
        Issue.record("no answer to \(method)")
        return .failure(JSONRPCError(.internalError, "no answer"))
    }

    /// The result of a request that must succeed.
    func result(_ method: String, _ params: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONValue {
        switch request(method, params) {
        case .success(let result): return result
        case .failure(let error):
            Issue.record("\(method) failed: \(error.message)", sourceLocation: sourceLocation)
            return .null
        }
    }

    func notify(_ method: String, _ params: String) {
        server.handle(.notification(method: method, params: TestClient.json(params)))
    }

    func open(_ text: String, uri: String = TestClient.uri, version: Int = 1) {
        notify("textDocument/didOpen",
               #"{"textDocument":{"uri":"\#(uri)","languageId":"yaml","version":\#(version),"text":\#(TestClient.quoted(text))}}"#)
    }

    /// The parameters of each `publishDiagnostics` sent so far.
    var publications: [JSONValue] {
        sent.compactMap {
            guard case .notification("textDocument/publishDiagnostics", let params) = $0 else { return nil }
            return params
        }
    }

    /// The diagnostics last published.
    var lastDiagnostics: [JSONValue] { publications.last?["diagnostics"]?.arrayValue ?? [] }

    /// `"uri":..., "position":...` for a request at a line and character.
    static func at(_ line: Int, _ character: Int, uri: String = TestClient.uri) -> String {
        #""textDocument":{"uri":"\#(uri)"},"position":{"line":\#(line),"character":\#(character)}"#
    }

    /// The text of the open document.
    var text: String { String(decoding: server.documents[TestClient.uri]!.source.bytes, as: UTF8.self) }
}

extension JSONValue {
    /// `range.start` and `range.end` as "line:character-line:character".
    var rangeText: String {
        func position(_ value: JSONValue?) -> String {
            "\(value?["line"]?.integerValue ?? -1):\(value?["character"]?.integerValue ?? -1)"
        }
        return position(self["range"]?["start"]) + "-" + position(self["range"]?["end"])
    }
}

/// Applies LSP text edits (of one document, in UTF-16 positions) to `text`.
func applying(_ edits: [JSONValue], to text: String) -> String {
    let file = SourceFile(name: "t", text: text)
    let positions = LSPPositions(source: file, encoding: .utf16)
    let textEdits = edits.map { TextEdit(positions.range($0["range"])!, $0["newText"]!.stringValue!) }
    return String(decoding: TextEdit.applying(textEdits, to: file.bytes), as: UTF8.self)
}
