#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One field of a model type: its schema data, and how its value is read from the
/// document into the Swift property, written out as JSON, and walked. Each
/// constructor below pairs a `ValueType` with the Swift type that holds it and the
/// property (a key path), so the three cannot disagree. A class: the decoder and
/// the walk take a field out of its list for every entry and element, and a
/// reference is one count to keep where a copy would be one for each closure.
public final class Field<Item: SchemaItem>: Sendable {
    public let schema: FieldSchema
    /// Reads the field's value node into the item.
    let decode: @Sendable (inout Item, NodeID, inout CanvasDecoder) -> Void
    /// The field's value as the JSON export writes it, `nil` when absent (an empty
    /// list is absent too: it means the same as none).
    let encode: @Sendable (Item) -> JSONValue?
    /// For a list of references: the references the item holds, and the kinds
    /// the schema declares they may name.
    let references: (@Sendable (Item) -> [Reference])?
    let referenceKinds: [ItemKind]
    /// For a list of personas, points or remedies: walks the items it holds, as
    /// elements of `parent` (see `CanvasWalker`).
    let walk: (@Sendable (Item, CanvasElement, inout any CanvasVisitor) -> Void)?

    init(_ key: String, _ type: ValueType, required: Bool = false, _ summary: String,
         decode: @escaping @Sendable (inout Item, NodeID, inout CanvasDecoder) -> Void,
         encode: @escaping @Sendable (Item) -> JSONValue?,
         references: (@Sendable (Item) -> [Reference])? = nil,
         walk: (@Sendable (Item, CanvasElement, inout any CanvasVisitor) -> Void)? = nil) {
        self.schema = FieldSchema(key: key, type: type, isRequired: required, summary: summary)
        self.decode = decode
        self.encode = encode
        self.references = references
        if case .list(.reference(let kinds)) = type { referenceKinds = kinds } else { referenceKinds = [] }
        self.walk = walk
    }
}

/// The stored property of a model type that a field reads and writes, written as a
/// key path literal (`\.segments`).
public typealias Property<Item, Value> = WritableKeyPath<Item, Value> & Sendable

extension Field {
    // MARK: Scalars

