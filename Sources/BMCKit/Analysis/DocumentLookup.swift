/// What stands at one place of a document, and what the schema says of it: the
/// answer to "what is at this offset", which hover, completion, navigation and
/// rename in an editor all start from.
public struct DocumentLocation: Sendable {
    public enum Part: Sendable, Equatable {
        /// The key of an entry (`type` in `type: personal`).
        case key
        /// The value of an entry, a scalar or an empty one.
        case value
        /// An element of a list, a scalar (`shops` in `segments: [shops]`).
        case element
    }

    public var part: Part
    /// The range of the key, value or element itself.
    public var range: SourceRange
    /// The key of the entry, or of the list the element is in; `nil` for the root.
    public var key: String?
    /// The field the key names in the schema of its mapping, if the schema knows it.
    public var field: FieldSchema?
    /// The type of the value there: the field's type, or for a list element the
    /// type of the list's elements.
    public var type: ValueType?
    /// The schema of the mapping the entry (or the list) is in: `Segment`, `Canvas`...
    public var itemSchema: ItemSchema?
    /// The range of that mapping: the item, persona, point or remedy it is.
    public var itemRange: SourceRange?
    /// The block it is in, if any.
    public var block: Block?
    /// The scalar's text, for a value or element that is one.
    public var text: String?
}

extension Document {
    /// What is at `offset`: the innermost key, value or list element whose range
    /// holds it (or ends there, as a cursor just after a word does), or `nil`
    /// between them.
    public func location(at offset: Int) -> DocumentLocation? {
        guard let root, root.range.touches(offset) || root.mapping != nil else { return nil }
        return DocumentWalk(offset: offset).visit(root, schema: Canvas.itemSchema, itemRange: root.range, block: nil)
    }
}

extension CanvasAnalysis {
    /// What is at `offset` in the document (see `Document.location(at:)`).
    public func location(at offset: Int) -> DocumentLocation? { document.location(at: offset) }

    /// The definition whose id (or, derived, whose name) is at `offset`.
    public func definition(at offset: Int) -> IdentifierIndex.Definition? {
        index.definitions.first { $0.range.touches(offset) }
    }

    /// Every reference of the canvas, in the order of the walk.
    public var uses: [IdentifierIndex.Use] { canvas.map(IdentifierIndex.uses(in:)) ?? [] }

    /// Every reference to `id`, in the order of the file.
    public func uses(of id: String) -> [IdentifierIndex.Use] {
        uses.filter { $0.id == id }.sorted { $0.range.start < $1.range.start }
    }

    /// The reference at `offset`.
    public func use(at offset: Int) -> IdentifierIndex.Use? {
        uses.first { $0.range.touches(offset) }
    }
}

/// The descent from the root to the node at an offset, with the schema beside it.
private struct DocumentWalk {
    let offset: Int

    func visit(_ node: Node, schema: ItemSchema?, itemRange: SourceRange, block: Block?) -> DocumentLocation? {
        guard let entries = node.mapping else { return nil }
        for entry in entries {
            let field = schema?.field(entry.key)
            let entryBlock = block ?? (schema === Canvas.itemSchema ? Block(key: entry.key) : nil)
            var location = DocumentLocation(part: .key, range: entry.keyRange, key: entry.key, field: field,
                                            type: field?.type, itemSchema: schema, itemRange: itemRange,
                                            block: entryBlock, text: nil)
            if entry.keyRange.touches(offset) { return location }
            let value = entry.value
            guard value.range.touches(offset) || (value.isEmpty && value.range.start == offset) else { continue }
            switch value.kind {
            case .scalar(let scalar):
                location.part = .value
                location.range = value.range
                location.text = scalar.value
                return location
            case .mapping:
                return visit(value, schema: field?.type.nestedSchema, itemRange: value.range, block: entryBlock)
            case .sequence(let items):
                return visit(items, of: location)
            }
        }
        return nil
    }

    /// The element of a list at the offset, or the location inside it.
    private func visit(_ items: SequenceItems, of list: DocumentLocation) -> DocumentLocation? {
        let elementType = list.type.map(\.elementType)
        for item in items where item.value.range.touches(offset) {
            let value = item.value
            if let scalar = value.scalar {
                var location = list
                location.part = .element
                location.range = value.range
                location.type = elementType
                location.text = scalar.value
                return location
            }
            if value.mapping != nil {
                return visit(value, schema: elementType?.nestedSchema, itemRange: value.range, block: list.block)
            }
            if let nested = value.sequence {
                return visit(nested, of: list)
            }
        }
        return nil
    }
}
