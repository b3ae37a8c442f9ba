#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One field of a model type: its schema data, and how its value is decoded from
/// the document into the Swift property and encoded back to JSON. Each constructor
/// below pairs a `ValueType` with the Swift type that holds it, so the two cannot
/// disagree.
public struct Field<Item>: Sendable {
    public let schema: FieldSchema
    /// Reads the field's value node into the item.
    let decode: @Sendable (inout Item, NodeID, inout CanvasDecoder) -> Void
    /// Writes the field's key and value, or nothing when the value is absent.
    let encode: @Sendable (UnsafePointer<Item>, inout JSONWriter) -> Void

    init(_ key: String, _ type: ValueType, required: Bool = false, _ summary: String,
         decode: @escaping @Sendable (inout Item, NodeID, inout CanvasDecoder) -> Void,
         encode: @escaping @Sendable (UnsafePointer<Item>, inout JSONWriter) -> Void) {
        self.schema = FieldSchema(key: key, type: type, isRequired: required, summary: summary)
        self.decode = decode
        self.encode = encode
    }
}

/// The stored property of a model type that a field reads and writes, written as a
/// key path literal (`\.segments`). Only its offset is kept (`StoredProperty`).
public typealias Property<Item, Value> = WritableKeyPath<Item, Value>

// Every constructor that takes a `Property` is `@inline(__always)`: only when the
// literal reaches `StoredProperty.init` inlined does the optimizer fold it into an
// offset; a constructor left out of line makes its key path objects at start-up
// again (callgrind on a small `check` shows `swift_getKeyPath` when it happens).
extension Field {
    // MARK: Scalars

