#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reading one scalar as each type of section 1.2. The type comes from the schema
/// only, never from how the value looks: `name: no` is the text "no".
extension CanvasDecoder {
    /// The scalar of a node, or a report that a single value was due.
    mutating func scalar(_ node: Node, key: String) -> Scalar? {
        if let scalar = node.scalar { return scalar }
        report(.expectedScalar, "'\(key)' takes a single value, found \(node.shapeName)", at: node.range,
               help: "write the value on the key's line, or use '|' or '>' for long text")
        return nil
    }

    mutating func text(_ node: Node, key: String) -> String? {
        scalar(node, key: key)?.value
    }

    /// Numbers and booleans are never quoted, so that every YAML tool reads them
    /// as the same type the schema does.
    private mutating func unquoted(_ node: Node, key: String, typeName: String) -> Scalar? {
        guard let scalar = scalar(node, key: key) else { return nil }
        guard scalar.isPlain else {
            report(typeName == "boolean" ? .badBoolean : typeName == "integer" ? .badInteger : .badDecimal,
                   "'\(key)' takes \(typeName == "integer" ? "an" : "a") \(typeName), which is never quoted",
                   at: scalar.range, help: "remove the quotes: \(key): \(scalar.value)")
            return nil
        }
        return scalar
    }

    mutating func integer(_ node: Node, key: String, minimum: Int) -> Int? {
        guard let scalar = unquoted(node, key: key, typeName: "integer") else { return nil }
        let text = scalar.value
        // Parsed from the bytes: an optional sign, then digits only (no `_`, no hex).
        var value = 0
        var overflow = false
        var digitCount = 0
        var isNegative = false
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 0 && (byte == .plus || byte == .dash) {
                isNegative = byte == .dash
                continue
            }
            guard byte.isDigit else { digitCount = -1; break }
            let (times, timesOverflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, sumOverflow) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            overflow = overflow || timesOverflow || sumOverflow
            value = sum
            digitCount += 1
        }
        guard digitCount > 0 else {
            report(.badInteger, "'\(key)' takes a whole number, found '\(text)'", at: scalar.range,
                   help: "write digits only, such as '\(key): \(minimum)'")
            return nil
        }
        guard !overflow else {
            report(.outOfRange, "'\(text)' is too large for '\(key)'", at: scalar.range)
            return nil
        }
        if isNegative { value = -value }
        guard value >= minimum else {
            report(.outOfRange, "'\(key)' must be at least \(minimum), found \(value)", at: scalar.range)
            return nil
        }
        return value
    }

    mutating func decimal(_ node: Node, key: String, minimum: Int) -> Decimal? {
        guard let scalar = unquoted(node, key: key, typeName: "number") else { return nil }
        let text = scalar.value
        guard CanvasDecoder.isPlainDecimal(text), let value = Decimal(string: text) else {
            report(.badDecimal, "'\(key)' takes a decimal number, found '\(text)'", at: scalar.range,
                   help: "write digits with an optional '.' and fraction, such as 29.90; no exponent, no '_'")
            return nil
        }
        guard value >= Decimal(minimum) else {
            report(.outOfRange, "'\(key)' must be at least \(minimum), found \(text)", at: scalar.range)
            return nil
        }
        return value
    }

    /// An optional sign, digits, and an optional `.` with digits: `29.90`, `-3`, `.5`.
    static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        if let first = bytes.first, first == .plus || first == .dash { bytes.removeFirst() }
        guard bytes.count <= 40 else { return false }
        let parts = bytes.split(separator: .period, maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isDigit) }) else { return false }
        return parts.contains { !$0.isEmpty }
    }

    mutating func boolean(_ node: Node, key: String) -> Bool? {
        guard let scalar = unquoted(node, key: key, typeName: "boolean") else { return nil }
        switch scalar.value {
        case "true": return true
        case "false": return false
        default:
            let lowered = scalar.value.lowercased()
            let hint: String
            if ["yes", "y", "on", "true"].contains(lowered) {
                hint = "write 'true'"
            } else if ["no", "n", "off", "false"].contains(lowered) {
                hint = "write 'false'"
            } else {
                hint = "write 'true' or 'false'"
            }
            report(.badBoolean, "'\(key)' takes true or false, found '\(scalar.value)'", at: scalar.range,
                   help: "\(hint); YAML tools disagree on other spellings")
            return nil
        }
    }

    mutating func date(_ node: Node, key: String) -> CanvasDate? {
        guard let scalar = scalar(node, key: key) else { return nil }
        guard let date = CanvasDate(scalar.value) else {
            let shapeIsRight = scalar.value.utf8.count == 10
                && scalar.value.utf8.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 ? $0.element == .dash : $0.element.isDigit }
            report(.badDate, shapeIsRight ? "'\(scalar.value)' is not a real calendar date"
                                          : "'\(key)' takes a date as YYYY-MM-DD, found '\(scalar.value)'",
                   at: scalar.range, help: "write a date such as 2026-03-15")
            return nil
        }
        return date
    }

    mutating func duration(_ node: Node, key: String) -> Duration? {
        guard let scalar = scalar(node, key: key) else { return nil }
        guard let duration = Duration(scalar.value) else {
            report(.badDuration, "'\(key)' takes a duration such as 4h or 2d, found '\(scalar.value)'",
                   at: scalar.range, help: "write a whole number and one of m (minutes), h (hours), d (days), w (weeks)")
            return nil
        }
        return duration
    }

    mutating func currency(_ node: Node, key: String) -> String? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let bytes = Array(scalar.value.utf8)
        guard bytes.count == 3, bytes.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            let upper = scalar.value.uppercased()
            let help = upper.utf8.count == 3 && upper.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
                ? "write '\(upper)'" : "write a three-letter ISO 4217 code such as EUR or USD"
            report(.badCurrency, "'\(key)' takes three capital letters, found '\(scalar.value)'", at: scalar.range, help: help)
            return nil
        }
        return scalar.value
    }

    /// The position of the word in the enumeration's list (its case's position in
    /// `allCases`), so the Swift enum is found without matching strings again.
    mutating func word(_ node: Node, key: String, schema: EnumSchema) -> Int? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let value = scalar.value
        if let index = schema.words.firstIndex(of: value) { return index }
        let help: String
        if let suggestion = suggestion(for: value, among: schema.words, listName: schema.noun) {
            help = "did you mean '\(suggestion)'?"
        } else {
            help = "expected one of: " + schema.words.joined(separator: ", ")
        }
        report(.badEnum, "unknown \(schema.noun) '\(value)'", at: scalar.range, help: help)
        return nil
    }

    /// An id: letters, digits, `-` and `_`, starting with a letter or digit.
    mutating func identifier(_ node: Node, key: String) -> String? {
        guard let scalar = scalar(node, key: key) else { return nil }
        guard Identifier.isValid(scalar.value) else {
            let derived = Identifier.derive(from: scalar.value)
            refusedIdentifiers.insert(scalar.value)
            report(.badID, "'\(scalar.value)' is not a valid id", at: scalar.range,
                   help: "an id has letters, digits, '-' and '_' and starts with a letter or digit"
                       + (derived.isEmpty ? "" : "; for example '\(derived)'"))
            return nil
        }
        return scalar.value
    }
}
