/// A Swift model type described by the schema: the canvas, a block item, a persona,
/// a point or a remedy. Its `fields` are the one description of its keys: their
/// canonical order, types, whether they are required, what they mean, how each is
/// read into the Swift value and written out as JSON, and which references and
/// nested items it holds (what `CanvasWalker` walks).
public protocol SchemaItem: Sendable {
    /// An empty value for the decoder to fill in field by field.
    init()
    static var fields: [Field<Self>] { get }
    /// `fields` as schema data, for the formatter, the JSON Schema and the docs.
    static var itemSchema: ItemSchema { get }
    /// Where the item was written (ignored by `==`).
    var span: SourceSpan { get set }
    /// The kind of element this is (a segment, a persona, a pain...); `nil` for the canvas.
    var elementKind: ItemKind? { get }
    /// The id other items refer to this one by, if it has one.
    var referenceID: String? { get }
    /// Whether that id is written in the file (rather than derived from the name).
    var hasWrittenID: Bool { get }
    /// What the element is called: an item's or persona's name, a point's text.
    var title: String { get }
    /// The kinds a reference field of this item may name: those the schema
    /// declares, unless the item narrows them (a pain reliever addresses pains).
    func acceptedKinds(in field: FieldSchema, declared: [ItemKind]) -> [ItemKind]
    /// Runs after every field is decoded: derived ids and checks that span fields.
    mutating func finishDecoding(_ decoder: inout CanvasDecoder)
}

extension SchemaItem {
    public mutating func finishDecoding(_ decoder: inout CanvasDecoder) {}

    public func acceptedKinds(in field: FieldSchema, declared: [ItemKind]) -> [ItemKind] { declared }

    /// Builds the schema data of a kind from its fields.
    static func describe(_ name: String, _ summary: String) -> ItemSchema {
        ItemSchema(name: name, summary: summary, fields: fields.map(\.schema))
    }

    /// The id and the kind it names, if the element has an id.
    public var identity: (id: String, kind: ItemKind)? {
        guard let id = referenceID, let kind = elementKind else { return nil }
        return (id, kind)
    }

    /// The item as JSON: keys in schema order, absent fields and empty lists left out.
    public var json: JSONValue {
        .object(Self.fields.compactMap { field in field.encode(self).map { JSONMember(field.schema.key, $0) } })
    }

}

/// A block item or a persona: something with a name that always has an id, written
/// or derived from the name.
public protocol IdentifiedItem: SchemaItem {
    static var kind: ItemKind { get }
    /// The item's id, as written or derived from `name`.
    var id: String { get set }
    /// `true` when the file gives the id; `false` when it was derived.
    var hasExplicitID: Bool { get set }
    var name: String { get set }
}

extension IdentifiedItem {
    public var elementKind: ItemKind? { Self.kind }
    public var referenceID: String? { id.isEmpty ? nil : id }
    public var hasWrittenID: Bool { hasExplicitID }
    public var title: String { name }

    public mutating func finishDecoding(_ decoder: inout CanvasDecoder) {
        decoder.deriveIdentifier(of: &self)
    }

    /// Where to point at the item: its explicit id, or else its name.
    public var labelRange: SourceRange { span.label }
}

/// An item of one of the nine blocks.
public protocol BlockItem: IdentifiedItem {}

/// A point or a remedy: written either as a text or as a mapping with `text`.
public protocol TextOrItem: SchemaItem {
    associatedtype Role: Sendable
    init(text: String, span: SourceSpan)
    var text: String { get }
    /// Which list the value was written in (job, pain or gain; reliever or creator).
    var role: Role { get set }
    /// The id that remedies (or the diff) refer to it by, if it has one.
    var id: String? { get }
    /// The kind its id names, from its role.
    var kind: ItemKind { get }
    /// Whether the value has nothing but its text, so JSON writes it as a plain
    /// string, as the file may.
    var isPlainText: Bool { get }
}

extension TextOrItem {
    public var elementKind: ItemKind? { kind }
    public var referenceID: String? { id }
    public var hasWrittenID: Bool { id != nil }
    public var title: String { text }
}

/// A reference to an id elsewhere in the canvas. `==` compares ids only.
public struct Reference: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var id: String
    /// Where the id was written.
    public var range: SourceRange

    public init(_ id: String, range: SourceRange = .point(0)) {
        self.id = id
        self.range = range
    }

    public var description: String { id }

    public static func == (lhs: Reference, rhs: Reference) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
