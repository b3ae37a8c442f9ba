/// One entry of a canvas's outline: a block, an item, a persona, a point or a
/// remedy, with what it holds.
public struct OutlineSymbol: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case block(Block)
        case element(ItemKind)
    }

    public var kind: Kind
    /// The block's key, the item's name, the point's text.
    public var name: String
    /// The id, for an element that has one.
    public var id: String?
    /// The whole block or element.
    public var range: SourceRange
    /// The part to select when the entry is chosen: the key, the id or name.
    public var selectionRange: SourceRange
    public var children: [OutlineSymbol]
}

extension CanvasAnalysis {
    /// The canvas's outline: the blocks in the order of the file, their items, and
    /// the personas, points and remedies inside them, nested as written.
    public func outline() -> [OutlineSymbol] {
        guard let entries = document.root?.mapping else { return [] }
        var collector = OutlineCollector()
        if let canvas { CanvasWalker.walk(canvas, with: &collector) }
        // The walk goes block by block in canonical order; the outline follows the file.
        let all = collector.elements.sorted { $0.range.start < $1.range.start }
        var blocks: [OutlineSymbol] = []
        for entry in entries {
            guard let block = Block(key: entry.key) else { continue }
            let range = SourceRange(start: entry.keyRange.start, end: max(entry.keyRange.end, entry.value.range.end))
            let elements = all.filter { range.contains($0.range) }
            blocks.append(OutlineSymbol(kind: .block(block), name: block.key, id: nil, range: range,
                                        selectionRange: entry.keyRange, children: nested(elements[...])))
        }
        return blocks
    }

    /// Elements in file order, each holding those whose ranges it contains.
    private func nested(_ elements: ArraySlice<OutlineSymbol>) -> [OutlineSymbol] {
        var result: [OutlineSymbol] = []
        var rest = elements
        while var first = rest.popFirst() {
            let inside = rest.prefix { first.range.contains($0.range) }
            rest = rest.dropFirst(inside.count)
            first.children = nested(inside)
            result.append(first)
        }
        return result
    }
}

/// The walk that lists every element as an outline entry, in file order.
private struct OutlineCollector: CanvasVisitor {
    static let visitsReferences = false
    var elements: [OutlineSymbol] = []

    mutating func visitElement(_ element: CanvasElement) {
        let title = element.title.isEmpty ? (element.id ?? element.kind.noun) : element.title
        elements.append(OutlineSymbol(kind: .element(element.kind), name: title, id: element.id,
                                      range: element.span.range, selectionRange: element.span.label, children: []))
    }
}

extension SourceRange {
    /// Whether `other` lies inside this range.
    func contains(_ other: SourceRange) -> Bool { start <= other.start && other.end <= end }
}
