/// One thing a canvas holds that a walk visits: a block item, or a persona, point
/// or remedy inside one, with where it stands.
public struct CanvasElement: Sendable {
    /// The item, persona, point or remedy.
    public let value: any SchemaItem
    public let block: Block
    /// The block item the element is in (the element itself for a block item).
    public let item: any BlockItem
    /// The key of the list the element is in: the block's key for a block item,
    /// `personas`, `pains`, `pain-relievers`... for the others.
    public let listKey: String
    /// The segment the element belongs to: the segment itself, its personas and
    /// points, and theirs; `nil` outside the customer segments.
    public let segmentID: String?
    /// The persona a point belongs to, if it is one of a persona's.
    public let personaID: String?

    /// Whether the element is one of the nine blocks' items.
    public var isBlockItem: Bool { listKey == block.key }
}

/// What each output does with the canvas as it is walked. Every method has a
/// default that does nothing, so a visitor says only what it needs.
public protocol CanvasVisitor {
    /// Before the items of a block (also for an empty block).
    mutating func visitBlock(_ block: Block, items: [any BlockItem])
    /// An element, before the elements nested in it.
    mutating func visitElement(_ element: CanvasElement)
    /// A reference held by an element's field, and the kinds it may name there.
    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement)
}

extension CanvasVisitor {
    public mutating func visitBlock(_ block: Block, items: [any BlockItem]) {}
    public mutating func visitElement(_ element: CanvasElement) {}
    public mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind],
                                        from element: CanvasElement) {}
}

/// The one walk through a canvas: the blocks in canonical order (`Block`), each
/// block's items in file order, and inside each, in the schema's field order, its
/// references and its nested personas, points and remedies. The schema says which
/// fields hold references and nested items, so a field added to the schema is
/// walked, resolved and drawn without a line elsewhere.
public enum CanvasWalker {
    public static func walk<Visitor: CanvasVisitor>(_ canvas: Canvas, with visitor: inout Visitor) {
        for block in Block.allCases {
            let items = block.items(of: canvas)
            visitor.visitBlock(block, items: items)
            for item in items {
                let segmentID = block == .customerSegments ? item.id : nil
                walk(CanvasElement(value: item, block: block, item: item, listKey: block.key, segmentID: segmentID,
                                   personaID: nil), with: &visitor)
            }
        }
    }

    private static func walk<Visitor: CanvasVisitor>(_ element: CanvasElement, with visitor: inout Visitor) {
        visitor.visitElement(element)
        element.value.forEachReferenceField { field, references in
            guard case .list(.reference(let declared)) = field.type else { return }
            let kinds = element.value.acceptedKinds(in: field, declared: declared)
            for reference in references {
                visitor.visitReference(reference, field: field, kinds: kinds, from: element)
            }
        }
        let personaID = (element.value as? Persona)?.id ?? element.personaID
        element.value.forEachNestedField { field, children in
            for child in children {
                walk(CanvasElement(value: child, block: element.block, item: element.item, listKey: field.key,
                                   segmentID: element.segmentID, personaID: personaID), with: &visitor)
            }
        }
    }
}
