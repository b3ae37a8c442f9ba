import BMCKit
import Testing

/// Section 3, warnings: a valid canvas that is incoherent as a business model.
/// Each test changes one thing in a coherent canvas and expects exactly the one
/// warning, by its stable name and position.
@Suite("Warnings of section 3")
struct WarningTests {
    @Test func coherentCanvasesGiveNoDiagnosticsAtAll() {
        #expect(problems(validCanvas) == [])
        #expect(problems(twoSegmentCanvas) == [])
        #expect(CanvasAnalysis(source(validCanvas)).validCanvas != nil)
    }

    @Test func warningsKeepTheCanvas() {
        let result = CanvasAnalysis(source(edited(validCanvas, ("    type: personal\n", ""))))
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.canvas?.customerRelationships.first?.id == "help")
    }

    @Test func warningNamesAreStable() {
        let warnings = DiagnosticCode.all.filter { $0.severity == .warning }.map(\.name)
        #expect(warnings.sorted() == [
            "client-without-personal-care", "duplicate-priority", "empty-block", "no-relationship", "no-revenue",
            "orphan-partner", "out-of-scope-remedy", "unaddressed-gain", "unaddressed-job", "unaddressed-pain", "unmet-preference",
            "unreached-segment", "unserved-segment", "untargeted-proposition", "untyped-relationship",
        ])
    }

    // MARK: empty-block and no-revenue

    @Test func emptyBlockPointsAtItsKey() {
        let text = edited(validCanvas, ("cost-structure:\n  - id: salaries\n    name: Salaries\n", "cost-structure:\n"))
        #expect(problems(text) == ["32:1 empty-block"])
        #expect(onlyDiagnostic(text)?.message == "the cost structure block is empty")
    }

    @Test func absentBlockPointsAtTheName() {
        let text = edited(validCanvas, ("key-activities:\n  - id: dev\n    name: Development\n", ""))
        #expect(problems(text) == ["1:1 empty-block"])
        #expect(onlyDiagnostic(text)?.help == "add at least one item under 'key-activities:'")
    }

    @Test func canvasWithOnlyANameHasNineEmptyBlocks() {
        let found = diagnostics("name: Blank\n")
        #expect(found.map(\.code) == Array(repeating: .emptyBlock, count: 9))
        #expect(found.map(\.message) == [
            "the customer segments block is empty", "the value propositions block is empty", "the channels block is empty",
            "the customer relationships block is empty", "the revenue streams block is empty",
            "the key resources block is empty", "the key activities block is empty",
            "the key partnerships block is empty", "the cost structure block is empty",
        ])
    }

    @Test func noRevenue() {
        let text = edited(validCanvas, ("    name: Fees\n    segments: [shops]\n", "    name: Fees\n"))
        #expect(problems(text) == ["18:1 no-revenue"])
    }

    // MARK: Incomplete items

    @Test func untargetedProposition() {
        let text = edited(validCanvas, ("channels:\n", "  - id: extra\n    name: Extra\nchannels:\n"))
        #expect(problems(text) == ["9:9 untargeted-proposition"])
        #expect(onlyDiagnostic(text)?.message == "value proposition 'extra' names no segment")
    }

    @Test func untypedRelationship() {
        let text = edited(validCanvas, ("    type: personal\n", ""))
        #expect(rendered(text) == """
            t.canvas.yaml:14:9: warning: customer relationship 'help' has no type [untyped-relationship]
               14 |   - id: help
                  |         ^~~~
            help: add 'type:' with one of: personal, dedicated, self-service, automated, community, co-creation

            """)
    }

    @Test func orphanPartner() {
        let text = edited(validCanvas, ("    provides: [platform]\n", ""))
        #expect(problems(text) == ["29:9 orphan-partner"])
    }

    @Test func orphanPartnerWithADerivedIDPointsAtItsName() {
        let text = edited(validCanvas, ("  - id: cloud\n    name: Cloud provider\n    provides: [platform]\n", "  - name: Cloud provider\n"))
        #expect(problems(text) == ["29:11 orphan-partner"])
        #expect(onlyDiagnostic(text)?.message == "key partnership 'cloud-provider' provides nothing")
    }

    // MARK: Segment coverage

    @Test func unservedSegment() {
        let text = edited(twoSegmentCanvas, ("    name: Stock control\n    segments: [shops, homes]\n", "    name: Stock control\n    segments: [shops]\n"))
        #expect(problems(text) == ["5:9 unserved-segment"])
        #expect(onlyDiagnostic(text)?.message == "no value proposition is for segment 'homes'")
    }

    @Test func unreachedSegment() {
        let text = edited(twoSegmentCanvas, ("    name: Website\n    segments: [shops, homes]\n", "    name: Website\n    segments: [shops]\n"))
        #expect(problems(text) == ["5:9 unreached-segment"])
    }

    @Test func noRelationship() {
        let text = edited(twoSegmentCanvas, ("    type: personal\n    segments: [shops, homes]\n", "    type: personal\n    segments: [shops]\n"))
        #expect(problems(text) == ["5:9 no-relationship"])
    }

    @Test func segmentWithNothingGetsThreeWarningsAtItsLabel() {
        let text = edited(validCanvas, ("    name: Shops\n", "    name: Shops\n  - name: Home owners\n"))
        #expect(problems(text) == ["5:11 unserved-segment", "5:11 unreached-segment", "5:11 no-relationship"])
    }

    // MARK: Fit

    @Test func unaddressedPain() {
        let text = withSegmentField("pains:\n  - id: slow\n    text: Slow counts")
        #expect(problems(text) == ["6:13 unaddressed-pain"])
        #expect(onlyDiagnostic(text)?.message == "no pain reliever addresses pain 'slow'")
    }

    @Test func unaddressedGain() {
        let text = withSegmentField("gains:\n  - id: fast\n    text: Fast counts")
        #expect(problems(text) == ["6:13 unaddressed-gain"])
        #expect(onlyDiagnostic(text)?.message == "no gain creator addresses gain 'fast'")
    }

    @Test func unaddressedJob() {
        let text = withSegmentField("jobs:\n  - id: count\n    text: Count the stock")
        #expect(problems(text) == ["6:13 unaddressed-job"])
        #expect(onlyDiagnostic(text)?.message == "no product or service addresses job 'count'")
    }

    @Test func aJobAProductAddressesGivesNoWarning() {
        let text = edited(
            withSegmentField("jobs:\n  - Order on time\n  - id: count\n    text: Count the stock"),
            ("    segments: [shops]\nchannels:", """
                    segments: [shops]
                    products:
                      - Scanner app
                      - text: Shelf scanner
                        addresses: [count]
                channels:
                """))
        #expect(problems(text) == [])
    }

    @Test func aProductMayAddressJobsOnly() {
        let text = edited(
            withSegmentField("pains:\n  - id: slow\n    text: Slow counts"),
            ("    segments: [shops]\nchannels:", """
                    segments: [shops]
                    products:
                      - text: Shelf scanner
                        addresses: [slow]
                channels:
                """))
        #expect(diagnostics(text).contains { $0.code == .wrongReferenceKind })
    }

    @Test func unaddressedPainOfAPersona() {
        let text = withSegmentField("personas:\n  - name: Ana\n    pains:\n      - id: slow\n        text: Slow counts")
        #expect(problems(text) == ["8:17 unaddressed-pain"])
    }

    @Test func pointsWithoutAnIDOrThatAreAddressedGiveNoWarning() {
        let text = edited(
            withSegmentField("pains:\n  - Long queues\n  - id: slow\n    text: Slow counts\ngains:\n  - id: fast\n    text: Fast counts"),
            ("    segments: [shops]\nchannels:", """
                    segments: [shops]
                    pain-relievers:
                      - Scanner app
                      - text: Live stock
                        addresses: [slow]
                    gain-creators:
                      - text: One-tap count
                        addresses: [fast]
                channels:
                """))
        #expect(problems(text) == [])
    }

    @Test func outOfScopeRemedy() {
        let text = edited(twoSegmentCanvas,
                          ("    name: Homes\n", "    name: Homes\n    pains:\n      - id: damp\n        text: Damp cellar\n"),
                          ("channels:\n", """
                              - id: care
                                name: Care
                                segments: [shops]
                                pain-relievers:
                                  - text: Dehumidifier
                                    addresses: [damp]
                            channels:

                            """))
        #expect(problems(text) == ["19:21 out-of-scope-remedy"])
        #expect(onlyDiagnostic(text)?.message == "'damp' is a pain of segment 'homes', which value proposition 'care' is not for")
    }

    // MARK: Segment care

    @Test func unmetPreference() {
        let text = withSegmentField("personas:\n  - id: ana\n    name: Ana\n    prefers: [community, self-service]")
        #expect(rendered(text) == """
            t.canvas.yaml:8:18: warning: persona 'ana' prefers community, self-service, but segment 'shops' is offered none of them [unmet-preference]
                8 |         prefers: [community, self-service]
                  |                  ^~~~~~~~~~~~~~~~~~~~~~~~~
            help: add a relationship of a preferred type for 'shops', or revisit the persona

            """)
    }

    @Test func metPreferenceGivesNoWarning() {
        #expect(problems(withSegmentField("personas:\n  - id: ana\n    name: Ana\n    prefers: [community, personal]")) == [])
    }

    @Test func clientWithoutPersonalCare() {
        let text = edited(withSegmentField("engagement: client"), ("    type: personal\n", "    type: automated\n"))
        #expect(problems(text) == ["5:17 client-without-personal-care"])
        #expect(onlyDiagnostic(text)?.message == "client segment 'shops' has no personal or dedicated relationship")
    }

    @Test func clientWithPersonalOrDedicatedCareGivesNoWarning() {
        #expect(problems(withSegmentField("engagement: client")) == [])
        #expect(problems(edited(withSegmentField("engagement: client"), ("    type: personal\n", "    type: dedicated\n"))) == [])
    }

    @Test func duplicatePriority() {
        let text = edited(twoSegmentCanvas,
                          ("    name: Shops\n", "    name: Shops\n    priority: 1\n"),
                          ("    name: Homes\n", "    name: Homes\n    priority: 1\n"))
        let file = source(text)
        let found = pipelineDiagnostics(file)
        #expect(locations(found, in: file) == ["8:15 duplicate-priority"])
        #expect(found.first?.message == "segments 'shops' and 'homes' share priority 1")
        #expect(found.first?.notes.map { "\(file.location(of: $0.range.start))" } == ["5:15"])
    }

    @Test func differentPrioritiesGiveNoWarning() {
        let text = edited(twoSegmentCanvas,
                          ("    name: Shops\n", "    name: Shops\n    priority: 1\n"),
                          ("    name: Homes\n", "    name: Homes\n    priority: 2\n"))
        #expect(problems(text) == [])
    }

    // MARK: Several warnings

    @Test func severalWarningsInFileOrder() {
        let text = edited(validCanvas,
                          ("    type: personal\n", ""),
                          ("    provides: [platform]\n", ""),
                          ("cost-structure:\n  - id: salaries\n    name: Salaries\n", "cost-structure:\n"))
        #expect(problems(text) == ["14:9 untyped-relationship", "28:9 orphan-partner", "30:1 empty-block"])
    }
}
