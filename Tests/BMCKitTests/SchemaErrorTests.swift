import BMCKit
import Testing

/// Sections 2 and 3 (errors): unknown and missing keys, ids and references, money.
@Suite("Schema errors")
struct SchemaErrorTests {
    // MARK: Not a canvas

    @Test func emptyFileIsNotACanvas() {
        #expect(problems("") == ["1:1 not-a-canvas"])
        #expect(problems("# only a comment\n") == ["1:1 not-a-canvas"])
        #expect(CanvasAnalysis(source("")).validCanvas == nil)
    }

    @Test func aSequenceOrAScalarIsNotACanvas() {
        #expect(problems("- name: x\n") == ["1:1 not-a-canvas"])
        #expect(problems("just text\n") == ["1:1 not-a-canvas"])
    }

    // MARK: Unknown keys

    @Test("unknown keys with did you mean", arguments: [
        ("descripton: x", "description"),
        ("Description: x", "description"),
        ("approach-cost: value-driven", "cost-approach"),
        ("Cost Approach: value-driven", "cost-approach"),
        ("cost_approach: value-driven", "cost-approach"),
        ("VERSION: \"2\"", "version"),
        ("autors: [a]", "authors"),
    ])
    func unknownCanvasKey(line: String, suggestion: String) {
        let text = withCanvasField(line)
        #expect(problems(text) == ["2:1 unknown-key"])
        #expect(onlyDiagnostic(text)?.help == "did you mean '\(suggestion)'?")
    }

    /// A key the canvas already has is no suggestion: it would become a duplicate.
    @Test func aKeyTheMappingHasIsNotSuggested() {
        let text = withCanvasField("segments-customer: []")
        #expect(onlyDiagnostic(text)?.help?.hasPrefix("known keys: name, description") == true)
    }

