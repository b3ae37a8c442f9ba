import BMCKit

/// Prints diagnostics for people, at most `limit` per file, so that a file with
/// thousands of problems still gives a readable report in proportion to what a
/// person can act on. JSON output is not capped: scripts get everything.
enum DiagnosticPrinting {
    static let limit = 200

    static func text(_ diagnostics: [Diagnostic], in source: SourceFile, renderer: DiagnosticTextRenderer) -> String {
        var text = diagnostics.prefix(limit).map { renderer.render($0, in: source) }.joined()
        if diagnostics.count > limit {
            let more = diagnostics.count - limit
            text += ReportTexts.notShown(more, file: source.shownName, in: renderer.language) + "\n"
        }
        return text
    }
}
