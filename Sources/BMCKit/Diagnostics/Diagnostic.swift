/// One problem found in a canvas file: a value, so checks produce diagnostics and
/// only the command line prints them.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// A secondary position worth showing, such as "first defined here".
    public struct Note: Sendable, Equatable {
        public var message: String
        public var range: SourceRange

        public init(_ message: String, at range: SourceRange) {
            self.message = BoundedText.bounded(message)
            self.range = range
        }
    }

    public var code: DiagnosticCode
    public var message: String
    /// Where the problem is: the caret underline spans this range on its first line.
    public var range: SourceRange
    /// How to fix it, when there is something more useful to say than the message.
    public var help: String?
    public var notes: [Note]

    public var severity: Severity { code.severity }

    public init(_ code: DiagnosticCode, _ message: String, at range: SourceRange, help: String? = nil, notes: [Note] = []) {
        self.code = code
        self.message = BoundedText.bounded(message)
        self.range = range
        self.help = help.map(BoundedText.bounded)
        self.notes = notes
    }
}

extension Array where Element == Diagnostic {
    /// `true` if any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in the order of the file (stable for equal positions, so the
    /// order in which stages found problems breaks ties).
    public func sortedByPosition() -> [Diagnostic] {
        enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }
}
