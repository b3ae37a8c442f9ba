/// The storage behind a `Document`: one record per node, the children of every
/// mapping and sequence stored contiguously, and the few values that differ from
/// their source text in one byte buffer. Written once by the reader, then only read.
///
/// A record is the node and the entry that holds it (its key, or its dash) at
/// once: a mapping entry and its value are one record, since every node but the
/// root is the value of exactly one entry. Stored packed (`PackedNodeRecord`),
/// that keeps a large file at about 20 bytes per node, and reading a value never
/// copies it out of the source.
///
/// A file read in two parts keeps both parts' arrays as they were built, rather
/// than copying the second after the first: the second part numbers its nodes
/// and unescaped bytes from fixed bases that the first part cannot reach (see
/// `TreeBuilder.numberedFrom`), so a number says which array it is in.
final class DocumentStorage: Sendable {
    /// The source bytes, shared with the `SourceFile` (arrays are copy-on-write).
    let bytes: [UInt8]
    /// Nodes numbered from 0, and those of a second part, numbered from `tailBase`.
    private let nodes: [PackedNodeRecord]
    private let tailNodes: [PackedNodeRecord]
    private let tailBase: NodeID
    /// The keys too far from their values to pack, of both parts, by node.
    private let farKeys: [NodeID: PackedNodeRecord.FarKey]
    /// Values of scalars that differ from their source text (quoted scalars with
    /// escapes, and block scalars), at offsets numbered like the nodes.
    private let unescaped: [UInt8]
    private let tailUnescaped: [UInt8]
    private let tailUnescapedBase: Int
    /// The comments around nodes that have any, by node index: most have none.
    let trivia: [NodeID: Trivia]

    /// The tree one reader built.
    convenience init(_ tree: TreeBuilder) {
        self.init(tree, tail: nil, trivia: tree.trivia)
    }

    /// The tree of a file read in two parts: the first part's arrays and the
    /// second's, numbered from its bases.
    init(_ head: TreeBuilder, tail: TreeBuilder?, trivia: [NodeID: Trivia]) {
        bytes = head.bytes
        nodes = head.nodes
        unescaped = head.unescaped
        tailNodes = tail?.nodes ?? []
        tailBase = tail?.nodeBase ?? .max
        tailUnescaped = tail?.unescaped ?? []
        tailUnescapedBase = tail.map { Int($0.unescapedBase) } ?? .max
        // The parts number their nodes apart, so their far keys never collide.
        farKeys = head.farKeys.merging(tail?.farKeys ?? [:]) { _, tailKey in tailKey }
        self.trivia = trivia
    }

    /// A second handle on the same tree, for the items one core decodes: every
    /// item's origin keeps its document alive, and a reference count that both
    /// cores change for every item passes its cache line between them each time.
    /// The arrays are shared (copy-on-write), so this copies nothing.
    func handleForOneCore() -> DocumentStorage {
        DocumentStorage(sharing: self)
    }

    private init(sharing other: DocumentStorage) {
        bytes = other.bytes
        nodes = other.nodes
        tailNodes = other.tailNodes
        tailBase = other.tailBase
        farKeys = other.farKeys
        unescaped = other.unescaped
        tailUnescaped = other.tailUnescaped
        tailUnescapedBase = other.tailUnescapedBase
        trivia = other.trivia
    }

    /// The record of a node.
    @inline(__always)
    func record(_ node: NodeID) -> NodeRecord {
        let packed = node < tailBase ? nodes[Int(node)] : tailNodes[Int(node - tailBase)]
        return packed.unpacked(farKey: packed.isKeyFar ? farKey(of: node) : nil)
    }

    /// Kept out of line: `record(_:)` is inlined everywhere, and almost no key is far.
    @inline(never)
    private func farKey(of node: NodeID) -> PackedNodeRecord.FarKey? { farKeys[node] }

