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
        // What each part's decoder starts from; the parts cannot capture `self`.
        let (storage, keepsFreeText, fieldCopy) = (storage, keepsFreeText, fieldCopy)
        return [Item](unsafeUninitializedCapacity: items.count) { buffer, count in
            nonisolated(unsafe) let buffer = buffer
            let parts = ListParts.inParallel(items.count) { part, number in
                // A handle on the document and a copy of the fields of its own
                // (a list inside a part keeps the part's): no reference count
                // that one part changes is changed by another at the same time.
                var decoder = CanvasDecoder(storage: storage.handleForOneCore(), keepsFreeText: keepsFreeText)
                decoder.fieldCopy = fieldCopy ?? number
                let end = decoder.decode(part, of: items, key: key, into: buffer)
                return (decoded: part.lowerBound..<end, decoder: decoder)
            }
            guard let parts else {
                count = decode(0..<items.count, of: items, key: key, into: buffer)
                return
            }
            // Items an error left out leave gaps: close them, in order.
            for (stretch, decoder) in parts {
                (buffer.baseAddress! + count).moveInitialize(from: buffer.baseAddress! + stretch.lowerBound,
                                                             count: stretch.count)
                count += stretch.count
                absorb(decoder)
            }
        }
    }

    /// Decodes the items at `positions` of the list `items` into `buffer`, from
    /// the first position on, one slot per item decoded (none for an item an error
    /// leaves out), and gives the position after the last one written. Parts
    /// decoded side by side write disjoint slots.
    private mutating func decode<Item: SchemaItem>(_ positions: Range<Int>, of items: Range<NodeID>, key: String,
                                                   into buffer: UnsafeMutableBufferPointer<Item>) -> Int {
        let nodes = items.lowerBound + NodeID(positions.lowerBound)..<items.lowerBound + NodeID(positions.upperBound)
        var next = positions.lowerBound
        forEachElement(in: nodes, key: key) { decoder, element in
            guard let item = decoder.decodeItem(element, as: Item.self) else { return }
            (buffer.baseAddress! + next).initialize(to: item)
            next += 1
        }
        return next
    }

    /// Takes over what a decoder of a later part of the file found.
    private mutating func absorb(_ other: CanvasDecoder) {
        diagnostics += other.diagnostics
        refusedIdentifiers.formUnion(other.refusedIdentifiers)
        skippedAnItem = skippedAnItem || other.skippedAnItem
    }
}
