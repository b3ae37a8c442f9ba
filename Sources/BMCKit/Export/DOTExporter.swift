/// `bmc export --format dot`: Graphviz diagrams of a canvas. `canvas` draws the
/// poster to print (`CanvasPoster`); `map` every item as a node along the flow of
/// value (`CanvasMap`); `value-proposition` the Value Proposition Canvas
/// (`ValuePropositionCanvas`). Every text is escaped for where it goes, so no
/// canvas text can add a node, an edge or an attribute.
public struct DOTExporter: CanvasExporter {
    public static let name = "dot"
    public static let summary = "Graphviz diagrams, rendered with dot"
    public static let views: [DiagramView] = [.canvas, .map, .valueProposition]

    public var labels: Labels
    public var view: DiagramView
    public var options: DiagramOptions
    /// How many warnings the canvas has, for the poster's footer.
    public var openWarnings: Int

    public init(language: CanvasLanguage, view: DiagramView, options: DiagramOptions = DiagramOptions(),
                openWarnings: Int = 0) {
        self.labels = Labels.forLanguage(language)
        self.view = view
        self.options = options
        self.openWarnings = openWarnings
    }

    public func export(_ canvas: Canvas) -> String {
        switch view {
        case .canvas:
            return CanvasPoster(canvas: canvas, labels: labels, paper: options.paper, openWarnings: openWarnings).dot()
        case .map:
            return CanvasMap(canvas: canvas, labels: labels, focus: options.focus).dot()
        case .valueProposition:
            return ValuePropositionCanvas(canvas: canvas, labels: labels, subjects: options.subjects).dot()
        }
    }

    public static func export(_ canvas: Canvas, options: ExportOptions) -> String {
        DOTExporter(language: options.language, view: options.view ?? views[0], options: options.diagram,
                    openWarnings: options.warnings.count).export(canvas)
    }
}

/// Escaping for the two places canvas text goes in DOT.
enum DOTEscaping {
    /// Inside a double-quoted string: backslashes (which Graphviz reads as escapes
    /// such as `\N` or `\l`) and quotes escaped, `&` written as an entity (Graphviz
    /// decodes entities in every label), line breaks as centred `\n`.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text, lineBreak: "\\n") { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "&": return "&amp;"
            default: return nil
            }
        } + "\""
    }

    /// Inside an HTML-like label: the XML entities, line breaks as `<BR/>`, and
    /// backslashes doubled: Graphviz expands `\N`, `\G`, `\L`... in the text of
    /// HTML-like labels too (after decoding entities), and reads `\\` as one.
    static func html(_ text: String) -> String {
        escaped(text, lineBreak: "<BR ALIGN=\"LEFT\"/>") { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            default: return nil
            }
        }
    }

    /// Replaces what `replacement` names, line breaks by `lineBreak`, tabs by a
    /// space, and drops other control characters, which have no place in a label.
    /// A noncharacter (U+FFFE, U+FDD0, ...), which a canvas may hold as an escape,
    /// becomes U+FFFD: Graphviz's XML parser refuses some of them outright.
    private static func escaped(_ text: String, lineBreak: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                output += replaced
            } else if scalar == "\n" {
                output += lineBreak
            } else if scalar == "\t" {
                output += " "
            } else if scalar.properties.isNoncharacterCodePoint {
                output += "\u{FFFD}"
            } else if scalar.value >= 0x20 && scalar.value != 0x7F {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
