@testable import BMCKit
import Testing

/// A canvas with the cursor marked `‸`: the text without the mark, and the mark's offset.
func cursor(_ marked: String) -> (analysis: CanvasAnalysis, offset: Int) {
    let mark = marked.range(of: "‸")!
    let offset = marked.utf8.distance(from: marked.startIndex, to: mark.lowerBound)
    return (CanvasAnalysis(source(marked.replacingCharacters(in: mark, with: ""))), offset)
}

/// The labels completion offers at the `‸`.
func completionLabels(_ marked: String) -> [String] {
    let (analysis, offset) = cursor(marked)
    return analysis.completions(at: offset).map(\.label)
}

let editingCanvas = """
    name: Editing
    customer-segments:
      - id: shops
        name: Shops
        personas:
          - name: Ana Lima
            pains:
              - id: late
                text: Late deliveries
      - name: Home cooks
    value-propositions:
      - name: Fast stock
        segments: [shops]
        pain-relievers:
          - text: Next-day delivery
            addresses: [late]
    channels:
      - name: Web shop
        segments: [shops]

    """

/// Completion as an editor asks for it while a canvas is typed: keys not yet
/// there, enumeration words, ids of the right kind, on lines that do not parse.
@Suite struct CompletionTests {
    @Test func theKeysOfASegmentThatAreNotWrittenYet() {
        let labels = completionLabels(editingCanvas.replacingOccurrences(of: "  - name: Home cooks\n",
                                                                           with: "  - name: Home cooks\n    ‸\n"))
        #expect(labels.contains("type") && labels.contains("personas") && labels.contains("priority"))
        #expect(!labels.contains("name"), "the segment has a name already")
        #expect(!labels.contains("segments"), "a segment has no 'segments' key")
    }

    @Test func aHalfTypedKeyCompletesFromItsPrefixWithColonAndSpace() throws {
        let (analysis, offset) = cursor(editingCanvas.replacingOccurrences(of: "  - name: Home cooks\n",
                                                                           with: "  - name: Home cooks\n    pri‸\n"))
        let completions = analysis.completions(at: offset)
        #expect(completions.map(\.label) == ["priority"])
        let priority = try #require(completions.first)
        #expect(priority.insertText == "priority: ")
        #expect(priority.range.end - priority.range.start == 3, "the typed 'pri' is replaced")
        #expect(priority.detail?.isEmpty == false)
    }

    @Test func aListOfItemsGetsAColonAndNoSpace() {
        let (analysis, offset) = cursor(editingCanvas.replacingOccurrences(of: "  - name: Home cooks\n",
                                                                           with: "  - name: Home cooks\n    perso‸\n"))
        #expect(analysis.completions(at: offset).map(\.insertText) == ["personas:"])
    }

    @Test func theTopLevelOffersTheBlocksNotYetWritten() {
        let labels = completionLabels(editingCanvas + "key-‸")
        #expect(Set(labels) == ["key-partnerships", "key-activities", "key-resources"])
        #expect(!completionLabels(editingCanvas + "chan‸").contains("channels"), "channels are written already")
    }

    @Test func theKeysOfAPersonaDeepInsideASegment() {
        let text = editingCanvas.replacingOccurrences(of: "      - name: Ana Lima\n", with: "      - name: Ana Lima\n        ro‸\n")
        #expect(completionLabels(text) == ["role"])
    }

    @Test func anEnumerationValueOffersItsWords() {
        let text = editingCanvas.replacingOccurrences(of: "  - name: Home cooks\n", with: "  - name: Home cooks\n    type: ‸\n")
        #expect(completionLabels(text) == SegmentType.allCases.map(\.rawValue))
        let typed = editingCanvas.replacingOccurrences(of: "  - name: Home cooks\n", with: "  - name: Home cooks\n    type: ni‸\n")
        #expect(completionLabels(typed) == ["niche-market"])
    }

