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
    /// For block mappings and sequences: comments after the last entry that are
    /// indented as deep as the entries, so they close this block.
    public var endComments: [Comment] = []
    /// For sequences: `true` when written as a one-line flow sequence `[a, b]`.
    public var isFlow = false
    /// For a scalar or flow sequence written on a line of its own (below its key):
    /// the comment at the end of that line.
    public var lineComment: Comment?

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
    /// `|` or `>`, with the header exactly as written (for example `|-` or `>+2`).
    case literal(header: String)
    case folded(header: String)
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
public struct MappingEntry: Sendable {
    public var key: String
    public var keyRange: SourceRange
    public var value: Node
    /// Full-line comments written just before the entry.
    public var leadingComments: [Comment] = []
    /// `true` when at least one blank line separates this entry from what is above.
    public var hasBlankLineBefore = false
    /// The comment at the end of the key's line (`key: value  # why`).
    public var trailingComment: Comment?
}

/// One `- item` of a block sequence, or one element of a flow sequence.
public struct SequenceItem: Sendable {
    public var value: Node
    /// The range of the `-` indicator (empty for flow sequence elements).
    public var dashRange: SourceRange
    public var leadingComments: [Comment] = []
    public var hasBlankLineBefore = false
    /// The comment at the end of the dash's line, unless it belongs to a mapping
    /// that starts on that line (`- id: a  # why` belongs to the entry `id`).
    public var trailingComment: Comment?
}
