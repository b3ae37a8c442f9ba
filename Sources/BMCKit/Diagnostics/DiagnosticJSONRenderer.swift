/// Renders diagnostics as a JSON array of objects with `file`, `line`, `column`,
/// `severity`, `code`, `message` and `help` (`null` when there is none).
public enum DiagnosticJSONRenderer {
    /// One diagnostic as a JSON object.
    public static func object(for diagnostic: Diagnostic, in source: SourceFile, language: CanvasLanguage = .en) -> JSONValue {
        let location = source.location(of: diagnostic.range.start)
        let text = diagnostic.text(in: language)
        return .object([
            JSONMember("file", .string(source.name)),
            JSONMember("line", .integer(location.line)),
            JSONMember("column", .integer(location.column)),
            JSONMember("severity", .string(diagnostic.severity.rawValue)),
            JSONMember("code", .string(diagnostic.code.name)),
            JSONMember("message", .string(text.message)),
            JSONMember("help", text.help.map(JSONValue.string) ?? .null),
        ])
    }
}
