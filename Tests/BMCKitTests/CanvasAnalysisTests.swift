@testable import BMCKit
import Foundation
import Testing

/// The analysis an editor starts from: one call gives the document, the canvas,
/// the index and the diagnostics with their fixes; a lookup says what is at an
/// offset; typing goes on around a syntax error.
@Suite struct CanvasAnalysisTests {
    static let text = """
        name: Lookup
        customer-segments:
          - id: shops
            name: Shops
            personas:
              - name: Ana
                pains:
                  - id: late
                    text: Late deliveries
        value-propositions:
          - name: Fast stock
            segments: [shops]
            pain-relievers:
              - text: Next-day delivery
                addresses:
                  - late

        """
    let analysis = CanvasAnalysis(source(Self.text))

    /// The offset of the `occurrence`th (from 0) appearance of `text`, plus `plus`.
    func offset(of text: String, occurrence: Int = 0, plus: Int = 0) -> Int {
        var searchStart = Self.text.startIndex
        var found = Self.text.startIndex
        for _ in 0...occurrence {
            found = Self.text.range(of: text, range: searchStart..<Self.text.endIndex)!.lowerBound
            searchStart = Self.text.index(after: found)
        }
        return Self.text.utf8.distance(from: Self.text.startIndex, to: found) + plus
    }

    // MARK: What is at an offset

    @Test func aKeyItsFieldAndTheItemItIsIn() throws {
        let location = try #require(analysis.location(at: offset(of: "personas", plus: 3)))
        #expect(location.part == .key && location.key == "personas")
        #expect(location.itemSchema?.name == "Segment" && location.block == .customerSegments)
        #expect(location.field?.summary == "Representative people of the segment.")
        guard case .list(.item(let persona))? = location.type else { Issue.record("not a list of items"); return }
        #expect(persona.name == "Persona")
    }

