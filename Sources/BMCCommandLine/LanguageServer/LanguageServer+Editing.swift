import BMCKit

/// Rename, quick fixes, formatting and the outline: requests that change the text
/// or describe all of it, answered by the core's editing queries.
extension LanguageServer {
    func prepareRename(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let (document, offset) = try documentAndOffset(params) else { return .null }
        guard let target = document.analysis.renameTarget(at: offset) else {
            throw JSONRPCError(.requestFailed, RenameRefusal.notAnID.description)
        }
        return .object(["range": positions(document).range(target.range), "placeholder": .string(target.id)])
    }

    func rename(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let newName = params?["newName"]?.stringValue else {
            throw JSONRPCError(.invalidParams, "the request has no 'newName'")
        }
        guard let (document, offset) = try documentAndOffset(params) else {
            throw JSONRPCError(.requestFailed, "the document is not open")
        }
        let edits: [TextEdit]
        do {
            edits = try document.analysis.renameEdits(at: offset, to: newName)
        } catch {
            throw JSONRPCError(.requestFailed, error.description)
        }
        return workspaceEdit(document, edits)
    }

    /// A quick fix for each sure fix of the diagnostics in the requested range.
    func codeActions(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let document = try document(params) else { return .array([]) }
        if let only = params?["context"]?["only"]?.arrayValue,
           !only.contains(where: { $0.stringValue == "quickfix" || $0.stringValue == "" }) {
            return .array([])
        }
        let positions = positions(document)
        guard let range = positions.range(params?["range"]) else {
            throw JSONRPCError(.invalidParams, "the request has no valid 'range'")
        }
        let analysis = document.analysis
        let conversion = LSPDiagnostics(uri: document.uri, positions: positions, language: language(of: analysis))
        var actions: [JSONValue] = []
        for diagnostic in analysis.diagnostics.sortedByPosition()
        where diagnostic.range.overlaps(range) || diagnostic.range.touches(range.start) {
            for fixIt in diagnostic.fixIts {
                actions.append(.object([
                    "title": .string(title(of: fixIt, in: document.source)),
                    "kind": .string("quickfix"),
                    "diagnostics": .array([conversion.diagnostic(diagnostic)]),
                    "isPreferred": .bool(diagnostic.fixIts.count == 1),
                    "edit": workspaceEdit(document, fixIt.edits),
                ]))
            }
        }
        return .array(actions)
    }

    /// What a fix does, in a line: "Replace 'slef-service' with 'self-service'".
    private func title(of fixIt: FixIt, in source: SourceFile) -> String {
        let parts = fixIt.edits.map { edit in
            let new = edit.replacement.split(whereSeparator: \.isNewline).map { $0.trimmingPrefix(" ") }
                .filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")
            if edit.range.isEmpty { return "Add " + new }
            let old = String(decoding: source.bytes[edit.range.start..<edit.range.end], as: UTF8.self)
            return "Replace '\(old)' with \(new.isEmpty ? "nothing" : new)"
        }
        return parts.joined(separator: "; ")
    }

    /// The whole document as `bmc fmt` writes it; refused while it has syntax errors.
    func formatting(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let document = try document(params) else {
            throw JSONRPCError(.requestFailed, "the document is not open")
        }
        let analysis = document.analysis
        if analysis.diagnostics.contains(where: { $0.problem is SyntaxProblem }) {
            throw JSONRPCError(.requestFailed, "not formatted: the canvas has syntax errors")
        }
        let formatted = CanonicalFormatter.format(analysis.document)
        guard !formatted.utf8.elementsEqual(document.source.bytes) else { return .array([]) }
        let whole = SourceRange(start: 0, end: document.source.bytes.count)
        return .array([positions(document).textEdit(TextEdit(whole, formatted))])
    }

    func documentSymbols(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        guard let document = try document(params) else { return .array([]) }
        let positions = positions(document)
        func symbol(_ entry: OutlineSymbol) -> JSONValue {
            .object([
                "name": .string(entry.name.isEmpty ? " " : entry.name),
                "detail": entry.id.map(JSONValue.string),
                "kind": .integer(LanguageServer.symbolKind(entry.kind)),
                "range": positions.range(entry.range),
                "selectionRange": positions.range(entry.selectionRange),
                "children": .array(entry.children.map(symbol)),
            ])
        }
        return .array(document.analysis.outline().map(symbol))
    }

    /// LSP's SymbolKind: a block is a Namespace, an item a Struct, a persona an
    /// Interface, a point or remedy a Field.
    private static func symbolKind(_ kind: OutlineSymbol.Kind) -> Int {
        switch kind {
        case .block: return 3
        case .element(.persona): return 11
        case .element(.job), .element(.pain), .element(.gain), .element(.painReliever), .element(.gainCreator): return 8
        case .element: return 23
        }
    }

    private func workspaceEdit(_ document: OpenDocument, _ edits: [TextEdit]) -> JSONValue {
        .object(["changes": .object([JSONMember(document.uri, .array(edits.map(positions(document).textEdit)))])])
    }
}
