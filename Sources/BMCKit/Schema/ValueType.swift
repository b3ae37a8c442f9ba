/// The type of a field's value, as section 1.2 of the contract defines them. The
/// schema is data: the decoder, the formatter, the JSON exporter, the JSON Schema
/// and the diff all read this one description.
public indirect enum ValueType: Sendable {
    case text
    /// Plain decimal digits with an optional sign, never quoted.
    case integer(minimum: Int?)
    /// A plain decimal number without exponent, never quoted.
    case decimal(minimum: Int?)
    /// `true` or `false`, never quoted.
    case boolean
    /// `YYYY-MM-DD`, a real calendar date.
    case date
    case enumeration(EnumSchema)
    /// Letters, digits, `-` and `_`, starting with a letter or digit.
    case identifier
    /// An id defined elsewhere in the canvas, of one of these kinds.
    case reference(to: [ItemKind])
    /// An integer and a unit, `m`, `h`, `d` or `w`: `4h`, `2d`.
    case duration
    /// How much is sold: an integer count (`1200`), or an integer, `/` and a
    /// recurring period (`600/month`). Which one is due depends on `per`.
    case volume
    /// Three capital letters, the shape of ISO 4217 codes.
    case currency
    case list(ValueType)
    /// A nested mapping of a kind of its own.
    case item(ItemSchema)
    /// A mapping of a kind of its own, or a plain text that stands for its `text`
    /// field (a Point or a Remedy).
    case textOrItem(ItemSchema)

    /// `true` for the types written as bare words that `fmt` may put in a one-line
    /// flow sequence: ids, references and enum words.
    public var isWordLike: Bool {
        switch self {
        case .identifier, .reference, .enumeration: return true
        default: return false
        }
    }
}

/// An enumeration: the noun used in messages and its words, exactly as the
/// contract spells them.
public struct EnumSchema: Sendable {
    /// What one value is called in messages, in English: "relationship type".
    public var noun: String
    public let words: [String]
    /// The words' UTF-8 bytes, so the decoder finds a word without making a string.
    let wordBytes: [[UInt8]]

    public init(noun: String, words: [String]) {
        self.noun = noun
        self.words = words
        self.wordBytes = words.map { Array($0.utf8) }
    }

    /// The position of a word, given as its UTF-8 bytes, among the words.
    func position(of word: ArraySlice<UInt8>) -> Int? {
        wordBytes.firstIndex { $0.count == word.count && $0.elementsEqual(word) }
    }
}

/// A field of an item kind.
public struct FieldSchema: Sendable {
    public var key: String
    public var type: ValueType
    public var isRequired: Bool
    /// One line on what the field means, shown by editors on hover and in the docs.
    public var summary: String
}

/// The description of one kind of mapping: the canvas itself, a block item, a
/// persona, a point or a remedy. Field order is the canonical key order.
public final class ItemSchema: Sendable {
    /// The kind's name in the docs, such as `Segment`.
    public let name: String
    public let summary: String
    public let fields: [FieldSchema]
    /// The keys in canonical order.
    public let keys: [String]
    private let positions: [String: Int]
    /// The keys' UTF-8 bytes, so the decoder finds a key without making a string:
    /// a scan comparing lengths first is quicker than hashing for a dozen keys.
    private let keyBytes: [[UInt8]]
    /// The positions of `id`, and of `name` (or a point's or remedy's `text`),
    /// whose ranges an item's span keeps.
    let idPosition: Int?
    let namePosition: Int?

    init(name: String, summary: String, fields: [FieldSchema]) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.keys = fields.map(\.key)
        self.positions = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1.key, $0) })
        self.keyBytes = keys.map { Array($0.utf8) }
        self.idPosition = keys.firstIndex(of: "id")
        self.namePosition = keys.firstIndex(of: "name") ?? keys.firstIndex(of: "text")
        precondition(fields.count <= 64, "a kind has at most 64 fields: the decoder keeps one bit per field")
    }

    /// The position of a key, given as its UTF-8 bytes, in canonical order.
    func order(ofKey key: ArraySlice<UInt8>) -> Int? {
        keyBytes.firstIndex { $0.count == key.count && $0.elementsEqual(key) }
    }

    public func field(_ key: String) -> FieldSchema? {
        order(of: key).map { fields[$0] }
    }

    /// The position of a key in canonical order, if the kind knows it.
    public func order(of key: String) -> Int? {
        positions[key]
    }
}

extension ItemSchema {
    /// Every kind of mapping a canvas holds, the canvas first, each once, in the
    /// order the canvas's fields lead to them.
    public static var all: [ItemSchema] {
        var found: [ItemSchema] = []
        func collect(_ schema: ItemSchema) {
            guard !found.contains(where: { $0 === schema || $0.name == schema.name }) else { return }
            found.append(schema)
            for field in schema.fields {
                if let nested = field.type.nestedSchema { collect(nested) }
            }
        }
        collect(Canvas.itemSchema)
        return found
    }
}