    func text(_ range: SourceRange) -> String {
        withBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    func withBytes<Result>(_ range: SourceRange, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[range.start..<range.end]))
        }
    }

    /// The UTF-8 bytes of a scalar's value, without copying them.
    func withValueBytes<Result>(of record: NodeRecord, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch record.valueSource {
        case .source(let start, let end):
            return withBytes(SourceRange(start: start, end: end), body)
        case .unescaped(let start, let end) where start < tailUnescapedBase:
            return unescaped.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        case .unescaped(let start, let end):
            let base = tailUnescapedBase
            return tailUnescaped.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(start - base)..<(end - base)])) }
        }
    }

    /// A scalar's value as a `String`.
    func value(of record: NodeRecord) -> String {
        withValueBytes(of: record) { String(decoding: $0, as: UTF8.self) }
    }

    func trivia(of node: NodeID) -> Trivia? {
        record(node).flags.contains(.hasTrivia) ? trivia[node] : nil
    }
}

/// A node's number in its `DocumentStorage`.
typealias NodeID = Int32

/// One node and the entry that holds it, whatever its kind, as the reader builds
/// it and everything else reads it (stored as a `PackedNodeRecord`).
struct NodeRecord: Sendable {
    enum Shape: UInt8 { case scalar, mapping, sequence }
    enum Style: UInt8 { case empty, plain, singleQuoted, doubleQuoted, literal, folded }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
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
    var keyEnd: Int32 = 0
    /// For containers, the index of the first child; for scalars whose value
    /// differs from their source text, its offset in `DocumentStorage.unescaped`,
    /// or -1 when the value is the text between the quotes.
    var first: Int32 = -1
    /// For containers, the number of children; for scalars with a value in
    /// `unescaped`, its length in bytes.
    var count: Int32 = 0
    var shape: Shape
    var style: Style = .empty
    var flags: Flags = []
    /// A block scalar's header: the chomping indicator in the low two bits, the
    /// explicit indentation (0 for none) above them.
    var header: UInt8 = 0

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

/// The arrays of a tree while the reader builds it: kept in a struct the reader
/// owns (no dynamic exclusivity checks on every append), then frozen into a
/// `DocumentStorage`.
///
/// A container's children are gathered in `open` while it is read, since their
/// own children are written to `nodes` first; when the container ends its run
/// moves to `nodes` in one piece, so every container's children are contiguous.
struct TreeBuilder {
    let bytes: [UInt8]
    /// The number of `nodes[0]`, and the offset of `unescaped[0]`: 0, but for the
    /// second part of a file read in two.
    private(set) var nodeBase: NodeID = 0
    private(set) var unescapedBase: Int32 = 0
    /// The nodes placed so far, packed, and the keys that did not pack.
    private(set) var nodes: [PackedNodeRecord] = []
    private(set) var farKeys: [NodeID: PackedNodeRecord.FarKey] = [:]
    var unescaped: [UInt8] = []
    var trivia: [NodeID: Trivia] = [:]
    /// Children of the containers being read, innermost last.
    var open: [NodeRecord] = []
    /// Trivia of nodes not yet placed, by slot: the reader passes nodes around by
    /// value, so they carry a slot number rather than arrays of comments.
    var triviaSlots: [Trivia] = []
    /// The trivia slots of records in `open`, by position in `open`, in increasing order.
    var openTrivia: [(position: Int, slot: Int32)] = []

    /// A builder for `bytes`, of which it reads `partLength` (all of them unless
    /// it reads a part of the file).
    init(bytes: [UInt8], partLength: Int? = nil) {
        self.bytes = bytes
        let length = partLength ?? bytes.count
        // Canvases hold about one node per 24 bytes. Capacity that is never
        // written costs address space, not memory, so reserve past the usual
        // density rather than regrow (each regrowth copies the whole array).
        nodes.reserveCapacity(length / 12 + 16)
        // Huge pages for the records surely written, at one node per 32 bytes:
        // past that, a 2 MB page partly used would be resident whole.
        let surelyWritten = min(length / 32, nodes.capacity) * MemoryLayout<PackedNodeRecord>.stride
        nodes.withUnsafeMutableBufferPointer { records in
            if let start = records.baseAddress { HugePageAdvice.advise(start, byteCount: surelyWritten) }
        }
    }

