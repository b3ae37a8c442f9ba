import BMCKit

/// Hover, completion, definition, references and highlights: questions about one
/// place of a document, answered by the core's editing queries.
extension LanguageServer {
    func hover(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let (document, offset) = try documentAndOffset(params),
              let hover = document.analysis.hover(at: offset, language: language(of: document.analysis)) else { return .null }
        return .object([
            "contents": .object(["kind": .string("markdown"), "value": .string(hover.markdown)]),
            "range": positions(document).range(hover.range),
        ])
    }

    func completion(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let (document, offset) = try documentAndOffset(params) else { return .array([]) }
        let analysis = document.analysis
        let completions = analysis.completions(at: offset, ids: analysis.canvas == nil ? document.lastIndex : nil,
                                               language: language(of: analysis))
        let positions = positions(document)
        let items: [JSONValue] = completions.map { completion in
            .object([
                "label": .string(completion.label),
                // LSP's CompletionItemKind: Property, EnumMember, Reference.
                "kind": .integer(completion.kind == .key ? 10 : completion.kind == .word ? 20 : 18),
                "detail": completion.detail.map(JSONValue.string),
                "textEdit": positions.textEdit(TextEdit(completion.range, completion.insertText)),
            ])
        }
        return .object(["isIncomplete": .bool(false), "items": .array(items)])
    }

    func definition(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let (document, offset) = try documentAndOffset(params) else { return .null }
        let analysis = document.analysis
        guard let id = id(at: offset, in: analysis), let definition = analysis.index[id] else { return .null }
        return location(document, definition.range)
    }

    func references(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let (document, offset) = try documentAndOffset(params), let id = id(at: offset, in: document.analysis)
        else { return .array([]) }
        let analysis = document.analysis
        var ranges = analysis.uses(of: id).map(\.range)
        if params?["context"]?["includeDeclaration"]?.boolValue ?? true {
            ranges += analysis.index.definitions.filter { $0.id == id }.map(\.range)
        }
        return .array(ranges.sorted { $0.start < $1.start }.map { location(document, $0) })
    }

    func documentHighlight(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let (document, offset) = try documentAndOffset(params), let id = id(at: offset, in: document.analysis)
        else { return .array([]) }
        let analysis = document.analysis
        let positions = positions(document)
        // LSP's DocumentHighlightKind: Read for a reference, Write for the definition.
        let definitions = analysis.index.definitions.filter { $0.id == id }.map { ($0.range, 3) }
        let uses = analysis.uses(of: id).map { ($0.range, 2) }
        return .array((definitions + uses).sorted { $0.0.start < $1.0.start }.map { range, kind in
            .object(["range": positions.range(range), "kind": .integer(kind)])
        })
    }

    /// The id defined or referred to at `offset`.
    private func id(at offset: Int, in analysis: CanvasAnalysis) -> String? {
        analysis.use(at: offset)?.id ?? analysis.definition(at: offset)?.id
    }

    func location(_ document: OpenDocument, _ range: SourceRange) -> JSONValue {
        .object(["uri": .string(document.uri), "range": positions(document).range(range)])
    }
}
