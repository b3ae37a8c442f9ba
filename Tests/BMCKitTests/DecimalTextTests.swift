@testable import BMCKit
import Foundation
import Testing

/// How amounts are written: `Decimal.canonicalText` in the JSON export and the diff,
/// `MoneyFormat` in the Markdown export. Both used to round with `NSDecimalRound`
/// and print with `NSDecimalNumber`, which only full Foundation has; the tests pin
/// the text and compare it with what Foundation gives.
@Suite("Decimal text")
struct DecimalTextTests {
    // MARK: Examples

    @Test(arguments: [
        ("29.90", "29.9"), ("0.5", "0.5"), (".5", "0.5"), ("5.", "5"), ("+5", "5"), ("1200", "1200"),
        ("100.000", "100"), ("000123.4500", "123.45"), ("0", "0"), ("-0", "0"), ("0.000", "0"),
        ("-12.5", "-12.5"),
        // Ten decimal places at most, half away from zero.
        ("0.12345678904", "0.123456789"), ("0.12345678905", "0.1234567891"), ("-0.12345678905", "-0.1234567891"),
        ("0.00000000001", "0"), ("-0.00000000001", "0"), ("0.00000000005", "0.0000000001"),
        ("-0.00000000005", "-0.0000000001"), ("0.0000000001", "0.0000000001"),
        ("9.99999999995", "10"), ("-9.99999999995", "-10"), ("0.99999999999", "1"),
        // The 38 digits `Decimal` keeps of 40-digit input.
        ("1234567890123456789012345678901234567890", "1234567890123456789012345678901234567890"),
        ("9999999999999999999999999999999999999999", "9999999999999999999999999999999999999900"),
        ("0.999999999999999999999999999999999999999", "1"),
        ("12345678901234567890.1234567890123456789", "12345678901234567890.123456789"),
    ])
    func canonicalText(_ written: String, _ expected: String) throws {
        let value = try #require(Decimal(string: written))
        #expect(value.canonicalText == expected)
    }

    @Test(arguments: [
        ("1200", "1200"), ("29.9", "29.90"), ("29.90", "29.90"), ("29.899", "29.90"), ("0.5", "0.50"),
        ("0.005", "0.01"), ("-0.005", "-0.01"), ("0.004", "0"), ("-0.004", "0"), ("0.995", "1"),
        ("-0.995", "-1"), ("12.345", "12.35"), ("-12.345", "-12.35"), ("12.3449999", "12.34"),
        ("0.00000000001", "0"), ("100.00", "100"),
        ("1234567890123456789012345678901234567.891", "1234567890123456789012345678901234567.89"),
        ("9999999999999999999999999999999999999999", "9999999999999999999999999999999999999900"),
    ])
    func money(_ written: String, _ expected: String) {
        #expect(MoneyFormat.text(written) == expected)
    }

    @Test func moneyTextThatIsNotANumberStaysAsWritten() {
        #expect(MoneyFormat.text("") == "")
        #expect(MoneyFormat.text("abc") == "abc")
    }

    @Test func notANumberIsWrittenAsSuch() {
        #expect(Decimal.nan.canonicalText == "NaN")
    }

    // MARK: What a user sees

    @Test func jsonExportWritesAmountsRoundedToTenPlaces() throws {
        let canvas = try #require(cleanCanvas(withRevenueField("amount: 0.000000000050\ncurrency: EUR\nper: month")))
        #expect(JSONExporter.export(canvas).contains("\"amount\": 0.0000000001"))
    }

    @Test func markdownExportWritesYearlyTotalsInCents() throws {
        // 0.005 a month is 0.06 a year; 29.9 a month is 358.80 a year.
        let canvas = try #require(cleanCanvas(withRevenueField("amount: 0.005\ncurrency: EUR\nper: month")))
        let markdown = MarkdownExporter(language: .en).export(canvas)
        #expect(markdown.contains("**Amount:** 0.01 EUR / month"))
        #expect(markdown.contains("| EUR | 0.06 |"))
        let other = try #require(cleanCanvas(withRevenueField("amount: 29.9\ncurrency: USD\nper: month")))
        #expect(MarkdownExporter(language: .en).export(other).contains("| USD | 358.80 |"))
    }

    // MARK: The same text as Foundation

