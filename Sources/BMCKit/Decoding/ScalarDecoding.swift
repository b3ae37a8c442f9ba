#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reading one scalar as each type of section 1.2. The type comes from the schema
/// only, never from how the value looks: `name: no` is the text "no".
extension CanvasDecoder {
    /// The record of a scalar node, or a report that a single value was due.
    mutating func scalar(_ node: NodeID, key: String) -> NodeRecord? {
        let scalar = record(node)
        if scalar.shape == .scalar { return scalar }
        report(.expectedScalar, "'\(key)' takes a single value, found \(view(node).shapeName)", at: scalar.range,
               help: "write the value on the key's line, or use '|' or '>' for long text")
        return nil
    }

    /// A scalar's value, built as a `String`.
    func value(_ scalar: NodeRecord) -> String { storage.value(of: scalar) }

    mutating func text(_ node: NodeID, key: String) -> String? {
        scalar(node, key: key).map(value)
    }

    /// Free text the scope leaves out: only its shape is checked.
    mutating func checkText(_ node: NodeID, key: String) {
        _ = scalar(node, key: key)
    }

    /// Numbers and booleans are never quoted, so that every YAML tool reads them
    /// as the same type the schema does.
    private mutating func unquoted(_ node: NodeID, key: String, typeName: String) -> NodeRecord? {
        guard let scalar = scalar(node, key: key) else { return nil }
        guard scalar.style == .plain else {
            report(typeName == "boolean" ? .badBoolean : typeName == "integer" ? .badInteger : .badDecimal,
                   "'\(key)' takes \(typeName == "integer" ? "an" : "a") \(typeName), which is never quoted",
                   at: scalar.range, help: "remove the quotes: \(key): \(value(scalar))")
            return nil
        }
        return scalar
    }

