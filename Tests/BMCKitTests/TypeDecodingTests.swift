import BMCKit
import Foundation
import Testing

/// Section 1.2: a value's type comes from the schema only, never from how it looks.
/// Each test changes one field of the valid canvas (see TestSupport.swift).
@Suite("Decoding: the types of section 1.2")
struct TypeDecodingTests {
    // MARK: Text

    @Test func textIsNeverTypedByLooks() {
        let text = edited(validCanvas, ("name: Test canvas\n", """
            name: no
            description: 2026-01-01
            notes: true
            version: 1.10

            """))
        let canvas = cleanCanvas(text)
        #expect(canvas?.name == "no")
        #expect(canvas?.description == "2026-01-01")
        #expect(canvas?.notes == "true")
        #expect(canvas?.version == "1.10")
    }

    @Test func textMayBeQuotedOrABlockScalar() {
        let canvas = cleanCanvas(withCanvasField("version: \"2.0\"\nnotes: |\n  one\n  two\ndescription: >-\n  a\n  b"))
        #expect(canvas?.version == "2.0")
        #expect(canvas?.notes == "one\ntwo\n")
        #expect(canvas?.description == "a b")
    }

    @Test func emptyOptionalValueMeansAbsent() {
        let canvas = cleanCanvas(withCanvasField("notes:\nversion:"))
        #expect(canvas != nil)
        #expect(canvas?.notes == nil)
        #expect(canvas?.version == nil)
    }

    // MARK: Integer

    @Test func integers() {
        let canvas = cleanCanvas(withSegmentField("priority: 2\nsize: 0"))
        #expect(canvas?.customerSegments.first?.priority == 2)
        #expect(canvas?.customerSegments.first?.size == 0)
        #expect(cleanCanvas(withSegmentField("priority: +3"))?.customerSegments.first?.priority == 3)
    }

    @Test func quotedIntegerIsRefused() {
        let diagnostic = onlyDiagnostic(withSegmentField("priority: \"1\""))
        #expect(diagnostic?.code == .badInteger)
        #expect(diagnostic?.help == "remove the quotes: priority: 1")
        #expect(problems(withSegmentField("priority: '1'")) == ["5:15 bad-integer"])
    }

