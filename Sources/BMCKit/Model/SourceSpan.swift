/// Where a model value was written: the range of its whole mapping (or of its
/// text, for a point written as one), and of each key the schema knows and its
/// value. Kept as plain ranges, so a canvas stands alone once its document is
/// gone. `==` ignores it: two canvases that mean the same compare equal however
/// they are laid out.
public struct SourceSpan: Sendable, Equatable {
    /// One key of the mapping and its value.
    public struct Entry: Sendable {
        /// The schema's key (so no string is made for it).
        public var key: String
        public var keyRange: SourceRange
        public var valueRange: SourceRange
    }

    /// The range of the whole item (`.point(0)` for items made in code).
    public var range: SourceRange
    /// The entries the schema knows, in the order of the file.
    public private(set) var entries: [Entry] = []

    public init(range: SourceRange = .point(0)) {
        self.range = range
    }

    mutating func add(_ key: String, keyRange: SourceRange, valueRange: SourceRange) {
        entries.append(Entry(key: key, keyRange: keyRange, valueRange: valueRange))
    }

    /// Whether the item's mapping has the key, even with an empty value.
    public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The range of a key's value, or of the whole item when the key is absent.
    public func valueRange(of key: String) -> SourceRange {
        entries.first { $0.key == key }?.valueRange ?? range
    }

    /// The range of a key itself, or of the whole item when the key is absent.
    public func keyRange(of key: String) -> SourceRange {
        entries.first { $0.key == key }?.keyRange ?? range
    }

    public static func == (lhs: SourceSpan, rhs: SourceSpan) -> Bool { true }
}
