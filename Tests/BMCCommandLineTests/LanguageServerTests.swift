@testable import BMCCommandLine
import BMCKit
import Testing

let serverCanvas = """
    name: Shop plan
    customer-segments:
      - id: shops
        name: Shops
        type: niche-market
      - name: Home cooks
    value-propositions:
      - name: Fast stock
        segments: [shops, home-cooks]
    channels:
      - name: Web shop
        segments: [shops]

    """

/// LSP's lifecycle as `bmc lsp` keeps it.
@Suite struct LanguageServerLifecycleTests {
    @Test func requestsBeforeInitializeAreRefusedWithServerNotInitialized() {
        let client = TestClient()
        guard case .failure(let error) = client.request("textDocument/hover", "{\(TestClient.at(0, 0))}") else {
            Issue.record("answered before initialize"); return
        }
        #expect(error.code == -32002)
    }

    @Test func utf16UnlessTheClientOffersUTF8() {
        #expect(TestClient.initialized().server.encoding == .utf16)
        let client = TestClient()
        let result = client.result("initialize", #"{"capabilities":{"general":{"positionEncodings":["utf-32","utf-8"]}}}"#)
        #expect(result["capabilities"]?["positionEncoding"] == JSONValue.string("utf-8"))
        #expect(result["capabilities"]?["renameProvider"]?["prepareProvider"] == JSONValue.bool(true))
        #expect(result["capabilities"]?["textDocumentSync"]?["change"] == JSONValue.integer(2))
    }

    @Test func unknownMethodsGetMethodNotFoundAndTheServerGoesOn() {
        let client = TestClient.initialized()
        guard case .failure(let error) = client.request("textDocument/inlayHint", "{}") else { Issue.record("answered"); return }
        #expect(error.code == -32601)
        client.notify("workspace/somethingNew", "{}")
        #expect(client.result("textDocument/documentSymbol", #"{"textDocument":{"uri":"file:///never"}}"#) == JSONValue.array([]))
    }

    @Test func shutdownThenExitEndsWithZeroAndExitAloneWithOne() {
        let polite = TestClient.initialized()
        #expect(polite.result("shutdown") == JSONValue.null)
        guard case .failure(let error) = polite.request("textDocument/hover", "{\(TestClient.at(0, 0))}") else {
            Issue.record("answered after shutdown"); return
        }
        #expect(error.code == -32600)
        polite.notify("exit", "{}")
        #expect(polite.server.exitStatus == 0)
        let abrupt = TestClient.initialized()
        abrupt.notify("exit", "{}")
        #expect(abrupt.server.exitStatus == 1)
    }

    @Test func unreadableMessagesGetErrorsCancelledRequestsRequestCancelled() {
        let client = TestClient.initialized()
        let queue = IncomingQueue()
        let batch: [Incoming] = [
            StandardStreams.incoming(.body(Array(#"{"jsonrpc":"2.0","id":9,"method":"#.utf8))),
            StandardStreams.incoming(.badHeader("no Content-Length")),
            .message(.request(id: .integer(5), method: "textDocument/documentSymbol",
                              params: TestClient.json(#"{"textDocument":{"uri":"file:///never"}}"#))),
            .message(.notification(method: "$/cancelRequest", params: TestClient.json(#"{"id":5}"#))),
        ]
        #expect(LanguageServerLoop.handle(batch, by: client.server, waiting: queue) == nil)
        let errors = client.sent.compactMap { message -> Int? in
            guard case .errorResponse(_, let error) = message else { return nil }
            return error.code
        }
        #expect(errors == [-32700, -32700, -32800])
        #expect(LanguageServerLoop.handle([.endOfInput], by: client.server, waiting: queue) == 1)
    }
}

/// Documents, their changes and their diagnostics.
@Suite struct LanguageServerSyncTests {
    @Test func openingPublishesDiagnosticsWithCodeSeverityAndRelatedInformation() throws {
        let client = TestClient.initialized()
        client.open(serverCanvas + "key-resources:\n  - name: Shops\n")
        let diagnostics = client.lastDiagnostics
        let duplicate = try #require(diagnostics.first { $0["code"] == JSONValue.string("duplicate-id") })
        #expect(duplicate["severity"] == JSONValue.integer(1) && duplicate["source"] == JSONValue.string("bmc"))
        #expect(duplicate.rangeText == "13:10-13:15")
        let related = try #require(duplicate["relatedInformation"]?.arrayValue?.first)
        #expect(related["location"]?["uri"] == JSONValue.string(TestClient.uri))
        #expect(related["location"]!.rangeText == "2:8-2:13")
        #expect(client.publications.last?["version"] == JSONValue.integer(1))
        let clean = TestClient.initialized()
        clean.open(serverCanvas)
        #expect(clean.lastDiagnostics.contains { $0["severity"] == JSONValue.integer(2) }, "warnings are published too")
    }

    @Test func rangesAfterEmojiAndAccentsInUTF16AndInUTF8() throws {
        let text = serverCanvas.replacingOccurrences(of: "segments: [shops]\n", with: "segments: [😀é, nope]\n")
        for (utf8, character) in [(false, 20), (true, 23)] {
            let client = TestClient.initialized(utf8: utf8)
            client.open(text)
            let unknown = try #require(client.lastDiagnostics.first { $0["code"] == JSONValue.string("unknown-reference") })
            #expect(unknown.rangeText == "11:\(character)-11:\(character + 4)")
        }
    }

    @Test func incrementalAndFullChangesInTheAgreedEncoding() {
        let client = TestClient.initialized()
        client.open("name: Caf😀 plan\n")
        // Replace "plan": UTF-16 characters 12 to 16, after the two units of 😀.
        client.notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(TestClient.uri)","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":12},"end":{"line":0,"character":16}},"text":"menu"},{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":0}},"text":"notes: ok\n"}]}"#)
        #expect(client.text == "name: Caf😀 menu\nnotes: ok\n")
        #expect(client.publications.last?["version"] == JSONValue.integer(2))
        client.notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(TestClient.uri)","version":3},"contentChanges":[{"text":"name: New\n"}]}"#)
        #expect(client.text == "name: New\n")
    }

    @Test func aBurstOfChangesIsAnalysedOnceForTheLast() {
        let client = TestClient.initialized()
        client.open(serverCanvas)
        let before = client.publications.count
        let changes: [Incoming] = (2...4).map { version in
            .message(.notification(method: "textDocument/didChange", params: TestClient.json(
                #"{"textDocument":{"uri":"\#(TestClient.uri)","version":\#(version)},"contentChanges":[{"text":"name: V\#(version)\n"}]}"#)))
        }
        _ = LanguageServerLoop.handle(changes, by: client.server, waiting: IncomingQueue())
        #expect(client.publications.count == before + 1)
        #expect(client.publications.last?["version"] == JSONValue.integer(4))
        #expect(client.text == "name: V4\n")
    }

    @Test func closingClearsTheDiagnostics() {
        let client = TestClient.initialized()
        client.open("name: A\nmystery: 1\n")
        #expect(!client.lastDiagnostics.isEmpty)
        client.notify("textDocument/didClose", #"{"textDocument":{"uri":"\#(TestClient.uri)"}}"#)
        #expect(client.lastDiagnostics.isEmpty)
        #expect(client.result("textDocument/hover", "{\(TestClient.at(0, 0))}") == JSONValue.null)
    }

    @Test func anyTextGetsDiagnosticsTabsBinaryAndHalfLines() {
        let client = TestClient.initialized()
        client.open("name: A\n\tcustomer-segments:\n  - name: \u{0}\u{7F}\u{FFFE}\nchannels: [\n")
        #expect(client.lastDiagnostics.contains { $0["code"] == JSONValue.string("tab") || $0["severity"] == JSONValue.integer(1) })
    }
}

/// Each feature of section 7, through the protocol.
@Suite struct LanguageServerFeatureTests {
    let client: TestClient = {
        let client = TestClient.initialized()
        client.open(serverCanvas)
        return client
    }()

    @Test func hoverOnAReferenceNamesTheItem() {
        let hover = client.result("textDocument/hover", "{\(TestClient.at(8, 17))}")
        #expect(hover["contents"]?["value"] == JSONValue.string("Segment **Shops** (`shops`), line 3"))
        #expect(hover.rangeText == "8:15-8:20")
    }

    @Test func completionOffersIdsOfTheRightKindWithTextEdits() throws {
        client.notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(TestClient.uri)","version":2},"contentChanges":[{"range":{"start":{"line":11,"character":15},"end":{"line":11,"character":20}},"text":"ho"}]}"#)
        let items = try #require(client.result("textDocument/completion", "{\(TestClient.at(11, 17))}")["items"]?.arrayValue)
        #expect(items.map { $0["label"]?.stringValue } == ["home-cooks"])
        #expect(items.first?["textEdit"]?.rangeText == "11:15-11:17")
    }

    @Test func definitionReferencesAndHighlights() throws {
        let definition = client.result("textDocument/definition", "{\(TestClient.at(11, 16))}")
        #expect(definition.rangeText == "2:8-2:13")
        let references = try #require(client.result("textDocument/references",
                                                     #"{\#(TestClient.at(2, 9)),"context":{"includeDeclaration":false}}"#).arrayValue)
        #expect(references.map(\.rangeText) == ["8:15-8:20", "11:15-11:20"])
        let highlights = try #require(client.result("textDocument/documentHighlight", "{\(TestClient.at(2, 9))}").arrayValue)
        #expect(highlights.map { $0["kind"]?.integerValue } == [3, 2, 2])
    }

    @Test func renameADerivedIdWritesItAndPrepareRenameRefusesText() throws {
        let prepared = client.result("textDocument/prepareRename", "{\(TestClient.at(8, 24))}")
        #expect(prepared["placeholder"] == JSONValue.string("home-cooks"))
        let edit = client.result("textDocument/rename", #"{\#(TestClient.at(8, 24)),"newName":"cooks"}"#)
        let edits = try #require(edit["changes"]?[TestClient.uri]?.arrayValue)
        let renamed = applying(edits, to: serverCanvas)
        #expect(renamed.contains("  - id: cooks\n    name: Home cooks\n") && renamed.contains("[shops, cooks]"))
        guard case .failure(let error) = client.request("textDocument/prepareRename", "{\(TestClient.at(0, 8))}") else {
            Issue.record("a name was offered for rename"); return
        }
        #expect(error.message.contains("only an id"))
    }

    @Test func quickFixesFromFixIts() throws {
        let typo = TestClient.initialized()
        typo.open(serverCanvas.replacingOccurrences(of: "niche-market", with: "nich-market"))
        let actions = try #require(typo.result("textDocument/codeAction", #"{"textDocument":{"uri":"\#(TestClient.uri)"},"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":30}},"context":{"diagnostics":[]}}"#).arrayValue)
        let action = try #require(actions.first)
        #expect(action["kind"] == JSONValue.string("quickfix"))
        #expect(action["title"] == JSONValue.string("Replace 'nich-market' with 'niche-market'"))
        let edits = try #require(action["edit"]?["changes"]?[TestClient.uri]?.arrayValue)
        #expect(applying(edits, to: typo.text) == serverCanvas)
    }

    @Test func formattingWritesWhatFmtWritesAndIsRefusedOnSyntaxErrors() throws {
        let messy = TestClient.initialized()
        messy.open("name:   Messy\ncustomer-segments:\n- name: A   # first\n")
        let edits = try #require(messy.result("textDocument/formatting", #"{"textDocument":{"uri":"\#(TestClient.uri)"},"options":{"tabSize":2,"insertSpaces":true}}"#).arrayValue)
        let formatted = applying(edits, to: messy.text)
        #expect(formatted == CanonicalFormatter.format(Reader.read(SourceFile(name: "t", text: messy.text)).document))
        #expect(formatted.contains("# first"), "the comment is kept")
        let broken = TestClient.initialized()
        broken.open("name: [Broken\n")
        guard case .failure(let error) = broken.request("textDocument/formatting", #"{"textDocument":{"uri":"\#(TestClient.uri)"},"options":{}}"#) else {
            Issue.record("formatted a document with syntax errors"); return
        }
        #expect(error.message.contains("syntax errors"))
    }

    @Test func documentSymbolsAreATreeOfBlocksAndItems() throws {
        let symbols = try #require(client.result("textDocument/documentSymbol", #"{"textDocument":{"uri":"\#(TestClient.uri)"}}"#).arrayValue)
        #expect(symbols.map { $0["name"]?.stringValue } == ["customer-segments", "value-propositions", "channels"])
        #expect(symbols.first?["children"]?.arrayValue?.map { $0["name"]?.stringValue } == ["Shops", "Home cooks"])
    }

    @Test func requestsOnADocumentNeverOpenedGetEmptyAnswers() {
        let never = "file:///never.canvas.yaml"
        #expect(client.result("textDocument/hover", "{\(TestClient.at(0, 0, uri: never))}") == JSONValue.null)
        #expect(client.result("textDocument/definition", "{\(TestClient.at(0, 0, uri: never))}") == JSONValue.null)
        #expect(client.result("textDocument/references", "{\(TestClient.at(0, 0, uri: never))}") == JSONValue.array([]))
        #expect(client.result("textDocument/completion", "{\(TestClient.at(0, 0, uri: never))}") == JSONValue.array([]))
        guard case .failure = client.request("textDocument/formatting", #"{"textDocument":{"uri":"\#(never)"}}"#) else {
            Issue.record("formatted a document never opened"); return
        }
    }
}

/// Hover and completion speak the document's language, as its diagnostics do.
@Suite struct LanguageServerLanguageTests {
    @Test func aSpanishCanvasGetsSpanishHoverAndCompletion() throws {
        let client = TestClient.initialized()
        client.open("name: Plan\nlanguage: es\ncustomer-segments:\n  - id: tiendas\n    name: Tiendas\n"
                    + "value-propositions:\n  - name: Stock\n    segments: [tiendas]\n")
        let hover = client.result("textDocument/hover", "{\(TestClient.at(7, 17))}")
        #expect(hover["contents"]?["value"] == JSONValue.string("Segmento **Tiendas** (`tiendas`), línea 4"))
        let key = client.result("textDocument/hover", "{\(TestClient.at(4, 5))}")
        #expect(key["contents"]?["value"] == JSONValue.string("**name** (obligatoria): El nombre del segmento."))
        let items = try #require(client.result("textDocument/completion", "{\(TestClient.at(7, 17))}")["items"]?.arrayValue)
        #expect(items.map { $0["detail"]?.stringValue } == ["segmento"])
    }
}
