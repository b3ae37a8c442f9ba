/// A node of the document tree: a view into its document's storage.
public struct Node: Sendable {
    public enum Kind: Sendable {
        case scalar(Scalar)
        case mapping(MappingEntries)
        case sequence(SequenceItems)
    }

    let storage: DocumentStorage
    let index: NodeID

    var record: NodeRecord { storage.record(index) }

    public var kind: Kind {
        let record = self.record
        switch record.shape {
        case .scalar: return .scalar(Scalar(storage: storage, record: record))
        case .mapping: return .mapping(MappingEntries(storage: storage, start: Int(record.first), count: Int(record.count)))
        case .sequence: return .sequence(SequenceItems(storage: storage, start: Int(record.first), count: Int(record.count)))
        }
    }

    /// From the node's first character to the end of its last one.
    public var range: SourceRange { record.range }

    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        let record = self.record
        return record.shape == .scalar ? Scalar(storage: storage, record: record) : nil
    }

    /// The entries, if this node is a mapping.
    public var mapping: MappingEntries? {
        let record = self.record
        return record.shape == .mapping ? MappingEntries(storage: storage, start: Int(record.first), count: Int(record.count)) : nil
    }

    /// The items, if this node is a sequence.
    public var sequence: SequenceItems? {
        let record = self.record
        return record.shape == .sequence ? SequenceItems(storage: storage, start: Int(record.first), count: Int(record.count)) : nil
    }

    /// `true` for an empty value (`notes:`), which means "absent".
    public var isEmpty: Bool { record.isEmptyValue }

    /// For sequences: `true` when written as a one-line flow sequence `[a, b]`.
    public var isFlow: Bool { record.flags.contains(.isFlow) }

    /// For block mappings and sequences: comments after the last entry that are
    /// indented as deep as the entries, so they close this block.
    public var endComments: [Comment] { storage.trivia(of: index)?.endComments ?? [] }

    /// For a scalar or flow sequence written on a line of its own (below its key):
    /// the comment at the end of that line.
    public var lineComment: Comment? { storage.trivia(of: index)?.lineComment }
}

/// A scalar: its value after unquoting, unescaping or block folding, and its style.
public struct Scalar: Sendable {
    let storage: DocumentStorage
    let record: NodeRecord

    /// The value, built on request from the source or the unescaped text.
    public var value: String { storage.value(of: record) }

    public var style: ScalarStyle {
        switch record.style {
        case .empty: return .empty
        case .plain: return .plain
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal(record.blockHeader)
        case .folded: return .folded(record.blockHeader)
        }
    }

    public var range: SourceRange { record.range }

    /// `true` for a plain, unquoted scalar: the only style in which integers,
    /// decimals and booleans may be written.
    public var isPlain: Bool { record.style == .plain }
}

/// One `key: value` of a block mapping.
public struct MappingEntry: Sendable {
    let storage: DocumentStorage
    /// The value's node, which also records the key.
    let index: NodeID

    /// The key's text.
    public var key: String { storage.text(record.keyRange) }
    public var keyRange: SourceRange { record.keyRange }
    public var value: Node { Node(storage: storage, index: index) }

    /// Whether the key is `key`, compared without building a `String`.
    func hasKey(_ key: String) -> Bool {
        let range = record.keyRange
        return storage.bytes[range.start..<range.end].elementsEqual(key.utf8)
    }
}

/// One `- item` of a block sequence, or one element of a flow sequence. Its
/// trailing comment is the one at the end of the dash's line, unless a mapping
/// starts on that line (`- id: a  # why` belongs to the entry `id`).
public struct SequenceItem: Sendable {
    let storage: DocumentStorage
    let index: NodeID

    public var value: Node { Node(storage: storage, index: index) }
    /// The range of the `-` indicator (empty for flow sequence elements).
    public var dashRange: SourceRange { record.keyRange }
}

/// What mapping entries and sequence items share: their comments and blank lines.
protocol EntryView {
    var storage: DocumentStorage { get }
    var index: NodeID { get }
}

extension MappingEntry: EntryView {}
extension SequenceItem: EntryView {}

extension EntryView {
    var record: NodeRecord { storage.record(index) }

    /// Full-line comments written just before the entry.
    public var leadingComments: [Comment] { storage.trivia(of: index)?.leadingComments ?? [] }
    /// `true` when at least one blank line separates this entry from what is above.
    public var hasBlankLineBefore: Bool { record.flags.contains(.blankLineBefore) }
    /// The comment at the end of the entry's first line (`key: value  # why`); for
    /// an item whose mapping starts on the dash's line, that comment belongs to
    /// the mapping's first entry instead.
    public var trailingComment: Comment? { storage.trivia(of: index)?.trailingComment }
}

/// The entries of a mapping, in file order.
public struct MappingEntries: RandomAccessCollection, Sendable {
    let storage: DocumentStorage
    let start: Int
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> MappingEntry {
        MappingEntry(storage: storage, index: NodeID(start + position))
    }

    /// The entry with a key, if there is one.
    public func first(key: String) -> MappingEntry? {
        lazy.first { $0.hasKey(key) }
    }
}

/// The items of a sequence, in file order.
public struct SequenceItems: RandomAccessCollection, Sendable {
    let storage: DocumentStorage
    let start: Int
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> SequenceItem {
        SequenceItem(storage: storage, index: NodeID(start + position))
    }
}
