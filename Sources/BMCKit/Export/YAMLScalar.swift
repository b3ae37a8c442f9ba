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
    public static func doubleQuoted(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if needsEscape(scalar) {
                    output += scalar.value <= 0xFF ? "\\x" + InputValidation.hex(scalar.value, digits: 2)
                                                   : "\\u" + InputValidation.hex(scalar.value, digits: 4)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// Plain is safe when the text cannot start another construct, contains no
    /// `: ` or ` #`, has no edge spaces, and would not be read as a number, a
    /// boolean, a null or a date by YAML 1.1 or 1.2 tools.
    static func isSafePlain(_ value: String, allowingTypedLooks: Bool = false) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // `-x`, `?x` and `:x` are plain in YAML, but only `-5`-like values matter here.
            let second = value.unicodeScalars.dropFirst().first
            guard "-?:".unicodeScalars.contains(first), let second, second != " " else { return false }
        }
        if value.contains(": ") || value.contains(" #") || value.contains("\t") { return false }
        if value.unicodeScalars.contains(where: needsEscape) {
            return false
        }
        return allowingTypedLooks || !looksTyped(value)
    }

    /// Values other YAML tools would read as something other than text.
    private static func looksTyped(_ value: String) -> Bool {
        let lowered = value.lowercased()
        let words: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", "+.inf", ".nan"]
        if words.contains(lowered) { return true }
        let scalars = Array(value.unicodeScalars)
        let numeric = scalars.allSatisfy { "0123456789+-._:eExXoObBabcdefABCDEF".unicodeScalars.contains($0) }
        let hasDigit = scalars.contains { $0.properties.numericType != nil && $0.isASCII }
        // Numbers, sexagesimals and dates all use only these characters: quote them all.
        return numeric && hasDigit && (scalars.first.map { "0123456789+-.".unicodeScalars.contains($0) } ?? false)
    }
}