    @Test func aValueWithItsTypeDeepInsideAPersona() throws {
        let location = try #require(analysis.location(at: offset(of: "late", plus: 2)))
        #expect(location.part == .value && location.key == "id" && location.text == "late")
        #expect(location.itemSchema?.name == "Point" && location.block == .customerSegments)
        guard case .identifier? = location.type else { Issue.record("not an id"); return }
        #expect(Self.text[Self.text.utf8.index(Self.text.startIndex, offsetBy: location.itemRange!.start)...]
            .hasPrefix("id: late"))
    }

    @Test func elementsOfFlowAndBlockListsWithTheKindsTheyMayName() throws {
        let flow = try #require(analysis.location(at: offset(of: "[shops]", plus: 1)))
        #expect(flow.part == .element && flow.key == "segments" && flow.text == "shops")
        guard case .reference(let kinds)? = flow.type else { Issue.record("not a reference"); return }
        #expect(kinds == [.segment] && flow.block == .valuePropositions)
        let block = try #require(analysis.location(at: offset(of: "late", occurrence: 1)))
        #expect(block.part == .element && block.key == "addresses" && block.itemSchema?.name == "Remedy")
        // At the end of a word, as a cursor just after it stands.
        #expect(analysis.location(at: offset(of: "late", occurrence: 1, plus: 4))?.text == "late")
    }

    @Test func nothingBetweenNodes() {
        #expect(analysis.location(at: offset(of: "- name: Ana", plus: 0)) == nil)
    }

    @Test func theDefinitionAndTheReferenceAtAnOffset() throws {
        #expect(analysis.definition(at: offset(of: "late", plus: 1))?.kind == .pain)
        #expect(analysis.definition(at: offset(of: "Fast stock", plus: 3))?.id == "fast-stock")
        let use = try #require(analysis.use(at: offset(of: "late", occurrence: 1, plus: 1)))
        #expect(use.id == "late" && use.field == "addresses" && use.kinds == [.pain] && use.ownerKind == .painReliever)
        #expect(analysis.uses(of: "late").count == 1)
    }

    // MARK: Typing goes on around a syntax error

    /// Tried as a new user would: a tab in one item hid a misspelt word in another
    /// until the tab was fixed. Both are reported in one run, and nothing that the
    /// tab may have cost (the item's missing name) is.
    @Test func aTabInOneItemDoesNotHideABadWordInAnother() {
        let text = """
            name: Two problems
            customer-segments:
              - id: shops
            \tname: Shops
              - id: homes
                name: Homes
                type: nicho

            """
        #expect(problems(text) == ["4:1 tab-indentation", "7:11 bad-enum"])
    }

    @Test func aRefusedValueDoesNotAlsoReportTheKeyAsEmpty() {
        let text = "name: A\ncustomer-segments:\n  - id: s\n    name: &x S\n    priority: one\n"
        #expect(problems(text) == ["4:11 anchor", "5:15 bad-integer"])
    }

    // MARK: Fixes as edits

    /// Makes a diagnostic's first fix and analyses the result.
    func fixed(_ text: String, code: DiagnosticCode) throws -> (fix: FixIt, text: String, after: [String]) {
        let file = source(text)
        let diagnostic = try #require(CanvasAnalysis(file).diagnostics.first { $0.code == code })
        let fix = try #require(diagnostic.fixIts.first)
        let result = String(decoding: TextEdit.applying(fix.edits, to: file.bytes), as: UTF8.self)
        return (fix, result, problems(result))
    }

    @Test func didYouMeanReplacesTheWord() throws {
        let key = try fixed(validCanvas.replacingOccurrences(of: "    name: Shops", with: "    nmae: Shops"), code: .unknownKey)
        #expect(key.text == validCanvas && key.after == [])
        let word = try fixed(validCanvas.replacingOccurrences(of: "type: personal", with: "type: persnal"), code: .badEnum)
        #expect(word.text == validCanvas)
        let id = try fixed(validCanvas.replacingOccurrences(of: "provides: [platform]", with: "provides: [platfrom]"),
                           code: .unknownReference)
        #expect(id.text == validCanvas)
    }

    /// A key the mapping already has is no fix: it would make a duplicate key.
    @Test func didYouMeanNeverNamesAKeyTheMappingHas() {
        let text = validCanvas.replacingOccurrences(of: "    name: Shops\n", with: "    name: Shops\n    nmae: Again\n")
        let unknown = diagnostics(text).first { $0.code == .unknownKey }
        #expect(unknown?.fixIts == [] && unknown?.help?.hasPrefix("known keys: id, name, type") == true)
    }

    @Test func quotesAreRemovedFromANumberThatNeedsNone() throws {
        let text = validCanvas.replacingOccurrences(of: "    name: Shops\n", with: "    name: Shops\n    priority: \"1\"\n")
        let result = try fixed(text, code: .badInteger)
        #expect(result.text == text.replacingOccurrences(of: "\"1\"", with: "1") && result.after == [])
        // A quoted value that would not be valid bare has no sure fix.
        let wrong = diagnostics(text.replacingOccurrences(of: "\"1\"", with: "\"one\""))
        #expect(wrong.first { $0.code == .badInteger }?.fixIts == [])
    }

    @Test func aMissingCurrencyAndPeriodAreAddedAsTheCanvasWritesThem() throws {
        let text = validCanvas.replacingOccurrences(of: "    name: Fees\n", with: "    name: Fees\n    amount: 5\n")
            .replacingOccurrences(of: "    name: Salaries\n", with: "    name: Salaries\n    amount: 900\n    currency: BRL\n    per: year\n")
        let result = try fixed(text, code: .amountWithoutCurrency)
        #expect(result.text.contains("    amount: 5\n    currency: BRL\n    per: year\n"))
        #expect(result.after == [])
        #expect(diagnostics(text).first?.help == "add 'currency: BRL' and 'per: year' (or whichever applies)")
    }

    @Test func aDuplicateDerivedIdGetsAnExplicitOne() throws {
        let text = validCanvas.replacingOccurrences(of: "  - id: shops\n    name: Shops\n",
                                                    with: "  - id: shops\n    name: Shops\n  - name: Shops\n")
        let result = try fixed(text, code: .duplicateID)
        #expect(result.text.contains("  - id: shops-2\n    name: Shops\n"))
        // The second segment, now `shops-2`, is valid, and for nothing yet.
        #expect(result.after == ["5:9 unserved-segment", "5:9 unreached-segment", "5:9 no-relationship"])
    }

    @Test func aLowercaseCurrencyIsWrittenInCapitals() throws {
        let text = validCanvas.replacingOccurrences(of: "    name: Fees\n",
                                                    with: "    name: Fees\n    amount: 5\n    currency: eur\n    per: month\n")
        let result = try fixed(text, code: .badCurrency)
        #expect(result.text.contains("currency: EUR\n") && result.after == [])
    }
}
