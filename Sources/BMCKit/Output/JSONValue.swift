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
        write(to: &output, indent: 0)
        output.append(.lineFeed)
        return String(decoding: output, as: UTF8.self)
    }

    /// The value as compact UTF-8, without spaces or line breaks: what a JSON-RPC
    /// message carries.
    public func compactBytes() -> [UInt8] {
        var output: [UInt8] = []
        writeCompact(to: &output)
        return output
    }

    private func writeCompact(to output: inout [UInt8]) {
        switch self {
        case .array(let elements):
            output.append(.openBracket)
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(.comma) }
                element.writeCompact(to: &output)
            }
            output.append(.closeBracket)
        case .object(let members):
            output.append(.openBrace)
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(.comma) }
                JSONValue.writeString(member.key, to: &output)
                output.append(.colon)
                member.value.writeCompact(to: &output)
            }
            output.append(.closeBrace)
        default:
            writeScalar(to: &output)
        }
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .array(let elements) where !elements.isEmpty:
            output.append(.openBracket)
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(.comma) }
                JSONValue.newline(&output, indent: indent + 1)
                element.write(to: &output, indent: indent + 1)
            }
            JSONValue.newline(&output, indent: indent)
            output.append(.closeBracket)
        case .object(let members) where !members.isEmpty:
            output.append(.openBrace)
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(.comma) }
                JSONValue.newline(&output, indent: indent + 1)
                JSONValue.writeString(member.key, to: &output)
                output.append(contentsOf: ": ".utf8)
                member.value.write(to: &output, indent: indent + 1)
            }
            JSONValue.newline(&output, indent: indent)
            output.append(.closeBrace)
        case .array:
            output.append(contentsOf: "[]".utf8)
        case .object:
            output.append(contentsOf: "{}".utf8)
        default:
            writeScalar(to: &output)
        }
    }

    private static func newline(_ output: inout [UInt8], indent: Int) {
        output.append(.lineFeed)
        output.append(contentsOf: repeatElement(.space, count: 2 * indent))
    }

    /// Writes a scalar (`null`, a boolean, a number or a string).
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
        // no copy of the string to reach its bytes.
        if text.utf8.withContiguousStorageIfAvailable({ writeEscaped($0, to: &output) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { writeEscaped($0, to: &output) }
        }
        output.append(.quote)
    }

    /// The bytes of a string, escaped for JSON, without the quotes.
    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Runs of bytes that need no escape (nearly all of them) are copied whole,
        // and looked through eight bytes at a time.
        var runStart = 0
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count,
               !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            // C1 controls (U+0080 to U+009F) and U+2028, U+2029 are valid in JSON
            // but act on terminals and end lines in JavaScript: escaped too.
            let escapedLength = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F ? 2
                : byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
            if escapedLength > 0 {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                let code = escapedLength == 2 ? bytes[index + 1] : bytes[index + 2] == 0xA8 ? 0x28 : 0x29
                output.append(contentsOf: (escapedLength == 2 ? "\\u00" : "\\u20").utf8)
                output.append(hexDigit(code >> 4))
                output.append(hexDigit(code & 0xF))
                index += escapedLength
                runStart = index
                continue
            }
            guard byte < 0x20 || byte == .quote || byte == .backslash || byte == 0x7F else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            index += 1
            runStart = index
            switch byte {
            case .quote: output.append(contentsOf: "\\\"".utf8)
            case .backslash: output.append(contentsOf: "\\\\".utf8)
            case .lineFeed: output.append(contentsOf: "\\n".utf8)
            case .carriageReturn: output.append(contentsOf: "\\r".utf8)
            case .tab: output.append(contentsOf: "\\t".utf8)
            default:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0xF))
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// Whether any of eight bytes may need an escape: a control character, a quote,
    /// a backslash, DEL, or the first byte of a C1 control or of U+2028 or U+2029. Never `false` when one does; it may be `true` for the
    /// bytes after one that does, which are then looked at one by one.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & high != 0 }
        let hasControl = (word &- 0x20 &* ones) & ~word & high != 0
        return hasControl || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))
            || hasZeroByte(word ^ (0x7F &* ones)) || hasZeroByte(word ^ (0xC2 &* ones)) || hasZeroByte(word ^ (0xE2 &* ones))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

