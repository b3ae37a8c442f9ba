/// One thing a canvas holds that a walk visits: a block item, or a persona, point
/// or remedy inside one, with what visitors ask of it and where it stands.
public struct CanvasElement: Sendable {
    public let block: Block
    /// The key of the list the element is in: the block's key for a block item,
    /// `personas`, `pains`, `pain-relievers`... for the others.
    public let listKey: String
    /// The kind of element: a segment, a persona, a pain, a pain reliever...
    public let kind: ItemKind
    /// The id it is referred to by, if it has one.
    public let id: String?
    /// Whether that id is derived from the name.
    public let isDerivedID: Bool
    /// An item's or persona's name, a point's or remedy's text.
    public let title: String
    public let span: SourceSpan
    /// The block item the element is in (itself for a block item), and its name.
    public let itemID: String
    public let itemTitle: String
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
    mutating func visitBlock(_ block: Block, itemCount: Int)
    /// An element, before the elements nested in it.
    mutating func visitElement(_ element: CanvasElement)
    /// A reference held by an element's field, and the kinds it may name there.
    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement)
    /// Whether the walk goes through the references (`true` unless a visitor says
    /// otherwise): one that only looks at elements spares the walk the reference
    /// fields, a third of its work on a canvas with many.
    static var visitsReferences: Bool { get }
}

extension CanvasVisitor {
    public mutating func visitBlock(_ block: Block, itemCount: Int) {}
    public mutating func visitElement(_ element: CanvasElement) {}
    public mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind],
                                        from element: CanvasElement) {}
    public static var visitsReferences: Bool { true }
}

/// The one walk through a canvas: the blocks in canonical order (`Block`), each
/// block's items in file order, and inside each, in the schema's field order, its
/// references and its nested personas, points and remedies. The schema says which
/// fields hold references and nested items, so a field added to the schema is
/// walked, resolved and drawn without a line elsewhere.
public enum CanvasWalker {
    public static func walk<Visitor: CanvasVisitor>(_ canvas: Canvas, with visitor: inout Visitor) {
        // The schema's fields walk their nested items with the visitor as an
        // existential: a closure cannot be generic over the visitor's type.
        var walking: any CanvasVisitor = visitor
        defer { visitor = walking as! Visitor }
        for block in Block.allCases {
            block.walkItems(of: canvas, with: &walking)
        }
    }

    /// Walks a block item.
    static func walk<Item: BlockItem>(blockItem item: Item, of block: Block, with visitor: inout any CanvasVisitor) {
        let element = CanvasElement(
            block: block, listKey: block.key, kind: Item.kind, id: item.referenceID, isDerivedID: !item.hasExplicitID,
            title: item.name, span: item.span, itemID: item.id, itemTitle: item.name,
            segmentID: block == .customerSegments ? item.id : nil, personaID: nil)
        walk(item, as: element, with: &visitor)
    }

    /// Walks an element nested in `parent`'s list `list`.
    static func walk<Item: SchemaItem>(_ item: Item, in parent: CanvasElement, list: String, with visitor: inout any CanvasVisitor) {
        let element = CanvasElement(
            block: parent.block, listKey: list, kind: item.elementKind ?? parent.kind, id: item.referenceID,
            isDerivedID: item.referenceID != nil && !item.hasWrittenID, title: item.title, span: item.span,
            itemID: parent.itemID, itemTitle: parent.itemTitle, segmentID: parent.segmentID,
            personaID: parent.kind == .persona ? parent.id : parent.personaID)
        walk(item, as: element, with: &visitor)
    }

    private static func walk<Item: SchemaItem>(_ item: Item, as element: CanvasElement, with visitor: inout any CanvasVisitor) {
        visitor.visitElement(element)
        let visitsReferences = type(of: visitor).visitsReferences
        // By index, reading each field in place: most fields hold neither
        // references nor nested items, and a loop over copies would count a
        // reference to every field of every element.
        let fields = Item.fields
        for index in fields.indices {
            if visitsReferences, let references = fields[index].references {
                let held = references(item)
                if !held.isEmpty {
                    let schema = fields[index].schema
                    let kinds = item.acceptedKinds(in: schema, declared: fields[index].referenceKinds)
                    for reference in held {
                        visitor.visitReference(reference, field: schema, kinds: kinds, from: element)
                    }
                }
            }
            fields[index].walk?(item, element, &visitor)
        }
    }
}