    @Test func aColonWithoutItsSpaceGetsOneBeforeTheWord() throws {
        let (analysis, offset) = cursor(editingCanvas.replacingOccurrences(
            of: "  - name: Home cooks\n", with: "  - name: Home cooks\n    growth:‸\n"))
        let first = try #require(analysis.completions(at: offset).first)
        #expect(first.insertText == " shrinking")
    }

    @Test func aFlowListOfSegmentsOffersSegmentIdsOnlyDerivedOnesIncluded() {
        let text = editingCanvas.replacingOccurrences(of: "    segments: [shops]\n    pain-relievers:",
                                                      with: "    segments: [‸]\n    pain-relievers:")
        #expect(completionLabels(text) == ["home-cooks", "shops"])
        let after = editingCanvas.replacingOccurrences(of: "    segments: [shops]\n    pain-relievers:",
                                                       with: "    segments: [shops, ‸]\n    pain-relievers:")
        #expect(completionLabels(after) == ["home-cooks"], "an id already in the list is not offered again")
    }

    @Test func aBlockListOfAddressesOffersPainsAndGainsNotSegments() {
        let text = editingCanvas.replacingOccurrences(of: "        addresses: [late]\n",
                                                      with: "        addresses:\n          - ‸\n")
        #expect(completionLabels(text) == ["late"])
    }

    @Test func aListOfWordsInABlockList() {
        let text = editingCanvas.replacingOccurrences(of: "      - name: Ana Lima\n",
                                                      with: "      - name: Ana Lima\n        prefers:\n          - co‸\n")
        #expect(completionLabels(text) == ["community", "co-creation"])
    }

    @Test func nothingInsideTextsCommentsOrUnknownKeys() {
        #expect(completionLabels(editingCanvas + "notes: |\n  We sh‸\n").isEmpty)
        #expect(completionLabels(editingCanvas + "# cus‸\n").isEmpty)
        #expect(completionLabels("name: A‸\n").isEmpty, "a name is free text")
        #expect(completionLabels("mystery:\n  - ‸\n").isEmpty)
    }

    @Test func idsOfAnEarlierAnalysisWhenTheCanvasNoLongerReads() {
        let broken = cursor("name: Broken\ncustomer-segments: [\n  - name: X\nchannels:\n  - name: Web\n    segments: [‸]\n")
        let earlier = CanvasAnalysis(source(editingCanvas))
        #expect(broken.analysis.completions(at: broken.offset, ids: earlier.index).map(\.label) == ["home-cooks", "shops"])
    }
}

/// Hover, rename and the outline, as the language server shows them.
@Suite struct EditingQueryTests {
    @Test func hoverOnAKeyAWordAndAReference() throws {
        let key = cursor(editingCanvas.replacingOccurrences(of: "    segments: [shops]\n    pain", with: "    segm‸ents: [shops]\n    pain"))
        #expect(try #require(key.analysis.hover(at: key.offset)).markdown.hasPrefix("**segments**"))
        let word = cursor("name: W\ncustomer-segments:\n  - name: A\n    type: niche‸-market\n")
        let text = try #require(word.analysis.hover(at: word.offset)).markdown
        #expect(text.contains("niche-market") && text.contains("segment type") && text.contains("specialised"))
        let reference = cursor(editingCanvas.replacingOccurrences(of: "    addresses: [late]", with: "    addresses: [la‸te]"))
        #expect(try #require(reference.analysis.hover(at: reference.offset)).markdown == "Pain **Late deliveries** (`late`), line 8")
    }

