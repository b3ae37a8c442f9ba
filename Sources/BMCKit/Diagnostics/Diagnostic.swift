/// One problem found in a canvas file: a value, so the reader, the decoder and the
/// rules produce diagnostics and only the command line and the language server
/// show them, in the language they choose.
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
        public var message: NoteMessage
        public var range: SourceRange

        public init(_ message: NoteMessage, at range: SourceRange) {
            self.message = message
            self.range = range
        }
    }

    /// What the diagnostic says, as data, in every language (see `DiagnosticMessage`).
    public var problem: any DiagnosticMessage
    /// Where the problem is: the caret underline spans this range on its first line.
    public var range: SourceRange
    public var notes: [Note]
    /// The edits that surely fix the problem, when there are such: the word "did
    /// you mean" names, quotes removed from a number, the missing key added. The
    /// help says the same in words.
    public var fixIts: [FixIt]

    public init(_ problem: any DiagnosticMessage, at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []) {
        self.problem = problem
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    public var code: DiagnosticCode { problem.code }
    public var severity: Severity { problem.code.severity }

    /// The message and help in a language, bounded in length (see `BoundedText`).
    public func text(in language: CanvasLanguage) -> MessageText {
        let text = problem.text(in: language)
        return MessageText(BoundedText.bounded(text.message), help: text.help.map(BoundedText.bounded))
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.code == rhs.code && lhs.range == rhs.range && lhs.notes == rhs.notes && lhs.fixIts == rhs.fixIts
            && lhs.text(in: .en) == rhs.text(in: .en)
    }

    /// The message in English.
    public var message: String { text(in: .en).message }
    /// The help in English, if there is one.
    public var help: String? { text(in: .en).help }
}

/// An edit of the source: the bytes of `range` replaced by `replacement` (an
/// insertion when the range is empty).
public struct TextEdit: Sendable, Equatable {
    public var range: SourceRange
    public var replacement: String

    public init(_ range: SourceRange, _ replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// The text with the edits made; `edits` must not overlap.
    public static func applying(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
            result.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.replacement.utf8))
        }
        return result
    }
}

/// A sure fix of a diagnostic: the edits that make the problem go away, all at once.
public struct FixIt: Sendable, Equatable {
    public var edits: [TextEdit]

    public init(_ edits: [TextEdit]) {
        self.edits = edits
    }

    /// The fix that replaces `range` with `replacement`.
    public static func replacing(_ range: SourceRange, with replacement: String) -> FixIt {
        FixIt([TextEdit(range, replacement)])
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