    /// A builder for the part of a file from byte `offset` on, numbering its nodes
    /// and unescaped bytes from `offset`. The part before it cannot use those
    /// numbers: its nodes and its unescaped values each take at least one source
    /// byte of their own (the join checks this all the same).
    static func numberedFrom(_ offset: Int, bytes: [UInt8]) -> TreeBuilder {
        var tree = TreeBuilder(bytes: bytes, partLength: bytes.count - offset)
        tree.nodeBase = NodeID(offset)
        tree.unescapedBase = Int32(offset)
        return tree
    }

    /// The number the next node placed in `nodes` gets.
    var nextNode: NodeID { nodeBase + NodeID(nodes.count) }

    /// A node this builder has placed, by its number.
    func record(_ node: NodeID) -> NodeRecord {
        let packed = nodes[Int(node - nodeBase)]
        return packed.unpacked(farKey: packed.isKeyFar ? farKeys[node] : nil)
    }

    /// Places a record as the next node, returning its number.
    @discardableResult @inline(__always)
    mutating func place(_ record: NodeRecord) -> NodeID {
        let node = nextNode
        let packed = PackedNodeRecord(record)
        if packed.isKeyFar { keepFarKey(of: record, as: node) }
        nodes.append(packed)
        return node
    }

    @inline(never)
    private mutating func keepFarKey(of record: NodeRecord, as node: NodeID) {
        farKeys[node] = PackedNodeRecord.FarKey(start: record.keyStart, end: record.keyEnd)
    }

    /// The offset the next unescaped byte gets.
    var nextUnescaped: Int32 { unescapedBase + Int32(unescaped.count) }

    /// A new, empty trivia slot.
    mutating func newTriviaSlot() -> Int32 {
        triviaSlots.append(Trivia())
        return Int32(triviaSlots.count - 1)
    }

    /// Adds a child to the innermost open container, with its trivia slot or -1.
    mutating func addChild(_ record: NodeRecord, triviaSlot: Int32) {
        var record = record
        if triviaSlot >= 0 {
            record.flags.insert(.hasTrivia)
            openTrivia.append((open.count, triviaSlot))
        }
        open.append(record)
    }

    /// Moves the children gathered from `base` on to `nodes`, returning where
    /// their run starts and how long it is.
    mutating func closeChildren(from base: Int) -> (first: Int32, count: Int32) {
        let first = nextNode
        open.withUnsafeBufferPointer { run in
            for index in base..<run.count { place(run[index]) }
        }
        while let last = openTrivia.last, last.position >= base {
            trivia[first + NodeID(last.position - base)] = triviaSlots[Int(last.slot)]
            openTrivia.removeLast()
        }
        open.removeSubrange(base...)
        return (first, nextNode - first)
    }

    /// Forgets the children gathered from `base` on (a refused flow sequence).
    mutating func dropChildren(from base: Int) {
        while let last = openTrivia.last, last.position >= base { openTrivia.removeLast() }
        open.removeSubrange(base...)
    }

    /// Adds the root, the one node no container holds.
    mutating func addRoot(_ record: NodeRecord, triviaSlot: Int32) -> NodeID {
        var record = record
        let index = nextNode
        if triviaSlot >= 0 {
            record.flags.insert(.hasTrivia)
            trivia[index] = triviaSlots[Int(triviaSlot)]
        }
        place(record)
        return index
    }

    /// Stores a value that differs from its source text, returning its place.
    mutating func addUnescaped<Bytes: Collection>(_ value: Bytes) -> (first: Int32, count: Int32) where Bytes.Element == UInt8 {
        let first = nextUnescaped
        unescaped.append(contentsOf: value)
        return (first, nextUnescaped - first)
    }
}
