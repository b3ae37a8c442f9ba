// The parts of JSON values the diff reads: members, ids, one-line text.

extension JSONValue {
    /// The `id` of an item, persona, point or remedy written as an object; `nil`
    /// for a plain-text point or remedy, or one without `id`.
    var elementID: String? {
        guard case .object(let members) = self, let member = members.first(where: { $0.key == "id" }),
              case .string(let id) = member.value else { return nil }
        return id
    }

    /// The value of a member of an object.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The value on one line, as compact JSON with a space after `:` and `,`:
    /// `{"text": "A socket", "addresses": ["no-socket"]}`. Also a key for
    /// comparing values: equal values give equal texts.
    var compactText: String {
        var output: [UInt8] = []
        writeCompact(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func writeCompact(to output: inout [UInt8]) {
        switch self {
        case .array(let elements):
            output.append(.openBracket)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(contentsOf: ", ".utf8) }
                element.writeCompact(to: &output)
            }
            output.append(.closeBracket)
        case .object(let members):
            output.append(.openBrace)
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(contentsOf: ", ".utf8) }
                JSONValue.writeString(member.key, to: &output)
                output.append(contentsOf: ": ".utf8)
                member.value.writeCompact(to: &output)
            }
            output.append(.closeBrace)
        default:
            writeScalar(to: &output)
        }
    }

    /// An object without one of its members; anything else as it is.
    func removingMember(_ key: String) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members.filter { $0.key != key })
    }
}
