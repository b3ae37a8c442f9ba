/// The storage behind a `Document`: one record per node, the children of every
/// mapping and sequence stored one after the other, and the few values that differ
/// from their source text in one byte buffer. Written once by the reader
/// (`TreeBuilder`), then only read.
///
/// A record is the node and the entry that holds it (its key, or its dash) at
/// once: every node but the root is the value of exactly one entry. A table of
/// small records rather than a tree of objects keeps a canvas's tree at about
/// 24 bytes a node, and a value is read from the source only when asked for.
final class DocumentStorage: Sendable {
    /// The source bytes, shared with the `SourceFile` (arrays are copy-on-write).
    let bytes: [UInt8]
    let nodes: [NodeRecord]
    /// Values of scalars that differ from their source text (quoted scalars with
    /// escapes, and block scalars).
    let unescaped: [UInt8]
    /// The comments around nodes that have any, by node: most have none.
    let trivia: [NodeID: Trivia]

    init(_ tree: TreeBuilder) {
        bytes = tree.bytes
        nodes = tree.nodes
        unescaped = tree.unescaped
        trivia = tree.trivia
    }

    func record(_ node: NodeID) -> NodeRecord { nodes[Int(node)] }

    func text(_ range: SourceRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    /// A scalar's value.
    func value(of record: NodeRecord) -> String {
        switch record.valueSource {
        case .source(let start, let end): return String(decoding: bytes[start..<end], as: UTF8.self)
        case .unescaped(let start, let end): return String(decoding: unescaped[start..<end], as: UTF8.self)
        }
    }

    func trivia(of node: NodeID) -> Trivia? {
        record(node).flags.contains(.hasTrivia) ? trivia[node] : nil
    }
}

/// A node's number in its `DocumentStorage`.
typealias NodeID = Int32

/// One node and the entry that holds it, whatever its kind: 24 bytes, so that a
/// large canvas's tree is about the size of its text. The key is kept as its start
/// and length (a key is at most 65,535 bytes: `Reader.maximumKeyLength`), and the
/// node's shape, style, flags and block scalar header share 16 bits.
struct NodeRecord: Sendable {
    enum Shape: UInt16 { case scalar, mapping, sequence }
    enum Style: UInt16 { case empty, plain, singleQuoted, doubleQuoted, literal, folded }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// A one-line flow sequence `[a, b]`.
        static let isFlow = Flags(rawValue: 1)
        /// At least one blank line separates the entry from what is above it.
        static let blankLineBefore = Flags(rawValue: 2)
        /// `DocumentStorage.trivia` has comments for this node.
        static let hasTrivia = Flags(rawValue: 4)
    }

    var start: Int32
    var end: Int32
    /// The key of the mapping entry holding the node, or the dash of the sequence
    /// item (an empty range for flow sequence elements and the root).
    var keyStart: Int32 = 0
    /// For containers, the number of the first child; for scalars whose value
    /// differs from their source text, its offset in `DocumentStorage.unescaped`,
    /// or -1 when the value is the text between the quotes.
    var first: Int32 = -1
    /// For containers, the number of children; for scalars with a value in
    /// `unescaped`, its length in bytes.
    var count: Int32 = 0
    private var keyLength: UInt16 = 0
    /// From the low bits up: shape (2 bits), style (3), flags (3), block scalar
    /// header (6: chomping in 2, explicit indentation in 4).
    private var bits: UInt16 = 0

    init(start: Int32, end: Int32, shape: Shape, style: Style = .empty) {
        self.start = start
        self.end = end
        self.shape = shape
        self.style = style
    }

    var keyEnd: Int32 {
        get { keyStart + Int32(keyLength) }
        set { keyLength = UInt16(clamping: newValue - keyStart) }
    }

    var shape: Shape {
        get { Shape(rawValue: bits & 0b11) ?? .scalar }
        set { bits = bits & ~0b11 | newValue.rawValue }
    }

    var style: Style {
        get { Style(rawValue: bits >> 2 & 0b111) ?? .empty }
        set { bits = bits & ~(0b111 << 2) | newValue.rawValue << 2 }
    }

    var flags: Flags {
        get { Flags(rawValue: bits >> 5 & 0b111) }
        set { bits = bits & ~(0b111 << 5) | (newValue.rawValue & 0b111) << 5 }
    }

    /// A block scalar's header: the chomping indicator in the low two bits, the
    /// explicit indentation (0 for none) above them.
    var header: UInt8 {
        get { UInt8(bits >> 8 & 0b11_1111) }
        set { bits = bits & ~(0b11_1111 << 8) | UInt16(newValue & 0b11_1111) << 8 }
    }

    var range: SourceRange { SourceRange(start: Int(start), end: Int(end)) }
    /// An empty value (`notes:`), which means "absent".
    var isEmptyValue: Bool { shape == .scalar && style == .empty }
    var keyRange: SourceRange { SourceRange(start: Int(keyStart), end: Int(keyEnd)) }

    var blockHeader: BlockScalarHeader {
        let indentation = Int8(header >> 2)
        return BlockScalarHeader(chomping: BlockScalarHeader.Chomping(rawValue: header & 3) ?? .clip,
                                 indentation: indentation == 0 ? nil : indentation)
    }

    enum ValueSource {
        case source(Int, Int)
        case unescaped(Int, Int)
    }

    /// Where a scalar's value is: a range of the source, or of `unescaped`.
    var valueSource: ValueSource {
        switch style {
        case .empty: return .source(Int(start), Int(start))
        case .plain: return .source(Int(start), Int(end))
        default:
            return first < 0 ? .source(Int(start) + 1, Int(end) - 1) : .unescaped(Int(first), Int(first + count))
        }
    }

    static func scalar(_ range: SourceRange, style: Style) -> NodeRecord {
        NodeRecord(start: Int32(range.start), end: Int32(range.end), shape: .scalar, style: style)
    }
}

/// The comments around one node and its entry.
struct Trivia: Sendable {
    /// Full-line comments just before the entry.
    var leadingComments: [Comment] = []
    /// The comment at the end of the entry's first line.
    var trailingComment: Comment?
    /// For block mappings and sequences: comments that close the block.
    var endComments: [Comment] = []
    /// For a scalar or flow sequence on a line of its own: the comment ending it.
    var lineComment: Comment?
}
