/// A JSON value whose objects keep their keys in the order given, so every output
/// built from it is deterministic. Not `indirect`: arrays already box the nested
/// values, and a box per scalar doubled the allocations of an export.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, already written in its JSON form (`29.9`, `-3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// An integer.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }
}

/// One `"key": value` of a JSON object.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

extension JSONValue {
    /// The value as text: two-space indentation, `": "` after keys, empty arrays and
    /// objects as `[]` and `{}`, and a newline at the end.
    public func serialized() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(to: &output, indent: 0)
        output.append(.lineFeed)
        return String(decoding: output, as: UTF8.self)
    }

    func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text):
            output.append(contentsOf: text.utf8)
        case .string(let text):
            JSONValue.writeString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(.openBracket)
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(.comma) }
                JSONValue.newline(&output, indent: indent + 2)
                element.write(to: &output, indent: indent + 2)
            }
            JSONValue.newline(&output, indent: indent)
            output.append(.closeBracket)
        case .object(let members):
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(.openBrace)
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(.comma) }
                JSONValue.newline(&output, indent: indent + 2)
                JSONValue.writeString(member.key, to: &output)
                output.append(contentsOf: ": ".utf8)
                member.value.write(to: &output, indent: indent + 2)
            }
            JSONValue.newline(&output, indent: indent)
            output.append(.closeBrace)
        }
    }

    private static func newline(_ output: inout [UInt8], indent: Int) {
        output.append(.lineFeed)
        output.append(contentsOf: repeatElement(.space, count: indent))
    }

    /// Writes a JSON string literal: quotes, backslashes and every control character
    /// escaped, so no text from a canvas can break the document.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(.quote)
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape (nearly all of them) are copied whole.
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == .quote || byte == .backslash || byte == 0x7F {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case .quote: output.append(contentsOf: [.backslash, .quote])
                case .backslash: output.append(contentsOf: [.backslash, .backslash])
                case .lineFeed: output.append(contentsOf: [.backslash, UInt8(ascii: "n")])
                case .carriageReturn: output.append(contentsOf: [.backslash, UInt8(ascii: "r")])
                case .tab: output.append(contentsOf: [.backslash, UInt8(ascii: "t")])
                default:
                    output.append(contentsOf: "\\u00".utf8)
                    output.append(hexDigits[Int(byte >> 4)])
                    output.append(hexDigits[Int(byte & 0xF)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(.quote)
    }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
