/// Renders diagnostics in the form compilers use, so editors and CI can jump to them:
///
/// ```
/// Canvases/acme.canvas.yaml:14:11: error: unknown relationship type 'self service' [bad-enum]
///    14 |     type: self service
///       |           ^~~~~~~~~~~~
/// help: did you mean 'self-service'?
/// ```
public struct DiagnosticTextRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes (only for a terminal, never
    /// when `NO_COLOR` is set: the command line decides).
    public var usesColor: Bool
    /// The language of messages and helps; severity words and codes stay English.
    public var language: CanvasLanguage

    public init(usesColor: Bool = false, language: CanvasLanguage = .en) {
        self.usesColor = usesColor
        self.language = language
    }

    /// Every diagnostic of a file, in order. Columns are counted on from one
    /// diagnostic to the next, so many problems on one long line cost one walk of it.
    public func render(_ diagnostics: [Diagnostic], in source: SourceFile) -> String {
        var known: (offset: Int, location: SourceLocation)?
        var output = ""
        for diagnostic in diagnostics {
            let location = source.location(of: diagnostic.range.start, after: known)
            known = (diagnostic.range.start, location)
            output += render(diagnostic, in: source, at: location)
        }
        return output
    }

    /// The rendered text of one diagnostic, ending with a newline. Canvas text and
    /// the file's name are escaped (`TerminalSafeText`) and the quoted line is cut
    /// around the caret (`SourceExcerpt`): nothing from the input can act on the
    /// terminal, and the text is short whatever the input.
    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        render(diagnostic, in: source, at: source.location(of: diagnostic.range.start))
    }

    private func render(_ diagnostic: Diagnostic, in source: SourceFile, at location: SourceLocation) -> String {
        var output = ""
        let text = diagnostic.text(in: language)
        let severityStyle = diagnostic.severity == .error ? ANSI.boldRed : ANSI.boldMagenta
        output += header(at: location, in: source, label: paint(diagnostic.severity.rawValue, severityStyle),
                         message: text.message + " [\(diagnostic.code.name)]")
        output += snippet(for: diagnostic.range, in: source, line: location.line)
        if let help = text.help {
            output += paint("help", ANSI.boldCyan) + ": " + TerminalSafeText.escaped(help) + "\n"
        }
        for note in diagnostic.notes {
            let noteLocation = source.location(of: note.range.start)
            output += header(at: noteLocation, in: source, label: paint("note", ANSI.boldCyan),
                             message: note.message.text(in: language))
            output += snippet(for: note.range, in: source, line: noteLocation.line)
        }
        return output
    }

    private func header(at location: SourceLocation, in source: SourceFile, label: String, message: String) -> String {
        paint("\(source.shownName):\(location.line):\(location.column):", ANSI.bold)
            + " \(label): " + paint(TerminalSafeText.escaped(message), ANSI.bold) + "\n"
    }

    /// The source line and a caret under the range (on its first line only).
    private func snippet(for range: SourceRange, in source: SourceFile, line: Int) -> String {
        let excerpt = SourceExcerpt(of: range, in: source)
        let number = String(line)
        let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
        let blank = String(repeating: " ", count: gutter.count)
        let underline = "^" + String(repeating: "~", count: excerpt.underlineWidth - 1)
        return "\(gutter) | \(excerpt.text)\n"
            + "\(blank) | " + String(repeating: " ", count: excerpt.caretColumn) + paint(underline, ANSI.boldGreen) + "\n"
    }

    private func paint(_ text: String, _ style: String) -> String {
        usesColor ? style + text + ANSI.reset : text
    }
}

/// The few ANSI styles the renderers use.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    static let boldRed = "\u{1B}[1;31m"
    static let boldGreen = "\u{1B}[1;32m"
    static let boldMagenta = "\u{1B}[1;35m"
    static let boldCyan = "\u{1B}[1;36m"
    static let red = "\u{1B}[31m"
    static let green = "\u{1B}[32m"
    static let yellow = "\u{1B}[33m"
}
