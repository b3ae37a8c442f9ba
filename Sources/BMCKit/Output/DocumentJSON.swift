extension Document {
    /// The untyped document as JSON, every scalar a string and an empty value the
    /// empty string, as PyYAML's `BaseLoader` reads it: what `bmc tree` prints.
    public var untypedJSON: JSONValue {
        root.map(\.untypedJSON) ?? .null
    }
}

extension Node {
    /// This node and everything below it as untyped JSON.
    public var untypedJSON: JSONValue {
        switch kind {
        case .scalar(let scalar):
            return .string(scalar.value)
        case .sequence(let items):
            return .array(items.map(\.value.untypedJSON))
        case .mapping(let entries):
            return .object(entries.map { JSONMember($0.key, $0.value.untypedJSON) })
        }
    }
}
