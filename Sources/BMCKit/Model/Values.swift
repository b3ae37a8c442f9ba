#if canImport(FoundationEssentials)
// Only `Decimal`: FoundationEssentials has it without the rest of Foundation
// (and its ICU data), which would cost ~10 MB of memory at every start.
import FoundationEssentials
#else
import Foundation
#endif

/// A calendar date written `YYYY-MM-DD`.
public struct CanvasDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD`, refusing dates that do not exist (`2026-02-30`).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == .dash, bytes[7] == .dash,
              let year = CanvasDate.number(bytes[0..<4]), let month = CanvasDate.number(bytes[5..<7]),
              let day = CanvasDate.number(bytes[8..<10]),
              (1...12).contains(month), day >= 1, day <= CanvasDate.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard digit.isDigit else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CanvasDate, rhs: CanvasDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A promised time such as `4h` or `2d`: an integer and a unit.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable {
        case minutes = "m"
        case hours = "h"
        case days = "d"
        case weeks = "w"
    }

    public var amount: Int
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Parses an integer followed by `m`, `h`, `d` or `w`.
    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: String(last)) else { return nil }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.utf8.allSatisfy(\.isDigit), digits.count <= 9, let amount = Int(digits) else {
            return nil
        }
        self.amount = amount
        self.unit = unit
    }

    public var description: String { "\(amount)\(unit.rawValue)" }
}

extension Decimal {
    /// The number as plain JSON-compatible text: `29.9`, `0.5`, `1200`. Rounded to
    /// 10 decimal places, half away from zero; no exponent, no trailing zeros.
    public var canonicalText: String { roundedText(places: 10) }

    /// The number rounded to at most `places` decimal places, half away from zero
    /// (`0.005` gives `0.01` at two places, `-0.005` gives `-0.01`), written like
    /// `description`: plain digits, no trailing zeros, `0` without a sign.
    ///
    /// This is what `NSDecimalRound(_:_:_:.plain)` followed by
    /// `NSDecimalNumber.stringValue` gives, done on the text because
    /// FoundationEssentials has neither. The text is exact: `description` writes
    /// every digit of the 38-digit significand, padded with zeros, never an exponent.
    func roundedText(places: Int) -> String {
        guard isFinite else { return description }
        var text = Array(description.utf8)
        let isNegative = text.first == .dash
        if isNegative { text.removeFirst() }
        // All the digits, and how many of them are after the point.
        var digits = text
        var fractionCount = 0
        if let point = text.firstIndex(of: .period) {
            digits.remove(at: point)
            fractionCount = text.count - point - 1
        }
        if fractionCount > places {
            let firstDropped = digits[digits.count - fractionCount + places]
            digits.removeLast(fractionCount - places)
            fractionCount = places
            if firstDropped >= UInt8(ascii: "5") {
                // Add one in the last place kept, carrying through nines.
                var index = digits.count - 1
                while index >= 0 && digits[index] == UInt8(ascii: "9") {
                    digits[index] = UInt8(ascii: "0")
                    index -= 1
                }
                if index >= 0 { digits[index] += 1 } else { digits.insert(UInt8(ascii: "1"), at: 0) }
            }
        }
        while fractionCount > 0 && digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            fractionCount -= 1
        }
        // At least one digit before the point: `.5` is written `0.5`.
        while digits.count <= fractionCount { digits.insert(UInt8(ascii: "0"), at: 0) }
        if digits.allSatisfy({ $0 == UInt8(ascii: "0") }) { return "0" }
        if fractionCount > 0 { digits.insert(.period, at: digits.count - fractionCount) }
        if isNegative { digits.insert(.dash, at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }
}
