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
        var writer = JSONWriter(.text)
        writer.value(self)
        return writer.finishText()
    }

    /// Writes a scalar (`null`, a boolean, a number or a string); arrays and objects
    /// are written by `JSONWriter` and `compactText`, which lay them out.
    func writeScalar(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): JSONValue.writeString(text, to: &output)
        case .array, .object: assertionFailure("not a scalar")
        }
    }

    /// Writes a JSON string literal: quotes, backslashes and every control character
    /// escaped, so no text from a canvas can break the document.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(.quote)
        // Native and small strings, which are all a decoder makes, are contiguous:
        // no copy of the string (and no retain) to reach its bytes.
        if text.utf8.withContiguousStorageIfAvailable({ writeEscaped($0, to: &output) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { writeEscaped($0, to: &output) }
        }
        output.append(.quote)
    }

    /// The bytes of a string, escaped for JSON, without the quotes.
    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Runs of bytes that need no escape (nearly all of them) are copied whole.
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == .quote || byte == .backslash || byte == 0x7F else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            index += 1
            runStart = index
            switch byte {
            case .quote: output.append(contentsOf: [.backslash, .quote])
            case .backslash: output.append(contentsOf: [.backslash, .backslash])
            case .lineFeed: output.append(contentsOf: [.backslash, UInt8(ascii: "n")])
            case .carriageReturn: output.append(contentsOf: [.backslash, UInt8(ascii: "r")])
            case .tab: output.append(contentsOf: [.backslash, UInt8(ascii: "t")])
            default:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