    mutating func integer(_ node: NodeID, key: String, minimum: Int) -> Int? {
        guard let scalar = unquoted(node, key: key, typeName: "integer") else { return nil }
        // Parsed from the bytes: an optional sign, then digits only (no `_`, no hex).
        var value = 0
        var overflow = false
        var digitCount = 0
        var isNegative = false
        storage.withValueBytes(of: scalar) { bytes in
            for (offset, byte) in bytes.enumerated() {
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
        }
        guard digitCount > 0 else {
            report(.badInteger, "'\(key)' takes a whole number, found '\(self.value(scalar))'", at: scalar.range,
                   help: "write digits only, such as '\(key): \(minimum)'")
            return nil
        }
        guard !overflow else {
            report(.outOfRange, "'\(self.value(scalar))' is too large for '\(key)'", at: scalar.range)
            return nil
        }
        if isNegative { value = -value }
        guard value >= minimum else {
            report(.outOfRange, "'\(key)' must be at least \(minimum), found \(value)", at: scalar.range)
            return nil
        }
        return value
    }

    mutating func decimal(_ node: NodeID, key: String, minimum: Int) -> Decimal? {
        guard let scalar = unquoted(node, key: key, typeName: "number") else { return nil }
        let text = value(scalar)
        guard let value = CanvasDecoder.plainDecimal(text) else {
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

    /// The value of a plain decimal (an optional sign, digits, and an optional
    /// `.` with digits: `29.90`, `-3`, `.5`), or `nil` for text of another form.
    /// Up to 19 digits are read as an integer and placed by the point;
    /// `Decimal(string:)`, which parses every form of number, took 2,900
    /// instructions an amount, a sixth of typing a revenue stream. Longer numbers
    /// (up to 40 characters after the sign, the point included) are left to it.
    static func plainDecimal(_ text: String) -> Decimal? {
        var text = text
        return text.withUTF8 { bytes -> Decimal? in
            var start = 0
            var isNegative = false
            if let first = bytes.first, first == .plus || first == .dash {
                isNegative = first == .dash
                start = 1
            }
            guard bytes.count - start <= 40 else { return nil }
            var significand: UInt64 = 0
            var digitCount = 0
            var fractionCount = 0
            var hasPoint = false
            for byte in bytes[start...] {
                if byte == .period {
                    guard !hasPoint else { return nil }
                    hasPoint = true
                } else if byte.isDigit {
                    digitCount += 1
                    if hasPoint { fractionCount += 1 }
                    significand = significand &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                } else {
                    return nil
                }
            }
            guard digitCount > 0 else { return nil }
            guard digitCount <= 19 else { return Decimal(string: String(decoding: bytes, as: UTF8.self)) }
            let magnitude = Decimal(sign: .plus, exponent: -fractionCount, significand: Decimal(significand))
            return isNegative && significand != 0 ? -magnitude : magnitude
        }
    }

    mutating func boolean(_ node: NodeID, key: String) -> Bool? {
        guard let scalar = unquoted(node, key: key, typeName: "boolean") else { return nil }
        let text = value(scalar)
        switch text {
        case "true": return true
        case "false": return false
        default:
            let lowered = text.lowercased()
            let hint: String
            if ["yes", "y", "on", "true"].contains(lowered) {
                hint = "write 'true'"
            } else if ["no", "n", "off", "false"].contains(lowered) {
                hint = "write 'false'"
            } else {
                hint = "write 'true' or 'false'"
            }
            report(.badBoolean, "'\(key)' takes true or false, found '\(text)'", at: scalar.range,
                   help: "\(hint); YAML tools disagree on other spellings")
            return nil
        }
    }

    mutating func date(_ node: NodeID, key: String) -> CanvasDate? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let text = value(scalar)
        guard let date = CanvasDate(text) else {
            let shapeIsRight = text.utf8.count == 10
                && text.utf8.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 ? $0.element == .dash : $0.element.isDigit }
            report(.badDate, shapeIsRight ? "'\(text)' is not a real calendar date"
                                          : "'\(key)' takes a date as YYYY-MM-DD, found '\(text)'",
                   at: scalar.range, help: "write a date such as 2026-03-15")
            return nil
        }
        return date
    }

    mutating func duration(_ node: NodeID, key: String) -> Duration? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let text = value(scalar)
        guard let duration = Duration(text) else {
            report(.badDuration, "'\(key)' takes a duration such as 4h or 2d, found '\(text)'",
                   at: scalar.range, help: "write a whole number and one of m (minutes), h (hours), d (days), w (weeks)")
            return nil
        }
        return duration
    }

    mutating func currency(_ node: NodeID, key: String) -> String? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let text = value(scalar)
        let bytes = text.utf8
        guard bytes.count == 3, bytes.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            let upper = text.uppercased()
            let help = upper.utf8.count == 3 && upper.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
                ? "write '\(upper)'" : "write a three-letter ISO 4217 code such as EUR or USD"
            report(.badCurrency, "'\(key)' takes three capital letters, found '\(text)'", at: scalar.range, help: help)
            return nil
        }
        return text
    }

    /// The position of the word in the enumeration's list (its case's position in
    /// `allCases`), so the Swift enum is found without matching strings again.
    mutating func word(_ node: NodeID, key: String, schema: EnumSchema) -> Int? {
        guard let scalar = scalar(node, key: key) else { return nil }
        if let index = storage.withValueBytes(of: scalar, schema.position(ofWordBytes:)) { return index }
        let value = self.value(scalar)
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
    mutating func identifier(_ node: NodeID, key: String) -> String? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let text = value(scalar)
        guard Identifier.isValid(text) else {
            let derived = Identifier.derive(from: text)
            refusedIdentifiers.insert(text)
            report(.badID, "'\(text)' is not a valid id", at: scalar.range,
                   help: "an id has letters, digits, '-' and '_' and starts with a letter or digit"
                       + (derived.isEmpty ? "" : "; for example '\(derived)'"))
            return nil
        }
        return text
    }
}
