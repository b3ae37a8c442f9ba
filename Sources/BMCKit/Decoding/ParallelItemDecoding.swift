import Dispatch

/// Long lists of items (the blocks of a large canvas) are decoded in parts, one
/// per core: items are independent of each other, and the tree is only read.
extension CanvasDecoder {
    /// Below this many items a list is decoded on the calling thread: handing
    /// work to another core costs more than a short list takes.
    static let itemsPerPart = 128

    /// Reads a list field of items of `Item`'s kind, in order.
    mutating func items<Item: SchemaItem>(_ node: NodeID, key: String, as type: Item.Type) -> [Item] {
        guard let sequence = sequence(node, key: key) else { return [] }
        let items = sequence.first..<sequence.first + sequence.count
        let partCount = min(ProcessorCount.online, items.count / CanvasDecoder.itemsPerPart)
        guard partCount > 1 else { return decodeItems(in: items, key: key) }
        let partSize = (items.count + partCount - 1) / partCount
        let results = ResultSlots<(items: [Item], decoder: CanvasDecoder)>(count: partCount)
        let parent = CanvasDecoder(storage: storage, keepsFreeText: keepsFreeText)
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            let start = items.lowerBound + NodeID(part * partSize)
            let end = min(items.upperBound, start + NodeID(partSize))
            var decoder = parent
            let decoded = decoder.decodeItems(in: start..<end, key: key, as: Item.self)
            results[part] = (decoded, decoder)
        }
        var decoded: [Item] = []
        decoded.reserveCapacity(items.count)
        for (partItems, partDecoder) in results.values {
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
