/// Long lists of items (the blocks of a large canvas) are decoded in parts, shared
/// out between the cores (see `ListParts`): items are independent of each other,
/// and the tree is only read.
extension CanvasDecoder {
    /// Reads a list field of items of `Item`'s kind, in order.
    ///
    /// Each part decodes its items straight into its own stretch of the result,
    /// and the stretches are then moved together. Appending each part's array
    /// would copy every item, retaining each string and list in it, and free the
    /// part, releasing them again: two passes over every item on one core.
    mutating func items<Item: SchemaItem>(_ node: NodeID, key: String, as type: Item.Type) -> [Item] {
        guard let sequence = sequence(node, key: key) else { return [] }
        let items = sequence.first..<sequence.first + sequence.count
        guard ListParts.sharesOut(items.count) else { return decodeItems(in: items, key: key) }
        let parent = CanvasDecoder(storage: storage, keepsFreeText: keepsFreeText)
        var partDecoders: [(decoded: Range<Int>, decoder: CanvasDecoder)]?
        let decoded = [Item](unsafeUninitializedCapacity: items.count) { buffer, count in
            // Each part initializes slots from its first position on, one per
            // item it decodes, and no other part's.
            nonisolated(unsafe) let buffer = buffer
            partDecoders = ListParts.inParallel(items.count) { part in
                var decoder = parent
                let nodes = items.lowerBound + NodeID(part.lowerBound)..<items.lowerBound + NodeID(part.upperBound)
                var next = part.lowerBound
                decoder.forEachElement(in: nodes, key: key) { decoder, element in
                    guard let item = decoder.decodeItem(element, as: Item.self) else { return }
                    (buffer.baseAddress! + next).initialize(to: item)
                    next += 1
                }
                return (part.lowerBound..<next, decoder)
            }
            // Items an error left out leave gaps: close them, in order.
            for (stretch, _) in partDecoders ?? [] {
                (buffer.baseAddress! + count).moveInitialize(from: buffer.baseAddress! + stretch.lowerBound,
                                                             count: stretch.count)
                count += stretch.count
            }
        }
        guard let partDecoders else { return decodeItems(in: items, key: key) }
        for (_, partDecoder) in partDecoders { absorb(partDecoder) }
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