    /// Plain decimals as the decoder accepts them (sign, up to 40 digits, a point
    /// anywhere), and sums, multiples and differences of them as the Markdown
    /// export computes, drawn from a fixed seed.
    static func generatedValues() -> [(text: String, value: Decimal)] {
        var random = SeededBytes(seed: 2026)
        var values: [(String, Decimal)] = []
        let posix = Locale(identifier: "en_US_POSIX")
        for _ in 0..<4000 {
            let count = 1 + Int(random.next()) % 40
            var digits = (0..<count).map { _ in Character(String(random.next() % 10)) }
            // Many digits 9 and 0 make carries and trailing zeros likely.
            if random.next() % 4 == 0 { digits = digits.map { _ in random.next() % 2 == 0 ? "9" : "0" } }
            // The decoder takes 40 characters after the sign, the point included.
            if count < 40 && random.next() % 2 == 0 { digits.insert(".", at: Int(random.next()) % (count + 1)) }
            var text = String(digits)
            if text == "." { text = "0" }
            if random.next() % 3 == 0 { text = "-" + text }
            guard CanvasDecoder.plainDecimal(text) != nil, let value = Decimal(string: text, locale: posix) else {
                Issue.record("generated '\(text)' is not a plain decimal")
                continue
            }
            values.append((text, value))
        }
        let derived = zip(values, values.dropFirst()).flatMap { first, second in
            [("\(first.0) × 12", first.1 * 12), ("\(first.0) × 4", first.1 * 4),
             ("\(first.0) − \(second.0)", first.1 - second.1), ("\(first.0) + \(second.0)", first.1 + second.1)]
        }
        return values + derived
    }

    /// The decoder reads plain decimals itself (`CanvasDecoder.plainDecimal`): the
    /// value, its text and what sums and multiples of it give must be Foundation's.
    @Test func theDecoderReadsTheNumbersFoundationReads() {
        let edges = ["0", "-0", "+0", "0.000", "-0.000", ".5", "-.5", "5.", "+5", "-12.5", "000123.4500",
                     "9999999999999999999", "-9999999999999999999", "10000000000000000000", "0.0000000000000000001",
                     "1234567890.123456789", "99999999999999999999999999999999999999", "12345678901234567890.5"]
        let texts = edges + Self.generatedValues().map(\.text).filter { !$0.contains(" ") }
        var mismatches: [String] = []
        for text in texts {
            guard let value = CanvasDecoder.plainDecimal(text), let expected = Decimal(string: text) else {
                mismatches.append("'\(text)' not read")
                continue
            }
            if value != expected || value.isNaN || value.description != expected.description
                || value.canonicalText != expected.canonicalText || MoneyFormat.text(value) != MoneyFormat.text(expected)
                || (value * 12).canonicalText != (expected * 12).canonicalText
                || (value + 1).canonicalText != (expected + 1).canonicalText {
                mismatches.append("'\(text)': \(value) vs \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        for text in ["", ".", "-", "+", "1.2.3", "1e5", "0x10", " 1", "1 ", "--1", "1_000", "١٢"] {
            #expect(CanvasDecoder.plainDecimal(text) == nil, "'\(text)'")
        }
    }

    @Test func parsingWithoutALocaleReadsTheSameNumbers() {
        for (text, value) in Self.generatedValues() where !text.contains(" ") {
            #expect(Decimal(string: text) == value, "'\(text)'")
        }
    }

    @Test func textIsWhatFoundationGives() {
        var mismatches: [String] = []
        for (text, value) in Self.generatedValues() {
            if value.canonicalText != Self.foundationCanonicalText(value) {
                mismatches.append("canonical '\(text)': \(value.canonicalText) vs \(Self.foundationCanonicalText(value))")
            }
            if MoneyFormat.text(value) != Self.foundationMoneyText(value) {
                mismatches.append("money '\(text)': \(MoneyFormat.text(value)) vs \(Self.foundationMoneyText(value))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// `canonicalText` as it was written with Foundation.
    static func foundationCanonicalText(_ decimal: Decimal) -> String {
        var value = decimal
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 10, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }

    /// `MoneyFormat.text` as it was written with Foundation.
    static func foundationMoneyText(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        var whole = Decimal()
        NSDecimalRound(&whole, &rounded, 0, .plain)
        if whole == rounded { return foundationCanonicalText(whole) }
        let text = foundationCanonicalText(rounded)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 2 { return text + "0" }
        return text
    }
}
