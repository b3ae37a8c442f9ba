/// `bmc schema`: a JSON Schema (draft 2020-12) of canvas files, generated from the
/// same schema description the decoder uses, for editor completion and checking.
public enum JSONSchemaExporter {
    public static let draft = "https://json-schema.org/draft/2020-12/schema"

    public static func export() -> String {
        let definitions = ItemSchema.all.dropFirst().map { JSONMember($0.name, object(for: $0)) }.sorted { $0.key < $1.key }
        var root = object(for: Canvas.itemSchema).members
        root.insert(JSONMember("$schema", .string(draft)), at: 0)
        root.insert(JSONMember("title", .string("Business Model Canvas (bmc)")), at: 1)
        root.append(JSONMember("$defs", .object(definitions)))
        return JSONValue.object(root).serialized()
    }

    /// The schema of one kind: an object with exactly its fields.
    static func object(for schema: ItemSchema) -> JSONValue {
        var properties: [JSONMember] = []
        for field in schema.fields {
            var property = value(for: field.type)
            if !field.isRequired {
                // An empty value (`notes:`) means "absent"; YAML reads it as null.
                property = nullable(property)
            }
            properties.append(JSONMember(field.key, .object([JSONMember("description", .string(field.summary))] + property.members)))
        }
        var members = [
            JSONMember("description", .string(schema.summary)),
            JSONMember("type", .string("object")),
            JSONMember("properties", .object(properties)),
        ]
        let required = schema.fields.filter(\.isRequired).map { JSONValue.string($0.key) }
        if !required.isEmpty { members.append(JSONMember("required", .array(required))) }
        members.append(JSONMember("additionalProperties", .bool(false)))
        if schema.field("per") != nil && schema.field("volume") != nil { members.append(volumeByPeriod) }
        return .object(members)
    }

    /// A `volume` of the shape its `per` takes (section 2.3): a rate for a price per
    /// unit or a one-time price, a count of payers for the price of a period.
    private static var volumeByPeriod: JSONMember {
        func rule(_ periods: [Period], volume: JSONValue) -> JSONValue {
            .object([
                JSONMember("if", .object([
                    JSONMember("properties", .object([JSONMember("per", .object([
                        JSONMember("enum", .array(periods.map { JSONValue.string($0.rawValue) })),
                    ]))])),
                    JSONMember("required", .array([.string("per"), .string("volume")])),
                ])),
                JSONMember("then", .object([JSONMember("properties", .object([JSONMember("volume", volume)]))])),
            ])
        }
        let rate = "^[0-9]+/(" + SalesVolume.ratePeriods.joined(separator: "|") + ")$"
        return JSONMember("allOf", .array([
            rule(Period.allCases.filter { !$0.isRecurringPeriod },
                 volume: .object([JSONMember("type", .string("string")), JSONMember("pattern", .string(rate))])),
            rule(Period.allCases.filter(\.isRecurringPeriod),
                 volume: .object([JSONMember("anyOf", .array([
                     .object([JSONMember("type", .string("integer")), JSONMember("minimum", .integer(0))]),
                     .object([JSONMember("type", .string("string")), JSONMember("pattern", .string("^[0-9]+$"))]),
                 ]))])),
        ]))
    }

    private static let identifierPattern = "^[A-Za-z0-9][A-Za-z0-9_-]*$"

    /// The JSON Schema of one value type.
    static func value(for type: ValueType) -> JSONValue {
        switch type {
        case .text:
            // Any scalar is text: `version: 1.10` stays "1.10" for bmc, while YAML
            // tools read a number.
            return .object([JSONMember("type", .array([.string("string"), .string("number"), .string("boolean")]))])
        case .integer(let minimum):
            return .object([JSONMember("type", .string("integer"))] + (minimum.map { [JSONMember("minimum", .integer($0))] } ?? []))
        case .decimal(let minimum):
            return .object([JSONMember("type", .string("number"))] + (minimum.map { [JSONMember("minimum", .integer($0))] } ?? []))
        case .boolean:
            return .object([JSONMember("type", .string("boolean"))])
        case .date:
            return .object([JSONMember("type", .string("string")), JSONMember("format", .string("date")),
                            JSONMember("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
        case .enumeration(let enumeration):
            return .object([JSONMember("enum", .array(enumeration.words.map(JSONValue.string)))])
        case .identifier:
            return .object([JSONMember("type", .string("string")), JSONMember("pattern", .string(identifierPattern))])
        case .reference(let kinds):
            return .object([JSONMember("type", .string("string")), JSONMember("pattern", .string(identifierPattern)),
                            JSONMember("$comment", .string("id of " + kinds.map(\.nounWithArticle).joined(separator: " or ")))])
        case .duration:
            return .object([JSONMember("type", .string("string")), JSONMember("pattern", .string("^[0-9]+[mhdw]$"))])
        case .volume:
            // A count is a YAML integer; a rate is text. A quoted count is text too.
            let rate = "^[0-9]+(/(" + SalesVolume.ratePeriods.joined(separator: "|") + "))?$"
            return .object([JSONMember("anyOf", .array([
                .object([JSONMember("type", .string("integer")), JSONMember("minimum", .integer(0))]),
                .object([JSONMember("type", .string("string")), JSONMember("pattern", .string(rate))]),
            ]))])
        case .currency:
            return .object([JSONMember("type", .string("string")), JSONMember("pattern", .string("^[A-Z]{3}$"))])
        case .list(let element):
            return .object([JSONMember("type", .string("array")), JSONMember("items", value(for: element))])
        case .item(let schema):
            return .object([JSONMember("$ref", .string("#/$defs/\(schema.name)"))])
        case .textOrItem(let schema):
            return .object([JSONMember("anyOf", .array([value(for: .text), value(for: .item(schema))]))])
        }
    }

    private static func nullable(_ schema: JSONValue) -> JSONValue {
        var members = schema.members
        if let index = members.firstIndex(where: { $0.key == "type" }) {
            switch members[index].value {
            case .string(let single): members[index].value = .array([.string(single), .string("null")])
            case .array(let types): members[index].value = .array(types + [.string("null")])
            default: break
            }
            return .object(members)
        }
        if let index = members.firstIndex(where: { $0.key == "enum" }), case .array(let words) = members[index].value {
            members[index].value = .array(words + [.null])
            return .object(members)
        }
        return .object([JSONMember("anyOf", .array([schema, .object([JSONMember("type", .string("null"))])]))])
    }
}

extension ValueType {
    /// The kind of mapping this type holds, directly or in a list.
    var nestedSchema: ItemSchema? {
        switch self {
        case .item(let schema), .textOrItem(let schema): return schema
        case .list(let element): return element.nestedSchema
        default: return nil
        }
    }
}

extension JSONValue {
    /// The members of an object, or none.
    var members: [JSONMember] {
        if case .object(let members) = self { return members }
        return []
    }
}