    /// Free text.
    static func text(_ key: String, _ path: Property<Item, String?>, _ summary: String) -> Field {
        Field(key, .text, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.freeText(node, key: key) },
              encode: { item in item[keyPath: path].map(JSONValue.string) })
    }

    /// Required free text (the canvas's name, a point's text, an item's name).
    static func requiredText(_ key: String, _ path: Property<Item, String>, _ summary: String) -> Field {
        Field(key, .text, required: true, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.freeText(node, key: key) ?? "" },
              encode: { item in .string(item[keyPath: path]) })
    }

    static func integer(_ key: String, _ path: Property<Item, Int?>, minimum: Int, _ summary: String) -> Field {
        Field(key, .integer(minimum: minimum), summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.integer(node, key: key, minimum: minimum) },
              encode: { item in item[keyPath: path].map(JSONValue.integer) })
    }

    static func decimal(_ key: String, _ path: Property<Item, Decimal?>, minimum: Int, _ summary: String) -> Field {
        Field(key, .decimal(minimum: minimum), summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.decimal(node, key: key, minimum: minimum) },
              encode: { item in item[keyPath: path].map { JSONValue.number($0.canonicalText) } })
    }

    static func boolean(_ key: String, _ path: Property<Item, Bool?>, _ summary: String) -> Field {
        Field(key, .boolean, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.boolean(node, key: key) },
              encode: { item in item[keyPath: path].map(JSONValue.bool) })
    }

    static func date(_ key: String, _ path: Property<Item, CanvasDate?>, _ summary: String) -> Field {
        Field(key, .date, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.date(node, key: key) },
              encode: { item in item[keyPath: path].map { JSONValue.string($0.description) } })
    }

    static func duration(_ key: String, _ path: Property<Item, Duration?>, _ summary: String) -> Field {
        Field(key, .duration, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.duration(node, key: key) },
              encode: { item in item[keyPath: path].map { JSONValue.string($0.description) } })
    }

    static func volume(_ key: String, _ path: Property<Item, SalesVolume?>, _ summary: String) -> Field {
        Field(key, .volume, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.volume(node, key: key) },
              encode: { item in
                  item[keyPath: path].map { $0.isRate ? JSONValue.string($0.description) : JSONValue.integer($0.count) }
              })
    }

    static func currency(_ key: String, _ path: Property<Item, String?>, _ summary: String) -> Field {
        Field(key, .currency, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.currency(node, key: key) },
              encode: { item in item[keyPath: path].map(JSONValue.string) })
    }

    /// One word of an enumeration; `noun` names it in messages when the
    /// enumeration's own noun does not fit the field (a segment's `fit` is a level).
    static func word<Word: SchemaEnum>(_ key: String, _ path: Property<Item, Word?>, noun: String? = nil,
                                       _ summary: String) -> Field {
        var schema = Word.schema
        schema.noun = noun ?? schema.noun
        let enumSchema = schema
        return Field(key, .enumeration(enumSchema), summary,
                     decode: { item, node, decoder in
                         item[keyPath: path] = decoder.word(node, key: key, schema: enumSchema).map(Word.caseAt)
                     },
                     encode: { item in item[keyPath: path].map { JSONValue.string($0.rawValue) } })
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
              encode: { item in .string(item.id) })
    }

    /// The optional `id` of a point or remedy.
    static func optionalIdentifier(_ path: Property<Item, String?>, _ summary: String) -> Field {
        Field("id", .identifier, summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.identifier(node, key: "id") },
              encode: { item in item[keyPath: path].map(JSONValue.string) })
    }

    // MARK: Lists

    /// A list of free text.
    static func texts(_ key: String, _ path: Property<Item, [String]>, _ summary: String) -> Field {
        Field(key, .list(.text), summary,
              decode: { item, node, decoder in
                  item[keyPath: path] = decoder.list(node, key: key) { decoder, element in decoder.freeText(element, key: key) }
              },
              encode: { item in list(item[keyPath: path].map(JSONValue.string)) })
    }

    static func words<Word: SchemaEnum>(_ key: String, _ path: Property<Item, [Word]>, _ summary: String) -> Field {
        let enumSchema = Word.schema
        return Field(key, .list(.enumeration(enumSchema)), summary,
                     decode: { item, node, decoder in
                         item[keyPath: path] = decoder.list(node, key: key) { decoder, element in
                             decoder.word(element, key: key, schema: enumSchema).map(Word.caseAt)
                         }
                     },
                     encode: { item in list(item[keyPath: path].map { JSONValue.string($0.rawValue) }) })
    }

    /// A list of warning names (`no-revenue`): an enumeration made from the
    /// registry, so a new warning is a word here without code of its own, and a
    /// near miss gets "did you mean".
    static func warningNames(_ key: String, _ path: Property<Item, [String]>, _ summary: String) -> Field {
        let enumSchema = EnumSchema(noun: "warning name", words: DiagnosticCode.warnings.map(\.name))
        return Field(key, .list(.enumeration(enumSchema)), summary,
                     decode: { item, node, decoder in
                         item[keyPath: path] = decoder.list(node, key: key) { decoder, element in
                             decoder.word(element, key: key, schema: enumSchema).map { enumSchema.words[$0] }
                         }
                     },
                     encode: { item in list(item[keyPath: path].map(JSONValue.string)) })
    }

    /// A list of ids of items of `kinds`.
    static func references(_ key: String, _ path: Property<Item, [Reference]>, to kinds: [ItemKind],
                           _ summary: String) -> Field {
        Field(key, .list(.reference(to: kinds)), summary,
              decode: { item, node, decoder in
                  item[keyPath: path] = decoder.list(node, key: key) { decoder, element in
                      decoder.identifier(element, key: key).map { Reference($0, range: decoder.record(element).range) }
                  }
              },
              encode: { item in list(item[keyPath: path].map { JSONValue.string($0.id) }) },
              references: { item in item[keyPath: path] })
    }

    /// A list of nested items of their own kind (personas).
    static func items<Nested: SchemaItem>(_ key: String, _ path: Property<Item, [Nested]>, _ summary: String) -> Field {
        Field(key, .list(.item(Nested.itemSchema)), summary,
              decode: { item, node, decoder in item[keyPath: path] = decoder.items(node, key: key, as: Nested.self) },
              encode: { item in list(item[keyPath: path].map(\.json)) },
              walk: { item, parent, visitor in
                  for nested in item[keyPath: path] { CanvasWalker.walk(nested, in: parent, list: key, with: &visitor) }
              })
    }

    /// A list of points or remedies: each a text, or a mapping with a `text` field.
    static func textsOrItems<Nested: TextOrItem>(_ key: String, _ path: Property<Item, [Nested]>,
                                                 role: Nested.Role, _ summary: String) -> Field {
        Field(key, .list(.textOrItem(Nested.itemSchema)), summary,
              decode: { item, node, decoder in
                  item[keyPath: path] = decoder.list(node, key: key) { decoder, element -> Nested? in
                      var nested = decoder.textOrItem(element, key: key, as: Nested.self)
                      nested?.role = role
                      return nested
                  }
              },
              encode: { item in
                  list(item[keyPath: path].map { $0.isPlainText ? JSONValue.string($0.text) : $0.json })
              },
              walk: { item, parent, visitor in
                  for nested in item[keyPath: path] { CanvasWalker.walk(nested, in: parent, list: key, with: &visitor) }
              })
    }
}

/// A list as JSON: absent when empty.
private func list(_ elements: [JSONValue]) -> JSONValue? {
    elements.isEmpty ? nil : .array(elements)
}
