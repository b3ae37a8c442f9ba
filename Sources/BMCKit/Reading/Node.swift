/// The untyped document a canvas file holds: mappings, sequences and scalars, each
/// with its exact source range, and every comment kept as trivia beside the node it
/// was written beside, so that a formatter can put it back.
public struct Document: Sendable {
    /// The top-level node, or `nil` when the file holds no content (only comments,
    /// or nothing at all).
    public var root: Node?
    /// Comments before the top-level node that stand apart from it, and comments of
    /// a file with no content.
    public var leadingComments: [Comment]
    /// Comments after the last content line that belong to no nested block.
    public var trailingComments: [Comment]
}

/// A comment, `#` included, and where it stands.
public struct Comment: Hashable, Sendable {
    /// The comment's text from `#` to the end of the line, trailing spaces removed.
    public var text: String
    public var range: SourceRange
    /// The 0-based column of its `#`, in bytes of indentation (comments that stand on
    /// their own line), used to decide which block a comment closes.
    public var indent: Int
}

/// A node of the document tree.
public struct Node: Sendable {
    public enum Kind: Sendable {
        case scalar(Scalar)
        case mapping([MappingEntry])
        case sequence([SequenceItem])
    }

    public var kind: Kind
    /// From the node's first character to the end of its last one.
    public var range: SourceRange
    /// For sequences: `true` when written as a one-line flow sequence `[a, b]`.
    public var isFlow = false
    // Most nodes have no comments: keeping them out of line keeps trees small.
    private var trivia: Box<NodeTrivia>?

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// For block mappings and sequences: comments after the last entry that are
    /// indented as deep as the entries, so they close this block.
    public var endComments: [Comment] {
        get { trivia?.value.endComments ?? [] }
        set { Box.update(&trivia, unless: newValue.isEmpty) { $0.endComments = newValue } }
    }

    /// For a scalar or flow sequence written on a line of its own (below its key):
    /// the comment at the end of that line.
    public var lineComment: Comment? {
        get { trivia?.value.lineComment }
        set { Box.update(&trivia, unless: newValue == nil) { $0.lineComment = newValue } }
    }

    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// `true` for an empty value (`notes:`), which means "absent".
    public var isEmpty: Bool { scalar?.style == .empty }
}

/// How a scalar was written; its value never depends on this, but the formatter
/// keeps block scalars as block scalars.
public enum ScalarStyle: Sendable, Equatable {
    case empty
    case plain
    case singleQuoted
    case doubleQuoted
    /// `|`, with its header's indicators.
    case literal(BlockScalarHeader)
    /// `>`, with its header's indicators.
    case folded(BlockScalarHeader)
}

/// The indicators after `|` or `>`.
public struct BlockScalarHeader: Sendable, Equatable {
    public enum Chomping: Sendable, Equatable {
        /// No indicator: one final line break kept.
        case clip
        /// `-`: final line breaks removed.
        case strip
        /// `+`: every final line break kept.
        case keep
    }

    public var chomping: Chomping
    /// The explicit indentation indicator (1-9), if written.
    public var indentation: Int8?

    /// The header as written after the indicator: `-`, `+2`, or empty.
    public var indicators: String {
        let chompingText = chomping == .strip ? "-" : chomping == .keep ? "+" : ""
        return indentation.map { "\($0)" + chompingText } ?? chompingText
    }
}

/// A scalar: its value after unquoting, unescaping or block folding, and its style.
public struct Scalar: Sendable {
    public var value: String
    public var style: ScalarStyle
    public var range: SourceRange

    /// `true` for a plain, unquoted scalar: the only style in which integers,
    /// decimals and booleans may be written.
    public var isPlain: Bool { style == .plain }
}

/// One `key: value` of a block mapping.
public struct MappingEntry: Sendable, EntryWithTrivia {
    public var key: String
    public var keyRange: SourceRange
    public var value: Node
    var trivia: Box<EntryTrivia>?

    public init(key: String, keyRange: SourceRange, value: Node) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// One `- item` of a block sequence, or one element of a flow sequence. Its
/// trailing comment is the one at the end of the dash's line, unless a mapping
/// starts on that line (`- id: a  # why` belongs to the entry `id`).
public struct SequenceItem: Sendable, EntryWithTrivia {
    public var value: Node
    /// The range of the `-` indicator (empty for flow sequence elements).
    public var dashRange: SourceRange
    var trivia: Box<EntryTrivia>?

    public init(value: Node, dashRange: SourceRange) {
        self.value = value
        self.dashRange = dashRange
    }
}

/// The comments and blank lines around a mapping entry or sequence item.
struct EntryTrivia: Sendable {
    var leadingComments: [Comment] = []
    var hasBlankLineBefore = false
    var trailingComment: Comment?
}

struct NodeTrivia: Sendable {
    var endComments: [Comment] = []
    var lineComment: Comment?
}

/// What mapping entries and sequence items share: comments kept out of line,
/// since most entries have none.
protocol EntryWithTrivia {
    var trivia: Box<EntryTrivia>? { get set }
}

extension EntryWithTrivia {
    /// Full-line comments written just before the entry.
    public var leadingComments: [Comment] {
        get { trivia?.value.leadingComments ?? [] }
        set { Box.update(&trivia, unless: newValue.isEmpty) { $0.leadingComments = newValue } }
    }

    /// `true` when at least one blank line separates this entry from what is above.
    public var hasBlankLineBefore: Bool {
        get { trivia?.value.hasBlankLineBefore ?? false }
        set { Box.update(&trivia, unless: !newValue) { $0.hasBlankLineBefore = newValue } }
    }

    /// The comment at the end of the entry's first line (`key: value  # why`).
    public var trailingComment: Comment? {
        get { trivia?.value.trailingComment }
        set { Box.update(&trivia, unless: newValue == nil) { $0.trailingComment = newValue } }
    }
}

/// A copy-on-write box for values that are usually absent.
final class Box<Value: Sendable>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) { self.value = value }

    /// Changes the boxed value, copying a shared box first; does not create a box
    /// just to store a default (`isDefault`).
    static func update(_ box: inout Box<Value>?, unless isDefault: Bool, _ body: (inout Value) -> Void)
    where Value: DefaultConstructible {
        if box == nil {
            if isDefault { return }
            box = Box(Value())
        } else if !isKnownUniquelyReferenced(&box!) {
            box = Box(box!.value)
        }
        body(&box!.value)
    }
}

protocol DefaultConstructible {
    init()
}

extension EntryTrivia: DefaultConstructible {}
extension NodeTrivia: DefaultConstructible {}
