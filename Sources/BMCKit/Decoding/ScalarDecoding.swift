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
        report(.expectedScalar(key: key, found: shape(of: scalar)), at: scalar.range)
        return nil
    }

    mutating func text(_ node: NodeID, key: String) -> String? {
        scalar(node, key: key).map(value(of:))
    }

    /// Free text: its value, or when the decoder keeps no free text, `nil` once its
    /// shape is checked.
    mutating func freeText(_ node: NodeID, key: String) -> String? {
        guard keepsText else {
            _ = scalar(node, key: key)
            return nil
        }
        return text(node, key: key)
    }

    /// Numbers and booleans are never quoted, so that every YAML tool reads them
    /// as the same type the schema does. A quoted value that would be valid bare
    /// gets the quotes' removal as its fix.
    private mutating func unquoted(_ node: NodeID, key: String, type: SchemaProblem.UnquotedType,
                                   isValid: (String) -> Bool) -> String? {
        guard let scalar = scalar(node, key: key) else { return nil }
        let value = value(of: scalar)
        guard scalar.style == .plain else {
            report(.quotedValue(key: key, type: type, value: value), at: scalar.range,
                   fixIts: isValid(value) ? [.replacing(scalar.range, with: value)] : [])
            return nil
        }
        return value
    }

    mutating func integer(_ node: NodeID, key: String, minimum: Int) -> Int? {
        guard let text = unquoted(node, key: key, type: .integer, isValid: { CanvasDecoder.wholeNumber($0) != nil })
        else { return nil }
        guard let parsed = CanvasDecoder.wholeNumber(text) else {
            report(.badInteger(key: key, value: text, minimum: minimum), at: record(node).range)
            return nil
        }
        guard let value = parsed else {
            report(.tooLarge(key: key, value: text), at: record(node).range)
            return nil
        }
        guard value >= minimum else {
            report(.belowMinimum(key: key, minimum: minimum, value: String(value)), at: record(node).range)
            return nil
        }
        return value
    }

    /// An optional sign, then decimal digits only (no `_`, no hex): the value, or
    /// `.some(nil)` when it does not fit an `Int`; `nil` for text of another form.
    static func wholeNumber(_ text: String) -> Int?? {
        var digits = Substring(text)
        var isNegative = false
        if let first = digits.first, first == "+" || first == "-" {
            isNegative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy(\.isDigit) else { return nil }
        guard let magnitude = Int(digits) else { return .some(nil) }
        return .some(isNegative ? -magnitude : magnitude)
    }

    mutating func decimal(_ node: NodeID, key: String, minimum: Int) -> Decimal? {
        guard let text = unquoted(node, key: key, type: .decimal, isValid: { CanvasDecoder.plainDecimal($0) != nil })
        else { return nil }
        guard let value = CanvasDecoder.plainDecimal(text) else {
            let reading = CanvasDecoder.decimalReading(text)
            // Only a sure reading is a fix: `1,500` is 1500 or 1.5, which the help says.
            var fixIts: [FixIt] = []
            if case .sure(let written)? = reading { fixIts = [.replacing(record(node).range, with: written)] }
            report(.badDecimal(key: key, value: text, reading: reading), at: record(node).range, fixIts: fixIts)
            return nil
        }
        guard value >= Decimal(minimum) else {
            report(.belowMinimum(key: key, minimum: minimum, value: text), at: record(node).range)
            return nil
        }
        return value
    }

    /// An amount written with a decimal comma, written with a dot: `22,50` gives
    /// `22.50` and `1.500,50` gives `1500.50`. Only where the reading is sure: one
    /// or two digits after the comma (three could be English thousands, `1,500`),
    /// and dots, if any, grouping thousands.
    static func decimalWithDot(_ text: String) -> String? {
        var digits = Substring(text)
        let sign = digits.first == "-" || digits.first == "+" ? String(digits.removeFirst()) : ""
        let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[1].count), parts[1].utf8.allSatisfy(\.isDigit) else { return nil }
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.utf8.allSatisfy(\.isDigit),
              groups.count == 1 || (first.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 && $0.utf8.allSatisfy(\.isDigit) })
        else { return nil }
        return sign + groups.joined() + "." + parts[1]
    }

    /// How an amount written with a decimal comma or thousands separators must be
    /// written: the sure reading of `decimalWithDot` (`22,50`, `1.500,50`), English
    /// thousands (`1,500.50`, `1,500,000`), dotted thousands (`1.500.000`); and both
    /// readings of a lone comma before three digits (`1,500`). `nil` for any other
    /// text, which is no number written another way.
    static func decimalReading(_ text: String) -> SchemaProblem.DecimalReading? {
        if let sure = decimalWithDot(text) { return .sure(sure) }
        var body = Substring(text)
        let sign = body.first == "-" || body.first == "+" ? String(body.removeFirst()) : ""
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        // Groups of three after a first group of one to three digits: `1,500,000`.
        func grouped(_ digits: Substring, by separator: Character) -> [Substring]? {
            let groups = digits.split(separator: separator, omittingEmptySubsequences: false)
            guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
                  groups.allSatisfy({ $0.utf8.allSatisfy(\.isDigit) }),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            return groups
        }
        if parts.count <= 2, let groups = grouped(parts[0], by: ",") {
            let integer = sign + groups.joined()
            if parts.count == 2 {
                guard !parts[1].isEmpty, parts[1].utf8.allSatisfy(\.isDigit) else { return nil }
                return .sure(integer + "." + parts[1])
            }
            // One comma before three digits: English thousands, or decimals.
            return groups.count == 2 ? .ambiguous(thousands: integer, decimals: sign + groups[0] + "." + groups[1])
                                     : .sure(integer)
        }
        // Dots grouping thousands, as Spanish and Portuguese write them: `1.500.000`.
        if parts.count > 2, let groups = grouped(body, by: ".") { return .sure(sign + groups.joined()) }
        return nil
    }

    /// The value of a plain decimal (an optional sign, digits, and an optional
    /// `.` with digits: `29.90`, `-3`, `.5`), or `nil` for text of another form.
    static func plainDecimal(_ text: String) -> Decimal? {
        var body = Substring(text)
        if let first = body.first, first == "+" || first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }),
              parts.allSatisfy({ $0.utf8.allSatisfy(\.isDigit) }), body.utf8.count <= 40
        else { return nil }
        // Up to 19 digits fit a UInt64 and make the value directly, the way
        // `Decimal(string:)` would (mantissa and exponent alike), at a tenth of its
        // cost; longer ones are rare enough to leave to it.
        var significand: UInt64 = 0, digits = 0, fractionDigits = 0
        for (index, part) in parts.enumerated() {
            for byte in part.utf8 {
                significand = significand &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                digits += 1
            }
            if index == 1 { fractionDigits = part.utf8.count }
        }
        guard digits <= 19 else { return Decimal(string: text.first == "+" ? String(text.dropFirst()) : text) }
        // Zero has no sign: a negative zero `Decimal` would be NaN.
        guard significand != 0 else { return Decimal(0) }
        return Decimal(sign: text.first == "-" ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }

    mutating func boolean(_ node: NodeID, key: String) -> Bool? {
        guard let text = unquoted(node, key: key, type: .boolean, isValid: { $0 == "true" || $0 == "false" })
        else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            report(.badBoolean(key: key, value: text), at: record(node).range)
            return nil
        }
    }

    mutating func date(_ node: NodeID, key: String) -> CanvasDate? {
        guard let text = text(node, key: key) else { return nil }
        guard let date = CanvasDate(text) else {
            report(.badDate(key: key, value: text, readings: CanvasDecoder.dateReadings(text)), at: record(node).range)
            return nil
        }
        return date
    }

    mutating func duration(_ node: NodeID, key: String) -> Duration? {
        guard let text = text(node, key: key) else { return nil }
        guard let duration = Duration(text) else {
            let reading = CanvasDecoder.durationReading(text)
            report(.badDuration(key: key, value: text, reading: reading), at: record(node).range,
                   fixIts: reading.map { [.replacing(record(node).range, with: $0)] } ?? [])
            return nil
        }
        return duration
    }

    mutating func volume(_ node: NodeID, key: String) -> SalesVolume? {
        guard let text = text(node, key: key) else { return nil }
        guard let volume = SalesVolume(text) else {
            report(.badVolume(key: key, value: text, expectsRate: nil), at: record(node).range)
            return nil
        }
        return volume
    }

    mutating func currency(_ node: NodeID, key: String) -> String? {
        guard let text = text(node, key: key) else { return nil }
        let isCode = { (code: String) in
            code.utf8.count == 3 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        guard isCode(text) else {
            let upper = text.uppercased()
            report(.badCurrency(key: key, value: text), at: record(node).range,
                   fixIts: isCode(upper) ? [.replacing(record(node).range, with: upper)] : [])
            return nil
        }
        return text
    }

    /// The position of a word among an enumeration's words; a near miss gets "did
    /// you mean" and its fix.
    mutating func word(_ node: NodeID, key: String, schema: EnumSchema) -> Int? {
        guard let scalar = scalar(node, key: key) else { return nil }
        if let position = schema.position(of: valueBytes(of: scalar)) { return position }
        let value = value(of: scalar)
        let suggestion = suggestion(for: value, among: schema.words, listName: schema.noun)
        report(.badEnum(noun: schema.noun, value: value, suggestion: suggestion, words: schema.words), at: scalar.range,
               fixIts: suggestion.map { [.replacing(scalar.range, with: $0)] } ?? [])
        return nil
    }

    /// An id: letters, digits, `-` and `_`, starting with a letter or digit.
    mutating func identifier(_ node: NodeID, key: String) -> String? {
        guard let text = text(node, key: key) else { return nil }
        guard Identifier.isValid(text) else {
            let derived = Identifier.derive(from: text)
            refusedIdentifiers.insert(text)
            report(.badID(value: text, derived: derived), at: record(node).range)
            return nil
        }
        return text
    }
}