    @Test func unknownKeyRendering() {
        #expect(rendered(withSegmentField("priorty: 1")) == """
            t.canvas.yaml:5:5: error: unknown key 'priorty' in segment [unknown-key]
                5 |     priorty: 1
                  |     ^~~~~~~
            help: did you mean 'priority'?

            """)
    }

    @Test func unknownKeyFarFromAnyListsTheKnownKeys() {
        let diagnostic = onlyDiagnostic(withRelationshipField("zzzz: x"))
        #expect(diagnostic?.message == "unknown key 'zzzz' in relationship")
        #expect(diagnostic?.help == "known keys: id, name, type, segments, goals, channels, touchpoints, cadence, response-time, cost, notes")
    }

    @Test func unknownKeyInNestedItems() {
        let persona = withSegmentField("personas:\n  - name: Ana\n    prefer: [personal]")
        #expect(problems(persona) == ["7:9 unknown-key"])
        #expect(onlyDiagnostic(persona)?.help == "did you mean 'prefers'?")
        let point = withSegmentField("pains:\n  - id: slow\n    txt: Slow counts")
        #expect(problems(point).contains("7:9 unknown-key"))
    }

    // MARK: Missing keys and empty values

    @Test func missingNameOfTheCanvas() {
        let text = edited(validCanvas, ("name: Test canvas\n", ""))
        #expect(problems(text) == ["1:1 missing-key"])
        #expect(onlyDiagnostic(text)?.message == "missing required key 'name' in canvas")
    }

    @Test func missingNameOfAnItemPointsAtItsFirstKey() {
        let text = edited(validCanvas, ("    name: Shops\n", ""))
        #expect(problems(text) == ["3:5 missing-key"])
        #expect(onlyDiagnostic(text)?.message == "missing required key 'name' in segment")
    }

    @Test func missingTextOfAPoint() {
        let text = withSegmentField("pains:\n  - id: slow")
        #expect(problems(text) == ["6:9 missing-key"])
        #expect(onlyDiagnostic(text)?.message == "missing required key 'text' in point")
    }

    @Test func emptyRequiredValue() {
        let text = edited(validCanvas, ("    name: Shops\n", "    name:\n"))
        #expect(problems(text) == ["4:5 missing-key"])
        #expect(onlyDiagnostic(text)?.message == "'name' has no value")
    }

    // MARK: Derived ids

    @Test("ids derived from names", arguments: [
        ("María, café owner", "maria-cafe-owner"),
        ("Café counter", "cafe-counter"),
        ("  --Hello,  World!--  ", "hello-world"),
        ("Straße 5", "strasse-5"),
        ("Ærø Øst", "aero-ost"),
        ("日本 Shop", "shop"),
        ("São João", "sao-joao"),
        ("ÅNGSTRÖM", "angstrom"),
    ])
    func derivedID(name: String, id: String) {
        #expect(Identifier.derive(from: name) == id)
    }

    @Test func itemWithoutIDGetsTheDerivedOne() {
        let text = edited(validCanvas, ("  - id: shops\n    name: Shops\n", "  - name: María, café owner\n"))
            .replacingOccurrences(of: "[shops]", with: "[maria-cafe-owner]")
        let segment = cleanCanvas(text)?.customerSegments.first
        #expect(segment?.id == "maria-cafe-owner")
        #expect(segment?.hasExplicitID == false)
    }

    @Test func nameWithoutLettersOrDigitsCannotGiveAnID() {
        let text = edited(validCanvas, ("  - id: platform\n    name: Platform\n", "  - name: 日本\n"), ("[platform]", "[dev]"))
        #expect(problems(text) == ["23:11 underivable-id"])
    }

    // MARK: Duplicate ids

    @Test func duplicateExplicitIDsAcrossBlocks() {
        let text = edited(validCanvas, ("  - id: web\n", "  - id: shops\n"))
        let file = source(text)
        let found = pipelineDiagnostics(file)
        #expect(locations(found, in: file) == ["10:9 duplicate-id"])
        #expect(found.first?.message == "duplicate id 'shops': a segment already has it")
        #expect(found.first?.help == "ids are shared by the whole canvas; rename one")
        #expect(found.first?.notes.map { "\(file.location(of: $0.range.start))" } == ["3:9"])
    }

    @Test func duplicateDerivedIDsAskForAnExplicitID() {
        let text = edited(validCanvas, ("  - id: shops\n    name: Shops\n", "  - name: Shops\n  - name: shops!\n"))
        #expect(rendered(text) == """
            t.canvas.yaml:4:11: error: duplicate id 'shops' (derived from its name): a segment already has it [duplicate-id]
                4 |   - name: shops!
                  |           ^~~~~~
            help: give one of them an explicit 'id:'
            t.canvas.yaml:3:11: note: 'shops' first defined here
                3 |   - name: Shops
                  |           ^~~~~

            """)
    }

    @Test func derivedIDClashingWithAnExplicitOne() {
        let text = withSegmentField("personas:\n  - name: Shops")
        let diagnostic = onlyDiagnostic(text)
        #expect(problems(text) == ["6:15 duplicate-id"])
        #expect(diagnostic?.help == "give one of them an explicit 'id:'")
    }

    @Test func pointIDsShareTheNamespace() {
        let text = withSegmentField("pains:\n  - id: stock\n    text: Slow counts")
        #expect(problems(text) == ["9:9 duplicate-id"])
        #expect(onlyDiagnostic(text)?.message == "duplicate id 'stock': a pain already has it")
    }

    // MARK: References

    @Test func unknownReferenceWithDidYouMean() {
        let text = edited(validCanvas, ("    provides: [platform]\n", "    provides: [platfrom]\n"))
        #expect(rendered(text) == """
            t.canvas.yaml:31:16: error: unknown id 'platfrom' [unknown-reference]
               31 |     provides: [platfrom]
                  |                ^~~~~~~~
            help: did you mean 'platform'?

            """)
    }

    @Test func unknownReferenceListsTheIDsOfTheRightKind() {
        let text = edited(validCanvas, ("    provides: [platform]\n", "    provides: [zzz]\n"))
        #expect(problems(text) == ["31:16 unknown-reference"])
        #expect(onlyDiagnostic(text)?.help
            == "'provides' of a key partnership names a key resource or a key activity; ids of that kind: dev, platform")
    }

    @Test func referenceToTheWrongKindNamesTheKindFound() {
        let text = edited(validCanvas, ("    provides: [platform]\n", "    provides: [platform, shops]\n"))
        let file = source(text)
        let found = pipelineDiagnostics(file)
        #expect(locations(found, in: file) == ["31:26 wrong-reference-kind"])
        #expect(found.first?.message
            == "'shops' is a segment, but 'provides' of a key partnership names a key resource or a key activity")
        #expect(found.first?.notes.map { "\(file.location(of: $0.range.start)) \($0.message)" } == ["3:9 'shops' defined here"])
    }

    @Test func valuePropositionWhereASegmentIsDue() {
        let text = edited(validCanvas, ("    name: Website\n    segments: [shops]\n", "    name: Website\n    segments: [shops, stock]\n"))
        #expect(problems(text) == ["12:23 wrong-reference-kind"])
        #expect(onlyDiagnostic(text)?.message == "'stock' is a value proposition, but 'segments' of a channel names a segment")
    }

    @Test func painRelieverAddressingAGain() {
        let text = edited(
            withSegmentField("gains:\n  - id: quick\n    text: Quick answers"),
            ("    segments: [shops]\nchannels:", "    segments: [shops]\n    pain-relievers:\n      - text: Fast\n        addresses: [quick]\nchannels:"))
        #expect(problems(text) == ["14:21 wrong-reference-kind"])
        #expect(onlyDiagnostic(text)?.message == "'quick' is a gain, but 'addresses' of a pain reliever names a pain")
    }

    @Test func gainCreatorAddressingAPain() {
        let text = edited(
            withSegmentField("pains:\n  - id: slow\n    text: Slow counts"),
            ("    segments: [shops]\nchannels:", "    segments: [shops]\n    gain-creators:\n      - text: Fast\n        addresses: [slow]\nchannels:"))
        #expect(problems(text) == ["14:21 wrong-reference-kind"])
        #expect(onlyDiagnostic(text)?.message == "'slow' is a pain, but 'addresses' of a gain creator names a gain")
    }

    @Test func remedyAddressingAJob() {
        let text = edited(
            withSegmentField("jobs:\n  - id: count\n    text: Count stock"),
            ("    segments: [shops]\nchannels:", "    segments: [shops]\n    pain-relievers:\n      - text: Fast\n        addresses: [count]\nchannels:"))
        #expect(onlyDiagnostic(text)?.message == "'count' is a job, but 'addresses' of a pain reliever names a pain")
    }

    @Test func remedyAddressingAnUnknownPoint() {
        let text = withPropositionField("pain-relievers:\n  - text: Fast\n    addresses: [nothing]")
        #expect(problems(text) == ["10:21 unknown-reference"])
    }

    // MARK: Money

    @Test func amountWithoutCurrencyAndPer() {
        let text = withRevenueField("amount: 5")
        #expect(rendered(text) == """
            t.canvas.yaml:21:5: error: 'amount' without 'currency' and 'per' [amount-without-currency]
               21 |     amount: 5
                  |     ^~~~~~
            help: add 'currency: EUR' and 'per: month' (or whichever applies)

            """)
    }

    @Test func amountWithoutPer() {
        let text = withRevenueField("amount: 5\ncurrency: EUR")
        #expect(problems(text) == ["21:5 amount-without-currency"])
        #expect(onlyDiagnostic(text)?.message == "'amount' without 'per'")
    }

    @Test func costAmountWithoutCurrency() {
        let text = withCostField("amount: 5\nper: month")
        #expect(problems(text) == ["35:5 amount-without-currency"])
        #expect(onlyDiagnostic(text)?.message == "'amount' without 'currency'")
    }

    @Test func currencyAndPerWithoutAmountAreFine() {
        #expect(cleanCanvas(withRevenueField("currency: EUR\nper: month")) != nil)
    }

    // MARK: Several errors

    @Test func everyDecodingErrorIsReportedInFileOrder() {
        let text = edited(
            withCanvasField("descripton: x\ndate: 2026-02-30"),
            ("    type: personal\n", "    type: self service\n"))
        #expect(problems(text) == ["2:1 unknown-key", "3:7 bad-date", "18:11 bad-enum"])
    }

    @Test func everyIDAndReferenceErrorIsReported() {
        let text = edited(validCanvas,
                          ("  - id: web\n", "  - id: shops\n"),
                          ("    provides: [platform]\n", "    provides: [platfrom, shops]\n"))
        #expect(problems(text) == ["10:9 duplicate-id", "31:16 unknown-reference", "31:26 wrong-reference-kind"])
    }

    @Test func jsonRendering() {
        let text = withRevenueField("amount: 5\ncurrency: EUR")
        let file = source(text)
        let diagnostic = pipelineDiagnostics(file)[0]
        #expect(DiagnosticJSONRenderer.object(for: diagnostic, in: file) == .object([
            JSONMember("file", .string("t.canvas.yaml")),
            JSONMember("line", .number("21")),
            JSONMember("column", .number("5")),
            JSONMember("severity", .string("error")),
            JSONMember("code", .string("amount-without-currency")),
            JSONMember("message", .string("'amount' without 'per'")),
            JSONMember("help", .string("add 'per: month' (or whichever applies)")),
        ]))
    }
}
