/// Writes a text as a YAML scalar of the canvas subset: plain when every YAML tool
/// reads it back as the same text, quoted otherwise.
public enum YAMLScalar {
    public static func text(_ value: String) -> String {
        isSafePlain(value) ? value : quoted(value)
    }

    /// Double quotes with the subset's escapes; single quotes when that needs no
    /// escape at all and the text has no line break.
    public static func quoted(_ value: String) -> String {
        if !value.contains("'") && !value.unicodeScalars.contains(where: { needsEscape($0) || $0 == "\\" }) {
            return "'" + value + "'"
        }
        return doubleQuoted(value)
    }

    /// Characters a canvas file may not hold as they are (the reader refuses them
    /// outside escapes): control characters, Unicode line separators, byte order
    /// marks and non-characters. Only double quotes can write them, as escapes.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Double quotes, escaping quotes, backslashes and control characters.
    ///
    /// Written on UTF-8 bytes: every character escaped is ASCII or one of the few
    /// longer ones `needsEscape` names.
    public static func doubleQuoted(_ value: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(value.utf8.count + 8)
        output.append(.quote)
        func escape(_ letter: Unicode.Scalar) {
            output.append(.backslash)
            output.append(UInt8(ascii: letter))
        }
        func escape(code: UInt32) {
            let digits = code <= 0xFF ? 2 : 4
            output.append(.backslash)
            output.append(UInt8(ascii: digits == 2 ? "x" : "u"))
            for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                let digit = UInt8(truncatingIfNeeded: code >> UInt32(shift)) & 0xF
                output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
            }
        }
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case .quote: escape("\"")
            case .backslash: escape("\\")
            case .lineFeed: escape("n")
            case .tab: escape("t")
            case .carriageReturn: escape("r")
            case 0..<0x20, 0x7F: escape(code: UInt32(byte))
            case 0xC2, 0xE2, 0xEF:
                // A string's UTF-8 is valid: the sequence is whole.
                let length = byte == 0xC2 ? 2 : 3
                let code = length == 2 ? UInt32(bytes[index + 1] & 0x3F) | 0x80
                    : UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if needsEscape(Unicode.Scalar(code)!) {
                    escape(code: code)
                } else {
                    output.append(contentsOf: bytes[index..<index + length])
                }
                index += length
                continue
            default: output.append(byte)
            }
            index += 1
        }
        output.append(.quote)
        return String(decoding: output, as: UTF8.self)
    }

    /// Plain is safe when the text cannot start another construct, contains no
    /// `: ` or ` #`, has no edge spaces, and would not be read as a number, a
    /// boolean, a null or a date by YAML 1.1 or 1.2 tools (unless
    /// `allowingTypedLooks`: a plain scalar the file already has stays plain).
    ///
    /// Decided on UTF-8 bytes, as the reader reads: every character that matters
    /// here is ASCII, and no byte of a longer character is.
    static func isSafePlain(_ value: String, allowingTypedLooks: Bool = false) -> Bool {
        isSafePlain(Array(value.utf8), allowingTypedLooks: allowingTypedLooks)
    }

    static func isSafePlain(_ bytes: [UInt8], allowingTypedLooks: Bool = false) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == .space || last == .space || last == .colon { return false }
        if isIndicator(first) {
            // `-x`, `?x` and `:x` are plain in YAML, but only `-5`-like values matter here.
            guard first == .dash || first == .questionMark || first == .colon, bytes.count > 1, bytes[1] != .space else {
                return false
            }
        }
        for index in bytes.indices {
            switch bytes[index] {
            case .colon where index + 1 < bytes.count && bytes[index + 1] == .space: return false
            case .hash where index > 0 && bytes[index - 1] == .space: return false
            case 0..<0x20, 0x7F: return false
            // (A `where` clause would apply to the last of the three bytes only.)
            case 0xC2, 0xE2, 0xEF:
                if escapedSequence(in: bytes, at: index) { return false }
            default: break
            }
        }
        return allowingTypedLooks || !looksTyped(bytes)
    }

    /// The first characters that start another YAML construct.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// Whether the multi-byte character at `index` is one `needsEscape` names:
    /// a C1 control, U+2028, U+2029, U+FEFF, U+FFFE or U+FFFF.
    private static func escapedSequence(in bytes: [UInt8], at index: Int) -> Bool {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch bytes[index] {
        case 0xC2: return next >= 0x80 && next <= 0x9F
        case 0xE2: return next == 0x80 && (third == 0xA8 || third == 0xA9)
        default: return (next == 0xBB && third == 0xBF) || (next == 0xBF && (third == 0xBE || third == 0xBF))
        }
    }

    /// Values other YAML tools would read as something other than text.
    private static func looksTyped(_ bytes: [UInt8]) -> Bool {
        if bytes.count <= 5 && isTypedWord(bytes) { return true }
        // Numbers, sexagesimals and dates all use only these characters: quote them all.
        guard let first = bytes.first, first.isDigit || first == .plus || first == .dash || first == .period else {
            return false
        }
        return bytes.allSatisfy(isNumberCharacter) && bytes.contains(where: \.isDigit)
    }

    /// The words YAML 1.1 reads as booleans, null, infinity or not-a-number, in any case.
    private static let typedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", "+.inf", ".nan",
    ]

    private static func isTypedWord(_ bytes: [UInt8]) -> Bool {
        // Only ASCII letters lowercase to the ASCII words.
        typedWords.contains(String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
    }

    private static func isNumberCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"),
             UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"),
             UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return true
        default:
            return false
        }
    }
}
