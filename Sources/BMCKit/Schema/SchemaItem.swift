/// A Swift model type described by the schema: the canvas, a block item, a persona,
/// a point or a remedy. Its `fields` are the one description of its keys: their
/// canonical order, types, whether they are required, what they mean, and how each
/// is read into and written out of the Swift value.
public protocol SchemaItem: Sendable {
    /// An empty value for the decoder to fill in field by field.
    init()
    static var fields: [Field<Self>] { get }
    /// The fields as `fields` lists them, made anew at each call: every copy has
    /// closures of its own.
    static func makeFields() -> [Field<Self>]
    /// A copy of `fields` for each part of a long list decoded side by side (see
    /// `ListParts`), from `makeFieldCopies()`. Calling a field's closure retains
    /// it, and with one copy for all, every core decoding items changed the
    /// reference counts of the same closures: a tenth of a check's time went to
    /// passing their cache lines between the cores.
    static var fieldCopies: [[Field<Self>]] { get }
    /// `fields` as schema data, for the formatter, the JSON Schema and the docs.
    static var itemSchema: ItemSchema { get }
    /// Where the item was written (ignored by `==`).
    var origin: SourceOrigin { get set }
    /// Runs after every field is decoded: derived ids and checks that span fields.
    mutating func finishDecoding(_ decoder: inout CanvasDecoder)
}

extension SchemaItem {
    public mutating func finishDecoding(_ decoder: inout CanvasDecoder) {}

    /// One copy of the fields for each part a list may be shared out in.
    public static func makeFieldCopies() -> [[Field<Self>]] {
        (0..<ListParts.maximumCount).map { _ in makeFields() }
    }

    /// The fields a decoder or writer of part `copy` of a long list works with:
    /// that part's copy, or `fields` outside the parts (`nil`).
    static func fields(copy: Int?) -> [Field<Self>] {
        copy.map { fieldCopies[$0] } ?? fields
    }

    /// Builds the schema data of a kind from its fields.
    static func describe(_ name: String, _ summary: String) -> ItemSchema {
        ItemSchema(name: name, summary: summary, fields: fields.map(\.schema))
    }

    /// The item as JSON: keys in schema order, absent fields left out.
    public var json: JSONValue {
        var writer = JSONWriter(.value)
        write(to: &writer)
        return writer.value
    }

    /// Writes the item as `json` describes it.
    func write(to writer: inout JSONWriter) {
        withUnsafePointer(to: self) { Self.write($0, to: &writer) }
    }

    /// Writes the item at `item`. The fields read it in place: a copy of an item
    /// retains every string and list in it (see `StoredProperty.get`).
    static func write(_ item: UnsafePointer<Self>, to writer: inout JSONWriter) {
        writer.beginObject()
        // By index: a copy of each `Field` would retain its strings and closures.
        let fields = Self.fields(copy: writer.fieldCopy)
        fields.withUnsafeBufferPointer { fields in
            for index in fields.indices { fields[index].encode(item, &writer) }
        }
        writer.endObject()
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
    public mutating func finishDecoding(_ decoder: inout CanvasDecoder) {
        decoder.deriveIdentifier(of: &self)
    }
}

/// Where a model value was written: the mapping node it came from. `==` ignores
/// it, so two canvases that mean the same compare equal however they are laid out.
public struct SourceOrigin: Sendable, Equatable {
    /// The node the item was read from (`nil` for items made in code).
    public var node: Node?

    public init(node: Node? = nil) {
        self.node = node
    }

    /// The range of the whole item.
    public var range: SourceRange { node?.range ?? .point(0) }

    /// The range of a key's value, or of the whole item when the key is absent.
    public func range(of key: String) -> SourceRange {
        node?.mapping?.first(key: key)?.value.range ?? range
    }

    /// The range of a key itself, or of the whole item when the key is absent.
    public func keyRange(of key: String) -> SourceRange {
        node?.mapping?.first(key: key)?.keyRange ?? range
    }

    /// Whether the item's mapping has the key, even with an empty value.
    func has(_ key: String) -> Bool {
        node?.mapping?.first(key: key) != nil
    }

    public static func == (lhs: SourceOrigin, rhs: SourceOrigin) -> Bool { true }
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