    /// Free text: kept only when the decoding scope keeps free text.
    @inline(__always)
    static func text(_ key: String, _ path: Property<Item, String?>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .text, summary,
                     decode: { item, node, decoder in
                         guard decoder.keepsFreeText else { return decoder.checkText(node, key: key) }
                         property.set(&item, decoder.text(node, key: key))
                     },
                     encode: { item, writer in writer.member(key, property.get(item).map(JSONValue.string)) })
    }

    /// Required free text (the canvas's name, a point's text).
    @inline(__always)
    static func requiredText(_ key: String, _ path: Property<Item, String>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .text, required: true, summary,
                     decode: { item, node, decoder in
                         guard decoder.keepsFreeText else { return decoder.checkText(node, key: key) }
                         property.set(&item, decoder.text(node, key: key) ?? "")
                     },
                     encode: { item, writer in writer.member(key, .string(property.get(item))) })
    }

    /// The `name` of an item. Free text, but an id may be derived from it: when the
    /// scope leaves free text out, `deriveIdentifier` reads it from the file, for
    /// the items that have no explicit id.
    static func name(_ summary: String) -> Field where Item: IdentifiedItem {
        Field("name", .text, required: true, summary,
              decode: { item, node, decoder in
                  guard decoder.keepsFreeText else { return decoder.checkText(node, key: "name") }
                  item.name = decoder.text(node, key: "name") ?? ""
              },
              encode: { item, writer in writer.member("name", .string(item.pointee.name)) })
    }

    @inline(__always)
    static func integer(_ key: String, _ path: Property<Item, Int?>, minimum: Int, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .integer(minimum: minimum), summary,
                     decode: { item, node, decoder in property.set(&item, decoder.integer(node, key: key, minimum: minimum)) },
                     encode: { item, writer in writer.member(key, property.get(item).map(JSONValue.integer)) })
    }

    @inline(__always)
    static func decimal(_ key: String, _ path: Property<Item, Decimal?>, minimum: Int, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .decimal(minimum: minimum), summary,
                     decode: { item, node, decoder in property.set(&item, decoder.decimal(node, key: key, minimum: minimum)) },
                     encode: { item, writer in writer.member(key, property.get(item).map { JSONValue.number($0.canonicalText) }) })
    }

    @inline(__always)
    static func boolean(_ key: String, _ path: Property<Item, Bool?>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .boolean, summary,
                     decode: { item, node, decoder in property.set(&item, decoder.boolean(node, key: key)) },
                     encode: { item, writer in writer.member(key, property.get(item).map(JSONValue.bool)) })
    }

    @inline(__always)
    static func date(_ key: String, _ path: Property<Item, CanvasDate?>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .date, summary,
                     decode: { item, node, decoder in property.set(&item, decoder.date(node, key: key)) },
                     encode: { item, writer in writer.member(key, property.get(item).map { JSONValue.string($0.description) }) })
    }

    @inline(__always)
    static func duration(_ key: String, _ path: Property<Item, Duration?>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .duration, summary,
                     decode: { item, node, decoder in property.set(&item, decoder.duration(node, key: key)) },
                     encode: { item, writer in writer.member(key, property.get(item).map { JSONValue.string($0.description) }) })
    }

    @inline(__always)
    static func currency(_ key: String, _ path: Property<Item, String?>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .currency, summary,
                     decode: { item, node, decoder in property.set(&item, decoder.currency(node, key: key)) },
                     encode: { item, writer in writer.member(key, property.get(item).map(JSONValue.string)) })
    }

    @inline(__always)
    static func word<Word: SchemaEnum>(_ key: String, _ path: Property<Item, Word?>, noun: String? = nil,
                                       _ summary: String) -> Field {
        let property = StoredProperty(path)
        var schema = Word.schema
        schema.noun = noun ?? schema.noun
        let enumSchema = schema
        return Field(key, .enumeration(enumSchema), summary,
                     decode: { item, node, decoder in
                         property.set(&item, decoder.word(node, key: key, schema: enumSchema).map(Word.caseAt))
                     },
                     encode: { item, writer in writer.member(key, property.get(item).map { JSONValue.string($0.rawValue) }) })
    }

    /// The `id` of an item that always has one (explicit or derived).
    static func identifier(_ summary: String) -> Field where Item: IdentifiedItem {
        Field("id", .identifier, summary,
              decode: { item, node, decoder in
                  if let id = decoder.identifier(node, key: "id") {
                      item.id = id
                      item.hasExplicitID = true
                  }
              },
              encode: { item, writer in writer.member("id", .string(item.pointee.id)) })
    }

    /// The optional `id` of a point or remedy.
    @inline(__always)
    static func optionalIdentifier(_ path: Property<Item, String?>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field("id", .identifier, summary,
                     decode: { item, node, decoder in property.set(&item, decoder.identifier(node, key: "id")) },
                     encode: { item, writer in writer.member("id", property.get(item).map(JSONValue.string)) })
    }

    // MARK: Lists

    /// A list of free text: kept only when the decoding scope keeps free text.
    @inline(__always)
    static func texts(_ key: String, _ path: Property<Item, [String]>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .list(.text), summary,
                     decode: { item, node, decoder in
                         guard decoder.keepsFreeText else {
                             return decoder.forEachElement(of: node, key: key) { decoder, element, _ in
                                 decoder.checkText(element, key: key)
                             }
                         }
                         property.set(&item, decoder.list(node, key: key) { decoder, element in decoder.text(element, key: key) })
                     },
                     encode: { item, writer in
                         writer.member(key, list: property.get(item)) { writer, text in writer.value(.string(text.pointee)) }
                     })
    }

    @inline(__always)
    static func words<Word: SchemaEnum>(_ key: String, _ path: Property<Item, [Word]>, noun: String? = nil,
                                        _ summary: String) -> Field {
        let property = StoredProperty(path)
        var schema = Word.schema
        schema.noun = noun ?? schema.noun
        let enumSchema = schema
        return Field(key, .list(.enumeration(enumSchema)), summary,
                     decode: { item, node, decoder in
                         property.set(&item, decoder.list(node, key: key) { decoder, element in
                             decoder.word(element, key: key, schema: enumSchema).map(Word.caseAt)
                         })
                     },
                     encode: { item, writer in
                         writer.member(key, list: property.get(item)) { writer, word in writer.value(.string(word.pointee.rawValue)) }
                     })
    }

    @inline(__always)
    static func references(_ key: String, _ path: Property<Item, [Reference]>, to kinds: [ItemKind],
                           _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .list(.reference(to: kinds)), summary,
                     decode: { item, node, decoder in
                         property.set(&item, decoder.list(node, key: key) { decoder, element in
                             decoder.identifier(element, key: key).map { Reference($0, range: decoder.record(element).range) }
                         })
                     },
                     encode: { item, writer in
                         writer.member(key, list: property.get(item)) { writer, reference in writer.value(.string(reference.pointee.id)) }
                     })
    }

    /// A list of nested items of their own kind (personas).
    @inline(__always)
    static func items<Nested: SchemaItem>(_ key: String, _ path: Property<Item, [Nested]>, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .list(.item(Nested.itemSchema)), summary,
                     decode: { item, node, decoder in
                         property.set(&item, decoder.items(node, key: key, as: Nested.self))
                     },
                     encode: { item, writer in
                         writer.member(key, list: property.get(item)) { writer, nested in Nested.write(nested, to: &writer) }
                     })
    }

    /// A list of points or remedies: each a text, or a mapping with a `text` field.
    @inline(__always)
    static func textsOrItems<Nested: TextOrItem>(_ key: String, _ path: Property<Item, [Nested]>,
                                                 role: Nested.Role, _ summary: String) -> Field {
        let property = StoredProperty(path)
        return Field(key, .list(.textOrItem(Nested.itemSchema)), summary,
                     decode: { item, node, decoder in
                         guard decoder.keepsFreeText else {
                             return property.set(&item, decoder.mappingsOnly(node, key: key, as: Nested.self, role: role))
                         }
                         property.set(&item, decoder.list(node, key: key) { decoder, element -> Nested? in
                             var nested: Nested?
                             if decoder.record(element).shape == .scalar {
                                 nested = decoder.text(element, key: key).map {
                                     Nested(text: $0, origin: SourceOrigin(node: decoder.view(element)))
                                 }
                             } else {
                                 nested = decoder.decodeItem(element, as: Nested.self)
                             }
                             nested?.role = role
                             return nested
                         })
                     },
                     encode: { item, writer in
                         writer.member(key, list: property.get(item)) { writer, nested in
                             nested.pointee.isPlainText ? writer.value(.string(nested.pointee.text)) : Nested.write(nested, to: &writer)
                         }
                     })
    }
}

/// A point or a remedy: written either as a text or as a mapping with `text`.
public protocol TextOrItem: SchemaItem {
    associatedtype Role: Sendable
    init(text: String, origin: SourceOrigin)
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
