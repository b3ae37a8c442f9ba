import BMCKit

/// Reading the parts of a message: LSP's parameters are JSON objects whose
/// members are looked up by name, and an absent member reads as `nil`.
extension JSONValue {
    /// The first member named `key`, for an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// A number written as a whole number that fits an `Int`.
    var integerValue: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text)
    }

    var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    var arrayValue: [JSONValue]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// Whether the value can be a request's id: a number or a string.
    var isValidID: Bool {
        switch self {
        case .number, .string: true
        default: false
        }
    }
}
