/// An output format of `bmc export`. Each format registers once, in
/// `ExportFormats.all`, with its name, what it is and the views it draws; the
/// command line's `--format` and `--view`, their checks and their help come from
/// that list.
public protocol CanvasExporter: Sendable {
    /// The format's name on the command line: `json`, `markdown`, `dot`.
    static var name: String { get }
    /// What the format is, in a line, for the help.
    static var summary: String { get }
    /// The views the format draws, the first the default; none for most.
    static var views: [DiagramView] { get }
    /// The canvas in this format.
    static func export(_ canvas: Canvas, options: ExportOptions) -> String
}

extension CanvasExporter {
    public static var views: [DiagramView] { [] }
}

/// What an export is asked for beyond the canvas.
public struct ExportOptions: Sendable {
    /// The language of labels (content stays as written).
    public var language: CanvasLanguage
    /// The view of a format that draws several (`nil`: its default).
    public var view: DiagramView?
    /// The warnings of the canvas, for a format that lists them, and the file they
    /// point into.
    public var warnings: [Diagnostic]
    public var source: SourceFile?
    /// What the diagrams draw: the poster's paper, the Value Proposition Canvas's
    /// subjects, the map's focus.
    public var diagram: DiagramOptions

    public init(language: CanvasLanguage = .en, view: DiagramView? = nil, warnings: [Diagnostic] = [],
                source: SourceFile? = nil, diagram: DiagramOptions = DiagramOptions()) {
        self.language = language
        self.view = view
        self.warnings = warnings
        self.source = source
        self.diagram = diagram
    }
}

/// The options of the diagrams (`--paper`, `--for`, `--focus`).
public struct DiagramOptions: Sendable, Equatable {
    /// The sheet the poster is laid out for.
    public var paper: Paper
    /// The value propositions, segments or personas the Value Proposition Canvas
    /// draws (all when empty).
    public var subjects: [String]
    /// The item whose connections the map draws (all items when `nil`).
    public var focus: String?

    public init(paper: Paper = .a3, subjects: [String] = [], focus: String? = nil) {
        self.paper = paper
        self.subjects = subjects
        self.focus = focus
    }
}

/// The diagrams the DOT export draws.
public enum DiagramView: String, Sendable, CaseIterable {
    /// The classic canvas, as a poster to print.
    case canvas
    /// Every item a node, every reference an edge, along the flow of value.
    case map
    /// Each value proposition's value map facing the profiles it is for.
    case valueProposition = "value-proposition"
}

/// Every export format, in the order the help lists them.
public enum ExportFormats {
    public static let all: [any CanvasExporter.Type] = [JSONExporter.self, MarkdownExporter.self, DOTExporter.self]

    /// The format named `name`, if there is one.
    public static func named(_ name: String) -> (any CanvasExporter.Type)? {
        all.first { $0.name == name }
    }
}