    @Test func quotedIntegerRendering() {
        #expect(rendered(withSegmentField("priority: \"1\"")) == """
            t.canvas.yaml:5:15: error: 'priority' takes an integer, which is never quoted [bad-integer]
                5 |     priority: "1"
                  |               ^~~
            help: remove the quotes: priority: 1

            """)
    }

    @Test("values that are not integers", arguments: ["high", "1.5", "1_000", "0x1F", "1e3", "2 000", "+", "--1"])
    func notAnInteger(value: String) {
        #expect(problems(withSegmentField("priority: \(value)")) == ["5:15 bad-integer"])
    }

    @Test func integersBelowTheirMinimumAreOutOfRange() {
        #expect(problems(withSegmentField("priority: 0")) == ["5:15 out-of-range"])
        #expect(problems(withSegmentField("priority: -1")) == ["5:15 out-of-range"])
        #expect(problems(withSegmentField("size: -5")) == ["5:11 out-of-range"])
        #expect(onlyDiagnostic(withSegmentField("priority: 0"))?.message == "'priority' must be at least 1, found 0")
    }

    @Test func integerTooLargeIsOutOfRange() {
        #expect(problems(withSegmentField("size: 99999999999999999999")) == ["5:11 out-of-range"])
    }

    // MARK: Decimal

    @Test func decimals() {
        let canvas = cleanCanvas(withRevenueField("amount: 29.90\ncurrency: EUR\nper: month"))
        #expect(canvas?.revenueStreams.first?.amount == Decimal(string: "29.9"))
        #expect(cleanCanvas(withRevenueField("amount: 12\ncurrency: EUR\nper: month"))?.revenueStreams.first?.amount == 12)
        #expect(cleanCanvas(withCostField("amount: 0.5\ncurrency: EUR\nper: year"))?.costStructure.first?.amount
            == Decimal(string: "0.5"))
    }

    @Test("values that are not plain decimals", arguments: ["1e3", "1E3", "1_000", ".inf", "-.inf", ".nan", "1,5", "12 EUR", "0x10", "1.2.3"])
    func notADecimal(value: String) {
        #expect(problems(withRevenueField("amount: \(value)\ncurrency: EUR\nper: month")) == ["21:13 bad-decimal"])
    }

    @Test func quotedDecimalIsRefused() {
        let diagnostic = onlyDiagnostic(withRevenueField("amount: \"29.90\"\ncurrency: EUR\nper: month"))
        #expect(diagnostic?.code == .badDecimal)
        #expect(diagnostic?.help == "remove the quotes: amount: 29.90")
    }

    @Test func negativeAmountIsOutOfRange() {
        #expect(problems(withRevenueField("amount: -1\ncurrency: EUR\nper: month")) == ["21:13 out-of-range"])
    }

    // MARK: Boolean

    @Test func booleans() {
        #expect(cleanCanvas(withRevenueField("recurring: true"))?.revenueStreams.first?.recurring == true)
        #expect(cleanCanvas(withRevenueField("recurring: false"))?.revenueStreams.first?.recurring == false)
    }

    @Test("other spellings of booleans are refused with a hint", arguments: [
        ("yes", "write 'true'"),
        ("True", "write 'true'"),
        ("TRUE", "write 'true'"),
        ("on", "write 'true'"),
        ("no", "write 'false'"),
        ("off", "write 'false'"),
        ("False", "write 'false'"),
        ("maybe", "write 'true' or 'false'"),
    ])
    func refusedBoolean(value: String, hint: String) {
        let text = withRevenueField("recurring: \(value)")
        #expect(problems(text) == ["21:16 bad-boolean"])
        #expect(onlyDiagnostic(text)?.help?.hasPrefix(hint + ";") == true)
    }

    @Test func quotedBooleanIsRefused() {
        let diagnostic = onlyDiagnostic(withRevenueField("recurring: \"true\""))
        #expect(diagnostic?.code == .badBoolean)
        #expect(diagnostic?.message == "'recurring' takes a boolean, which is never quoted")
        #expect(diagnostic?.help == "remove the quotes: recurring: true")
    }

    // MARK: Date

    @Test("real calendar dates", arguments: ["2026-03-02", "2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01"])
    func realDate(value: String) {
        #expect(cleanCanvas(withCanvasField("date: \(value)"))?.date?.description == value)
    }

    @Test func quotedDateIsAccepted() {
        #expect(cleanCanvas(withCanvasField("date: '2026-03-01'"))?.date == CanvasDate("2026-03-01"))
    }

    @Test("dates that do not exist", arguments: ["2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"])
    func unrealDate(value: String) {
        let text = withCanvasField("date: \(value)")
        #expect(problems(text) == ["2:7 bad-date"])
        #expect(onlyDiagnostic(text)?.message == "'\(value)' is not a real calendar date")
    }

    @Test("dates not written YYYY-MM-DD", arguments: ["2026-3-1", "02/03/2026", "2026-03-02T10:00", "today", "20260302"])
    func badDateShape(value: String) {
        let text = withCanvasField("date: \(value)")
        #expect(problems(text) == ["2:7 bad-date"])
        #expect(onlyDiagnostic(text)?.message == "'date' takes a date as YYYY-MM-DD, found '\(value)'")
    }

    // MARK: Enum

    @Test func enumWords() {
        let canvas = cleanCanvas(withCanvasField("language: pt\ncost-approach: value-driven"))
        #expect(canvas?.language == .pt)
        #expect(canvas?.costApproach == .valueDriven)
        #expect(cleanCanvas(withCanvasField("language: 'es'"))?.language == .es)
    }

    @Test func enumNearMissRendering() {
        // The example of section 4 of the contract.
        let text = edited(validCanvas, ("    type: personal\n", "    type: self service\n"))
        #expect(rendered(text) == """
            t.canvas.yaml:16:11: error: unknown relationship type 'self service' [bad-enum]
               16 |     type: self service
                  |           ^~~~~~~~~~~~
            help: did you mean 'self-service'?

            """)
    }

    @Test("near misses get did you mean", arguments: [
        ("type: Personal", "personal"),
        ("type: personnal", "personal"),
        ("type: co creation", "co-creation"),
        ("cadence: weekley", "weekly"),
        ("cost: hihg", "high"),
    ])
    func enumNearMiss(field: String, suggestion: String) {
        let diagnostic = onlyDiagnostic(edited(validCanvas, ("    type: personal\n", "    \(field)\n")))
        #expect(diagnostic?.code == .badEnum)
        #expect(diagnostic?.help == "did you mean '\(suggestion)'?")
    }

    @Test func enumFarMissListsTheWords() {
        let diagnostic = onlyDiagnostic(withCanvasField("language: klingon"))
        #expect(diagnostic?.message == "unknown language 'klingon'")
        #expect(diagnostic?.help == "expected one of: en, es, pt")
    }

    @Test func enumInAList() {
        #expect(problems(withPropositionField("elements: [price, speed, newness]")) == ["8:23 bad-enum"])
    }

    // MARK: Id

    @Test func idsWithLettersDigitsDashesAndUnderscores() {
        let text = edited(validCanvas, ("  - id: shops\n", "  - id: Shops_2-b\n"))
            .replacingOccurrences(of: "[shops]", with: "[Shops_2-b]")
        let segment = cleanCanvas(text)?.customerSegments.first
        #expect(segment?.id == "Shops_2-b")
        #expect(segment?.hasExplicitID == true)
    }

    @Test("invalid ids", arguments: [
        ("-shops", "shops"),
        ("_shops", "shops"),
        ("shops ltd", "shops-ltd"),
        ("cafés", "cafes"),
        ("a.b", "a-b"),
    ])
    func invalidID(id: String, example: String) {
        let diagnostic = onlyDiagnostic(edited(validCanvas, ("  - id: platform\n", "  - id: \(id)\n"), ("[platform]", "[dev]")))
        #expect(diagnostic?.code == .badID)
        #expect(diagnostic?.message == "'\(id)' is not a valid id")
        #expect(diagnostic?.help?.hasSuffix("; write '\(example)'") == true)
    }

    @Test func idsAreCaseSensitive() {
        let text = edited(validCanvas, ("  - id: shops\n", "  - id: Shops\n"))
        #expect(problems(text).contains("8:16 unknown-reference"))
        #expect(diagnostics(text).first { $0.code == .unknownReference }?.help == "did you mean 'Shops'?")
    }

    // MARK: Lists

    @Test func listsInBlockOrFlowForm() {
        let canvas = cleanCanvas(withCanvasField("authors: [Ana, 'Tomás Pérez', \"Lee, J.\"]"))
        #expect(canvas?.authors == ["Ana", "Tomás Pérez", "Lee, J."])
        #expect(cleanCanvas(withCanvasField("authors:\n  - Ana\n  - Bo"))?.authors == ["Ana", "Bo"])
        #expect(cleanCanvas(withCanvasField("authors:\n- Ana"))?.authors == ["Ana"])
        #expect(cleanCanvas(withCanvasField("authors: []"))?.authors == [])
    }

    @Test func singleScalarWhereAListIsDueIsRefused() {
        let text = withCanvasField("authors: Ana")
        #expect(problems(text) == ["2:10 expected-list"])
        #expect(onlyDiagnostic(text)?.help == "write 'authors: [Ana]' or one '- item' per line")
    }

    @Test func singleReferenceWhereAListIsDueIsRefused() {
        let text = edited(validCanvas, ("    provides: [platform]\n", "    provides: platform\n"))
        #expect(problems(text) == ["31:15 expected-list"])
    }

    @Test func mappingWhereAListIsDueIsRefused() {
        #expect(problems(withCanvasField("authors:\n  a: b")) == ["3:3 expected-list"])
    }

    @Test func listWhereASingleValueIsDueIsRefused() {
        #expect(problems(withCanvasField("version: [1, 2]")) == ["2:10 expected-scalar"])
        #expect(problems(withCanvasField("description:\n  a: b")) == ["3:3 expected-scalar"])
    }

    @Test func emptyListElementIsRefused() {
        #expect(problems(withCanvasField("authors:\n  - Ana\n  -")) == ["4:3 expected-scalar"])
    }

    @Test func scalarWhereAnItemIsDueIsRefused() {
        let text = edited(validCanvas, ("  - id: dev\n    name: Development\n", "  - Development\n"))
        #expect(problems(text) == ["26:5 expected-mapping"])
    }

    // MARK: Duration

    @Test("durations", arguments: [
        ("30m", 30, BMCKit.Duration.Unit.minutes),
        ("4h", 4, BMCKit.Duration.Unit.hours),
        ("2d", 2, BMCKit.Duration.Unit.days),
        ("1w", 1, BMCKit.Duration.Unit.weeks),
    ])
    func duration(text: String, amount: Int, unit: BMCKit.Duration.Unit) {
        let relationship = cleanCanvas(withRelationshipField("response-time: \(text)"))?.customerRelationships.first
        #expect(relationship?.responseTime == BMCKit.Duration(amount: amount, unit: unit))
    }

    @Test("values that are not durations", arguments: ["4 hours", "h", "10s", "-4h", "4.5h", "4H", "4", "PT4H"])
    func notADuration(value: String) {
        #expect(problems(withRelationshipField("response-time: \(value)")) == ["16:20 bad-duration"])
    }

    // MARK: Currency

    @Test func currencies() {
        let stream = cleanCanvas(withRevenueField("amount: 5\ncurrency: BRL\nper: month"))?.revenueStreams.first
        #expect(stream?.currency == "BRL")
        #expect(stream?.per == .month)
    }

    @Test("values that are not currencies", arguments: [
        ("eur", "write 'EUR'"),
        ("Eur", "write 'EUR'"),
        ("EURO", "write a three-letter ISO 4217 code such as EUR or USD"),
        ("E1R", "write a three-letter ISO 4217 code such as EUR or USD"),
        ("€", "write a three-letter ISO 4217 code such as EUR or USD"),
    ])
    func notACurrency(value: String, help: String) {
        let text = withRevenueField("amount: 5\ncurrency: \(value)\nper: month")
        #expect(problems(text) == ["22:15 bad-currency"])
        #expect(onlyDiagnostic(text)?.help == help)
    }
}
