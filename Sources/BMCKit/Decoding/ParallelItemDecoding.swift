/// Long lists of items (the blocks of a large canvas) are decoded in parts, one
/// per core: items are independent of each other, and the tree is only read.
extension CanvasDecoder {
    /// Reads a list field of items of `Item`'s kind, in order.
    mutating func items<Item: SchemaItem>(_ node: NodeID, key: String, as type: Item.Type) -> [Item] {
        guard let sequence = sequence(node, key: key) else { return [] }
        let items = sequence.first..<sequence.first + sequence.count
        let parent = CanvasDecoder(storage: storage, keepsFreeText: keepsFreeText)
        let parts = ListParts.inParallel(items.count) { part -> (items: [Item], decoder: CanvasDecoder) in
            var decoder = parent
            let nodes = items.lowerBound + NodeID(part.lowerBound)..<items.lowerBound + NodeID(part.upperBound)
            return (decoder.decodeItems(in: nodes, key: key, as: Item.self), decoder)
        }
        guard let parts else { return decodeItems(in: items, key: key) }
        var decoded: [Item] = []
        decoded.reserveCapacity(items.count)
        for (partItems, partDecoder) in parts {
            decoded += partItems
            absorb(partDecoder)
        }
        return decoded
    }

    private mutating func decodeItems<Item: SchemaItem>(in items: Range<NodeID>, key: String,
                                                        as type: Item.Type = Item.self) -> [Item] {
        var decoded: [Item] = []
        decoded.reserveCapacity(items.count)
        forEachElement(in: items, key: key) { decoder, element in
            if let item = decoder.decodeItem(element, as: Item.self) { decoded.append(item) }
        }
        return decoded
    }

    /// Takes over what a decoder of a later part of the file found.
    private mutating func absorb(_ other: CanvasDecoder) {
        diagnostics += other.diagnostics
        refusedIdentifiers.formUnion(other.refusedIdentifiers)
        skippedAnItem = skippedAnItem || other.skippedAnItem
    }
}
