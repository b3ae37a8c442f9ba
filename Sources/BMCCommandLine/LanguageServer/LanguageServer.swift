import BMCKit

/// `bmc lsp`'s protocol layer: LSP's lifecycle, and each method as a conversion
/// between LSP's types and the core's analysis (`CanvasAnalysis` and its editing
/// queries), which knows nothing of LSP. No checking happens here.
///
/// The server handles one message at a time, on one thread; `LanguageServerLoop`
/// feeds it and tells it when newer changes wait (`hasNewerChange`).
final class LanguageServer {
    enum State {
        case waitingForInitialize
        case running
        case shutDown
    }

    private(set) var state = State.waitingForInitialize
    /// The status the process ends with, once `exit` has arrived.
    private(set) var exitStatus: Int32?
    /// The position encoding agreed at `initialize`: UTF-16 unless the client offers UTF-8.
    private(set) var encoding = PositionEncoding.utf16
    var documents: [String: OpenDocument] = [:]
    /// Sends a message to the client.
    let send: (JSONRPCMessage) -> Void
    /// Whether a change to the document with this URI waits behind the message
    /// being handled: its analysis would be out of date before it arrives.
    var hasNewerChange: (String) -> Bool = { _ in false }

    init(send: @escaping (JSONRPCMessage) -> Void) {
        self.send = send
    }

    /// Handles one message from the client.
    func handle(_ message: JSONRPCMessage) {
        switch message {
        case .request(let id, let method, let params):
            switch answer(method, params) {
            case .success(let result): send(.response(id: id, result: result))
            case .failure(let error): send(.errorResponse(id: id, error: error))
            }
        case .notification(let method, let params):
            notice(method, params)
        case .response, .errorResponse:
            // The server sends no requests, so it expects no answers.
            break
        }
    }

    private typealias Method = @Sendable (LanguageServer) -> (JSONValue?) throws(JSONRPCError) -> JSONValue

    /// The requests the server answers once initialized, by method.
    private static let methods: [String: Method] = [
        "shutdown": { $0.shutdown },
        "textDocument/hover": { $0.hover },
        "textDocument/completion": { $0.completion },
        "textDocument/definition": { $0.definition },
        "textDocument/references": { $0.references },
        "textDocument/documentHighlight": { $0.documentHighlight },
        "textDocument/prepareRename": { $0.prepareRename },
        "textDocument/rename": { $0.rename },
        "textDocument/codeAction": { $0.codeActions },
        "textDocument/formatting": { $0.formatting },
        "textDocument/documentSymbol": { $0.documentSymbols },
    ]

    private func answer(_ method: String, _ params: JSONValue?) -> Result<JSONValue, JSONRPCError> {
        do throws(JSONRPCError) {
            switch state {
            case .waitingForInitialize:
                guard method == "initialize" else { throw JSONRPCError(.serverNotInitialized, "the server is not initialized yet") }
                return .success(initialize(params))
            case .shutDown:
                throw JSONRPCError(.invalidRequest, "the server is shut down: only 'exit' is accepted")
            case .running:
                if method == "initialize" { throw JSONRPCError(.invalidRequest, "the server is already initialized") }
                guard let handler = LanguageServer.methods[method] else {
                    throw JSONRPCError(.methodNotFound, "bmc lsp has no method '\(method)'")
                }
                return .success(try handler(self)(params))
            }
        } catch {
            return .failure(error)
        }
    }

    private func notice(_ method: String, _ params: JSONValue?) {
        if method == "exit" {
            exitStatus = state == .shutDown ? 0 : 1
            return
        }
        guard state == .running else { return }
        switch method {
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        default:
            // `initialized`, `$/cancelRequest` (handled while queued), `didSave`, `$/setTrace`...:
            // nothing to do. Unknown notifications are ignored, as LSP asks.
            break
        }
    }

    // MARK: Lifecycle

    private func initialize(_ params: JSONValue?) -> JSONValue {
        let offered = params?["capabilities"]?["general"]?["positionEncodings"]?.arrayValue ?? []
        encoding = offered.contains(.string("utf-8")) ? .utf8 : .utf16
        state = .running
        return .object([
            "capabilities": LanguageServer.capabilities(encoding: encoding),
            "serverInfo": .object(["name": .string("bmc"), "version": .string(CommandLineTool.version)]),
        ])
    }

    private func shutdown(_ params: JSONValue?) -> JSONValue {
        state = .shutDown
        documents = [:]
        return .null
    }

    /// What the server can do, as `initialize` tells the client.
    static func capabilities(encoding: PositionEncoding) -> JSONValue {
        .object([
            "positionEncoding": .string(encoding == .utf8 ? "utf-8" : "utf-16"),
            // Open and close, and incremental changes.
            "textDocumentSync": .object(["openClose": .bool(true), "change": .integer(2)]),
            "hoverProvider": .bool(true),
            "completionProvider": .object([
                "triggerCharacters": .array([" ", "[", ",", "-"].map(JSONValue.string)),
            ]),
            "definitionProvider": .bool(true),
            "referencesProvider": .bool(true),
            "documentHighlightProvider": .bool(true),
            "renameProvider": .object(["prepareProvider": .bool(true)]),
            "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
            "documentFormattingProvider": .bool(true),
            "documentSymbolProvider": .bool(true),
        ])
    }

    // MARK: Parameters

    /// The open document a request is about, or `nil` for one never opened.
    func document(_ params: JSONValue?) throws(JSONRPCError) -> OpenDocument? {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else {
            throw JSONRPCError(.invalidParams, "the request has no 'textDocument.uri'")
        }
        return documents[uri]
    }

    /// The open document and the offset of the request's `position`.
    func documentAndOffset(_ params: JSONValue?) throws(JSONRPCError) -> (OpenDocument, Int)? {
        // A position that is none is invalid params even on a document never opened.
        guard let position = LSPPositions.linePosition(params?["position"]) else {
            throw JSONRPCError(.invalidParams, "the request has no valid 'position'")
        }
        guard let document = try document(params) else { return nil }
        return (document, document.source.offset(of: position, in: encoding))
    }

    func positions(_ document: OpenDocument) -> LSPPositions {
        LSPPositions(source: document.source, encoding: encoding)
    }

    /// The environment the editor started the server in, for its locale.
    var environment: [String: String] = [:]

    /// The language of a document's messages: the canvas's own, else the locale's.
    func language(of analysis: CanvasAnalysis) -> CanvasLanguage {
        LanguageChoice.language(option: nil, canvas: analysis.document.writtenLanguage, environment: environment)
    }
}
