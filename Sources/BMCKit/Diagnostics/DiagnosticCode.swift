/// The stable name of a kind of problem, shown in brackets after its message and in
/// the `code` field of JSON output, with its severity and what it means. Scripts,
/// docs and `ignore-warnings` rely on these names: never rename one.
///
/// Each code is declared beside the code that finds it (the reader's in
/// `Reading/`, the decoder's in `Decoding/`, each rule's in its file), and
/// `DiagnosticCode.all` lists them for the docs and the JSON Schema.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    /// The name in brackets: `bad-enum`.
    public let name: String
    public let severity: Diagnostic.Severity
    /// What the code means, in a line, for the docs' table.
    public let summary: String

    public init(_ name: String, _ severity: Diagnostic.Severity, _ summary: String) {
        self.name = name
        self.severity = severity
        self.summary = summary
    }

    public var description: String { name }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// Every code, errors of reading first, then of typing and references, then the
    /// warnings of the rules, in the order of `CanvasRules.all`.
    public static var all: [DiagnosticCode] {
        SyntaxProblem.codes + SchemaProblem.codes + ReferenceProblem.codes + CanvasRules.all.flatMap { $0.codes }
    }

    /// The warnings of section 3: the names `ignore-warnings` and `--ignore` take.
    public static var warnings: [DiagnosticCode] { all.filter { $0.severity == .warning } }

    /// The code with this name, if there is one.
    public static func named(_ name: String) -> DiagnosticCode? { all.first { $0.name == name } }
}
