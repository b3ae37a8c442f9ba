/// One difference between two canvases, as `bmc diff` reports it.
///
/// Where it is: `block` and `id` name a block item (both `nil` for the canvas's own
/// fields, such as `version`); `nested` goes down from that item to a persona, a
/// point or a remedy inside it, one list key and element id per step; `field` is
/// the field that changed, for `changed` only. In JSON the place inside the item is
/// one path, `fieldPath`: each step written `list[id]`, then the field, joined by
/// `.`, as in `priority`, `personas[laura].quote` or
/// `personas[laura].pains[no-socket].text`.
///
/// What it is: `added` and `removed` concern the item (or the nested element the
/// last step names) as a whole, which they carry as the JSON export writes it in
/// `new` (added) or `old` (removed), so a reader learns what it is, not only its
/// id; `renamed` and `moved` carry the old and new id and
/// the old and new position (from 1) in `old` and `new`; `changed` carries the
/// field's old and new value as the JSON export writes them, `nil` when absent.
/// Points and remedies without an `id` cannot be followed from one version to the
/// next: they are elements of their list, like the texts of `needs`, and a change
/// among them is a `changed` of the list field whose `listEdit` says which
/// elements came and went.
public struct CanvasChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case added, removed, renamed, moved, changed
    }

    /// One step down into a list of personas, points or remedies.
    public struct Step: Sendable, Equatable {
        /// The key of the list: `personas`, `pains`, `pain-relievers`.
        public var list: String
        /// The id of the element in that list.
        public var id: String

        public init(_ list: String, _ id: String) {
            self.list = list
            self.id = id
        }
    }

    /// The block's key (`customer-segments`); `nil` for the canvas's own fields.
    public var block: String?
    /// The item's id, in the new canvas for a renamed item; `nil` for the canvas's own fields.
    public var id: String?
    public var kind: Kind
    /// From the item down to the nested element the change is about, if any.
    public var nested: [Step]
    /// The changed field of the item or nested element (`changed` only).
    public var field: String?
    public var old: JSONValue?
    public var new: JSONValue?
    /// For a changed list: which elements were added and removed.
    public var listEdit: ListEdit?

    public init(block: String?, id: String?, kind: Kind, nested: [Step] = [], field: String? = nil,
                old: JSONValue? = nil, new: JSONValue? = nil, listEdit: ListEdit? = nil) {
        self.block = block
        self.id = id
        self.kind = kind
        self.nested = nested
        self.field = field
        self.old = old
        self.new = new
        self.listEdit = listEdit
    }

    /// What an added or removed element is called: an item's or persona's name, a
    /// point's or remedy's text; `nil` for the other kinds of change.
    public var title: String? {
        let element: JSONValue?
        switch kind {
        case .added: element = new
        case .removed: element = old
        default: return nil
        }
        guard let element else { return nil }
        if case .string(let text) = element { return text }
        return (element.member("name") ?? element.member("text")).flatMap { value in
            if case .string(let text) = value { return text }
            return nil
        }
    }

    /// The place inside the item as one path (`personas[laura].quote`); for the
    /// canvas's own fields, the field's key; `nil` for a change of a whole block item.
    public var fieldPath: String? {
        var parts = nested.map { "\($0.list)[\($0.id)]" }
        if let field { parts.append(field) }
        return parts.isEmpty ? nil : parts.joined(separator: ".")
    }

    /// The schema type of `old` and `new` for a `changed`, found by walking the
    /// schema from the canvas down the block, the steps and the field.
    public var valueType: ValueType? {
        guard let field else { return nil }
        var schema = Canvas.itemSchema
        for key in (block.map { [$0] } ?? []) + nested.map(\.list) {
            guard let type = schema.field(key)?.type, let elementSchema = type.elementSchema else { return nil }
            schema = elementSchema
        }
        return schema.field(field)?.type
    }
}

extension ValueType {
    /// The schema of the elements of a list of items, points or remedies.
    var elementSchema: ItemSchema? {
        switch self {
        case .list(.item(let schema)), .list(.textOrItem(let schema)): return schema
        default: return nil
        }
    }
}
