import BMCKit

/// The core's diagnostics as LSP's `Diagnostic`s.
struct LSPDiagnostics {
    let uri: String
    let positions: LSPPositions
    let language: CanvasLanguage

    /// One diagnostic: its range, severity, code, message (with the help on a
    /// line of its own) and, for each note, related information at the note's place.
    func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        let text = diagnostic.text(in: language)
        let message = text.help.map { text.message + "\nhelp: " + $0 } ?? text.message
        let related: [JSONValue] = diagnostic.notes.map { note in
            .object([
                "location": .object(["uri": .string(uri), "range": positions.range(note.range)]),
                "message": .string(note.message.text(in: language)),
            ])
        }
        return .object([
            "range": positions.range(diagnostic.range),
            "severity": .integer(diagnostic.severity == .error ? 1 : 2),
            "code": .string(diagnostic.code.name),
            "source": .string("bmc"),
            "message": .string(message),
            "relatedInformation": related.isEmpty ? nil : .array(related),
        ])
    }

    /// The `textDocument/publishDiagnostics` parameters.
    func publication(_ diagnostics: [Diagnostic], version: Int?) -> JSONValue {
        .object([
            "uri": .string(uri),
            "version": version.map(JSONValue.integer),
            "diagnostics": .array(diagnostics.sortedByPosition().map(diagnostic)),
        ])
    }
}
