import BMCKit

extension JSONValue {
    /// An object of the members that have a value: LSP leaves optional
    /// properties out rather than writing `null`.
    static func object(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(members.compactMap { key, value in value.map { JSONMember(key, $0) } })
    }
}
