extension Document {
    /// The edit that gives the item at `itemRange` the explicit id `id`: an `id:`
    /// line before its `name:`, at the same indentation. For an item whose id is
    /// derived from its name; `nil` when the item has no `name:` key.
    public func explicitIDEdit(_ id: String, forItemAt itemRange: SourceRange) -> TextEdit? {
        guard let key = entry("name", inMappingAt: itemRange)?.keyRange else { return nil }
        let bytes = storage.bytes
        var lineStart = key.start
        while lineStart > 0 && bytes[lineStart - 1] != .lineFeed { lineStart -= 1 }
        return TextEdit(.point(key.start), "id: \(id)\n" + String(repeating: " ", count: key.start - lineStart))
    }
}
