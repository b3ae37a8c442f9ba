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

    public init(usesColor: Bool = false) {
        self.usesColor = usesColor
    }

    /// The rendered text of one diagnostic, ending with a newline. Canvas text and
    /// the file's name are escaped (`TerminalSafeText`) and the quoted line is cut
    /// around the caret (`SourceExcerpt`): nothing from the input can act on the
    /// terminal, and the text is short whatever the input.
    public func render(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        var output = ""
        let severityStyle = diagnostic.severity == .error ? ANSI.boldRed : ANSI.boldMagenta
        output += header(at: diagnostic.range, in: source,
                         label: paint(diagnostic.severity.rawValue, severityStyle),
                         message: diagnostic.message + " [\(diagnostic.code.rawValue)]")
        output += snippet(for: diagnostic.range, in: source)
        if let help = diagnostic.help {
            output += paint("help", ANSI.boldCyan) + ": " + TerminalSafeText.escaped(help) + "\n"
        }
        for note in diagnostic.notes {
            output += header(at: note.range, in: source, label: paint("note", ANSI.boldCyan), message: note.message)
            output += snippet(for: note.range, in: source)
        }
        return output
    }

    private func header(at range: SourceRange, in source: SourceFile, label: String, message: String) -> String {
        let location = source.location(of: range.start)
        return paint("\(TerminalSafeText.escaped(source.name)):\(location.line):\(location.column):", ANSI.bold)
            + " \(label): " + paint(TerminalSafeText.escaped(message), ANSI.bold) + "\n"
    }

    /// The source line and a caret under the range (on its first line only).
    private func snippet(for range: SourceRange, in source: SourceFile) -> String {
        let excerpt = SourceExcerpt(of: range, in: source)
        let number = String(source.location(of: range.start).line)
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
