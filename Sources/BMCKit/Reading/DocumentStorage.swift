/// The storage behind a `Document`: every node and entry of the tree in a few
/// contiguous arrays. Written once by the reader, then only read.
final class DocumentStorage: Sendable {
    /// The source bytes, shared with the `SourceFile` (arrays are copy-on-write).
    let bytes: [UInt8]
    let nodes: [NodeRecord]
    /// The entries of every mapping and the items of every sequence, each
    /// container's run contiguous.
    let entries: [EntryRecord]
    /// Values of scalars that differ from their source text: quoted and block scalars.
    let values: [String]
    let entryTrivia: [EntryTrivia]
    let nodeTrivia: [NodeTrivia]

    init(_ tree: TreeBuilder) {
        bytes = tree.bytes
        nodes = tree.nodes
        entries = tree.entries
        values = tree.values
        entryTrivia = tree.entryTrivia
        nodeTrivia = tree.nodeTrivia
    }

    func text(_ range: SourceRange) -> String {
        withBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    func withBytes<Result>(_ range: SourceRange, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[range.start..<range.end]))
        }
    }
}

/// The arrays of a tree while the reader builds it: kept in a struct the reader
/// owns (no dynamic exclusivity checks on every append), then frozen into a
/// `DocumentStorage`.
struct TreeBuilder {
    let bytes: [UInt8]
    var nodes: [NodeRecord] = []
    var entries: [EntryRecord] = []
    var values: [String] = []
    var entryTrivia: [EntryTrivia] = []
    var nodeTrivia: [NodeTrivia] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // About one node per 24 bytes in typical canvases; reserving avoids regrowth.
        nodes.reserveCapacity(bytes.count / 24 + 16)
        entries.reserveCapacity(bytes.count / 24 + 16)
    }
}

/// One node: 24 bytes, whatever its kind.
struct NodeRecord: Sendable {
    enum Shape: UInt8 { case scalar, mapping, sequence }
    enum Style: UInt8 { case empty, plain, singleQuoted, doubleQuoted, literal, folded }

    var start: Int32
    var end: Int32
    /// For containers, the index of the first entry; for quoted and block scalars,
    /// the index of the value in `DocumentStorage.values`.
    var first: Int32 = 0
    /// For containers, the number of entries.
    var count: Int32 = 0
    /// Index into `DocumentStorage.nodeTrivia`, or -1.
    var trivia: Int32 = -1
    var shape: Shape
    var style: Style = .empty
    var isFlow = false
    var chomping = BlockScalarHeader.Chomping.clip
    var indentation: Int8 = 0

    var range: SourceRange { SourceRange(start: Int(start), end: Int(end)) }

    var blockHeader: BlockScalarHeader {
        BlockScalarHeader(chomping: chomping, indentation: indentation == 0 ? nil : indentation)
    }

    static func scalar(_ range: SourceRange, style: Style, value: Int32 = 0) -> NodeRecord {
        NodeRecord(start: Int32(range.start), end: Int32(range.end), first: value, shape: .scalar, style: style)
    }
}

/// One mapping entry or sequence item: 16 bytes.
struct EntryRecord: Sendable {
    /// The key of a mapping entry, or the dash of a sequence item.
    var keyStart: Int32
    var keyEnd: Int32
    /// The index of the value node.
    var value: Int32
    /// Index into `DocumentStorage.entryTrivia`; -1 for none, -2 for none but a
    /// blank line before the entry (the common cases need no trivia record).
    var triviaAndBlankLine: Int32 = -1

    var keyRange: SourceRange { SourceRange(start: Int(keyStart), end: Int(keyEnd)) }
    var trivia: Int32 { triviaAndBlankLine >= 0 ? triviaAndBlankLine : -1 }
}

/// The comments around a mapping entry or sequence item.
struct EntryTrivia: Sendable {
    var leadingComments: [Comment] = []
    var trailingComment: Comment?
    var hasBlankLineBefore = false
}

/// The comments a node carries itself.
struct NodeTrivia: Sendable {
    var endComments: [Comment] = []
    var lineComment: Comment?
}
