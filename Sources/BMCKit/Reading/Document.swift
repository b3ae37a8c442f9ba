/// The untyped document a canvas file holds: mappings, sequences and scalars, each
/// with its exact source range, and every comment kept as trivia beside the node it
/// was written beside, so that a formatter can put it back.
///
/// The tree lives in one `DocumentStorage`: a table of node records, with the
/// entries of each mapping or sequence stored contiguously, and plain scalars read
/// straight from the source bytes. `Node`, `MappingEntry` and `SequenceItem` are
/// small views into it, so reading a large file allocates a few big arrays rather
/// than an object per node.
public struct Document: Sendable {
    let storage: DocumentStorage
    let rootIndex: Int32?
    /// Comments of a file with no content.
    public var leadingComments: [Comment]
    /// Comments after the last content line that belong to no nested block.
    public var trailingComments: [Comment]
    /// The text the reader refused or skipped, in the order of the file: what a
    /// syntax error may have cost the tree. Typing goes on around it (see
    /// `isDamaged(_:)`).
    public let damage: [SourceRange]

    /// The top-level node, or `nil` when the file holds no content (only comments,
    /// or nothing at all).
    public var root: Node? { rootIndex.map { Node(storage: storage, index: $0) } }

    /// The entry `key` of the mapping that spans `range` (an item's
    /// `SourceSpan.range`), if there is such a mapping and it has the key.
    public func entry(_ key: String, inMappingAt range: SourceRange) -> MappingEntry? {
        mapping(at: range)?.mapping?.first(key: key)
    }

    /// The mapping node whose range is `range`, found by going down from the root
    /// through the containers that hold it (a binary search in each, since their
    /// children are in file order).
    public func mapping(at range: SourceRange) -> Node? {
        guard var node = root else { return nil }
        while true {
            if node.range == range && node.mapping != nil { return node }
            let child: Node?
            switch node.kind {
            case .mapping(let entries): child = Document.last(in: entries.count, startingBefore: range.start) { entries[$0].value }
            case .sequence(let items): child = Document.last(in: items.count, startingBefore: range.start) { items[$0].value }
            case .scalar: child = nil
            }
            guard let child, child.range.end >= range.end else { return nil }
            node = child
        }
    }

    /// The last of `count` children, in file order, that starts at or before `offset`.
    private static func last(in count: Int, startingBefore offset: Int, _ child: (Int) -> Node) -> Node? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if child(middle).range.start <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? child(low - 1) : nil
    }

    /// Whether `range` holds, touches or is touched by text the reader refused or
    /// skipped: what is written there may be incomplete.
    public func isDamaged(_ range: SourceRange) -> Bool {
        // The first damage that ends at or after the range's start.
        var low = 0
        var high = damage.count
        while low < high {
            let middle = (low + high) / 2
            if damage[middle].end < range.start { low = middle + 1 } else { high = middle }
        }
        return low < damage.count && damage[low].start <= range.end
    }
}

/// A comment, `#` included, and where it stands.
public struct Comment: Hashable, Sendable {
    /// The comment's text from `#` to the end of the line, trailing spaces removed.
    public var text: String
    public var range: SourceRange
    /// The 0-based column of its `#`, used to decide which block a comment closes.
    public var indent: Int
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
    public enum Chomping: UInt8, Sendable, Equatable {
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