    @Test func everyWordOfTheSchemaHasAMeaning() {
        var missing: [String] = []
        for schema in ItemSchema.all {
            for field in schema.fields {
                // Warning names are codes: `docs/format.md` explains each.
                if case .enumeration(let words) = field.type.elementType, words.noun != "warning name" {
                    missing += words.words.filter { WordMeanings.meaning(of: $0, in: words) == nil }
                }
            }
        }
        #expect(missing.isEmpty)
        #expect(WordMeanings.meaning(of: "acquisition", in: RelationshipGoal.schema)
                != WordMeanings.meaning(of: "acquisition", in: PartnershipMotivation.schema))
    }

    @Test func renamingAnExplicitIdChangesItAndEveryReference() throws {
        let (analysis, offset) = cursor(editingCanvas.replacingOccurrences(of: "  - id: shops", with: "  - id: sh‸ops"))
        #expect(analysis.renameTarget(at: offset)?.id == "shops")
        let edits = try analysis.renameEdits(at: offset, to: "stores")
        let renamed = String(decoding: TextEdit.applying(edits, to: analysis.source.bytes), as: UTF8.self)
        #expect(renamed == editingCanvas.replacingOccurrences(of: "shops", with: "stores"))
        #expect(CanvasAnalysis(source(renamed)).diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func renamingADerivedIdWritesItExplicitly() throws {
        let text = editingCanvas.replacingOccurrences(of: "    segments: [shops]\n    pain", with: "    segments: [shops, home-cooks]\n    pain")
        let (analysis, offset) = cursor(text.replacingOccurrences(of: "[shops, home-cooks]", with: "[shops, home‸-cooks]"))
        let edits = try analysis.renameEdits(at: offset, to: "cooks")
        let renamed = String(decoding: TextEdit.applying(edits, to: analysis.source.bytes), as: UTF8.self)
        #expect(renamed.contains("  - id: cooks\n    name: Home cooks\n"), "the name stays, the id is written")
        #expect(renamed.contains("segments: [shops, cooks]"))
    }

    @Test func renameRefusesPlacesThatAreNotIdsAndBadOrTakenIds() {
        let name = cursor(editingCanvas.replacingOccurrences(of: "name: Editing", with: "name: Edi‸ting"))
        #expect(name.analysis.renameTarget(at: name.offset) == nil)
        #expect(throws: RenameRefusal.notAnID) { try name.analysis.renameEdits(at: name.offset, to: "x") }
        let id = cursor(editingCanvas.replacingOccurrences(of: "  - id: shops", with: "  - id: sh‸ops"))
        #expect(throws: RenameRefusal.invalidID("new shops")) { try id.analysis.renameEdits(at: id.offset, to: "new shops") }
        #expect(throws: RenameRefusal.idTaken("late", by: .pain)) { try id.analysis.renameEdits(at: id.offset, to: "late") }
    }

    @Test func theOutlineNestsItemsPersonasAndPointsInTheirBlocks() throws {
        let outline = CanvasAnalysis(source(editingCanvas)).outline()
        #expect(outline.map(\.name) == ["customer-segments", "value-propositions", "channels"])
        let segments = try #require(outline.first)
        #expect(segments.children.map(\.name) == ["Shops", "Home cooks"])
        let ana = try #require(segments.children.first?.children.first)
        #expect(ana.name == "Ana Lima" && ana.kind == .element(.persona))
        #expect(ana.children.map(\.name) == ["Late deliveries"])
        #expect(outline[1].children.first?.children.map(\.name) == ["Next-day delivery"])
    }

    @Test func aDecimalCommaGetsAFixWithADot() throws {
        func fix(_ amount: String) -> String? {
            let text = "name: M\nrevenue-streams:\n  - name: Sales\n    amount: \(amount)\n    currency: EUR\n    per: month\n"
            let analysis = CanvasAnalysis(source(text))
            guard let fixIt = analysis.diagnostics.first(where: { $0.code.name == "bad-decimal" })?.fixIts.first else { return nil }
            return String(decoding: TextEdit.applying(fixIt.edits, to: analysis.source.bytes), as: UTF8.self)
                .split(separator: "\n")[3].replacingOccurrences(of: "    amount: ", with: "")
        }
        #expect(fix("22,50") == "22.50")
        #expect(fix("1.500,5") == "1500.5")
        #expect(fix("1,500.50") == "1500.50")
        #expect(fix("1.500.000") == "1500000")
        #expect(fix("1,500") == nil, "English thousands or a Spanish decimal: not sure")
        #expect(fix("1.50,50") == nil)
    }
}
