@testable import BMCKit
import Testing

/// Long blocks are decoded in parts on several cores; what a user sees must not
/// depend on that: items in file order, every problem reported once, in order.
@Suite("Large canvases")
struct LargeCanvasTests {
    /// A canvas with `count` segments; every 97th has a misspelt `fit`, every
    /// 251st an unknown key, so problems fall in every part of the list.
    static func canvas(segments count: Int) -> String {
        var text = "name: Large\ncustomer-segments:\n"
        for number in 1...count {
            text += "  - id: seg-\(number)\n    name: Segment \(number)\n"
            text += number % 97 == 0 ? "    fit: hihg\n" : "    fit: high\n"
            if number % 251 == 0 { text += "    colour: blue\n" }
            text += "    personas:\n      - name: Persona \(number)\n        pains:\n          - id: pain-\(number)\n            text: It hurts\n"
        }
        return text
    }

    @Test func itemsKeepTheirOrder() throws {
        let canvas = try #require(CanvasLoader.load(source(Self.canvas(segments: 3_000).replacingHihg())).canvas)
        #expect(canvas.customerSegments.map(\.id) == (1...3_000).map { "seg-\($0)" })
        #expect(canvas.customerSegments.map { $0.personas.first?.id } == (1...3_000).map { "persona-\($0)" })
    }

    /// Parts decode their items side by side into one list; an item that cannot
    /// be read (every 50th here, a plain `- 42`, so in every part) leaves no hole
    /// in it, and no item moves: the typed list is every other item in file order,
    /// and a later duplicate of the last one points back at it.
    @Test func itemsLeftOutOfAPartLeaveNoGap() throws {
        var text = "name: Gaps\ncustomer-segments:\n"
        for number in 1...3_000 {
            text += number % 50 == 0 ? "  - 42\n" : "  - id: seg-\(number)\n    name: Segment \(number)\n"
        }
        text += "value-propositions:\n  - id: seg-2999\n    name: Twice\n"

        let (document, readingDiagnostics) = Reader.read(source(text))
        #expect(readingDiagnostics.isEmpty)
        let canvas = try #require(CanvasDecoder.decodeKeepingState(document, scope: .structure).canvas)
        let kept = (1...3_000).filter { $0 % 50 != 0 }
        #expect(canvas.customerSegments.map(\.id) == kept.map { "seg-\($0)" })

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let leftOut = lines.indices.filter { lines[$0] == "  - 42" }.map { "\($0 + 1):5 expected-mapping" }
        let first = try #require(lines.firstIndex(of: "  - id: seg-2999")) + 1
        let second = try #require(lines.lastIndex(of: "  - id: seg-2999")) + 1
        #expect(problems(text) == leftOut + ["\(second):9 duplicate-id"])
        let duplicate = try #require(diagnostics(text).first { $0.code == .duplicateID })
        #expect(duplicate.notes.map { source(text).location(of: $0.range.start).line } == [first])
    }

    @Test func everyProblemIsReportedOnceInFileOrder() {
        let text = Self.canvas(segments: 3_000)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = lines.enumerated().compactMap { offset, line -> String? in
            if line == "    fit: hihg" { return "\(offset + 1):10 bad-enum" }
            if line == "    colour: blue" { return "\(offset + 1):5 unknown-key" }
            return nil
        }
        #expect(expected.count == 3_000 / 97 + 3_000 / 251)
        #expect(problems(text) == expected)
    }

    /// fmt writes long sequences in parts on several cores and joins their text.
    /// With two or four cores a part starts at item 1501 (checked first); a blank
    /// line before it stays one blank line, also after a `|+` block scalar whose
    /// own empty line ends the part before. The input is canonical, so fmt must
    /// give it back.
    @Test(arguments: [false, true])
    func formatWrittenInPartsIsTheSameAsInOneGo(keepChompedBeforeTheSplit: Bool) {
        #expect(ProcessorCount.online == 1 || partStarts(3_000).contains(1_500))
        var text = "name: Large\n\ncustomer-segments:\n"
        for number in 1...3_000 {
            if number % 100 == 1 && number > 1 { text += "\n" }
            text += "  - id: seg-\(number)\n    name: Segment \(number)\n"
            if number == 1_500 && keepChompedBeforeTheSplit { text += "    notes: |+\n      Kept.\n\n" }
        }
        let (document, diagnostics) = Reader.read(source(text))
        #expect(!diagnostics.containsErrors)
        #expect(CanonicalFormatter.format(document) == text)
    }

    /// A part of a long list can hold a long list of its own, which is written in
    /// parts too: nothing of either may go missing or move. With two or four cores
    /// the outer list splits before item 301, after a `|+` block scalar; item 450
    /// ends with 400 needs, and a blank line stands before item 451.
    @Test func listsWrittenInPartsInsidePartsKeepAllTheirText() throws {
        #expect(ProcessorCount.online == 1 || partStarts(600).contains(300) && partStarts(400).count > 1)
        var text = "name: Nested\n\ncustomer-segments:\n"
        for number in 1...600 {
            if number == 451 { text += "\n" }
            text += "  - id: seg-\(number)\n    name: Segment \(number)\n"
            if number == 300 { text += "    notes: |+\n      Kept.\n\n" }
            if number == 450 {
                text += "    needs:\n"
                for need in 1...400 { text += "      - need \(need)\n" }
            }
        }
        let file = source(text)
        let canvas = try #require(CanvasLoader.load(file).canvas)
        #expect(JSONExporter.export(canvas) == canvas.json.serialized())
        #expect(canvas.customerSegments[449].needs.count == 400)
        #expect(CanonicalFormatter.format(Reader.read(file).document) == text)
    }

    /// Export writes long lists in parts on several cores and joins their text; the
    /// tree the diff builds is written in one go. Both must give the same bytes.
    @Test func exportWrittenInPartsIsTheSameAsInOneGo() throws {
        let canvas = try #require(CanvasLoader.load(source(Self.canvas(segments: 3_000).replacingHihg())).canvas)
        let exported = JSONExporter.export(canvas)
        #expect(exported == canvas.json.serialized())
        let ids = exported.split(separator: "\n").filter { $0.hasPrefix("      \"id\": \"seg-") }
        #expect(ids.map { String($0) } == (1...3_000).map { "      \"id\": \"seg-\($0)\"," })
    }
}

/// Where the parts of a list of `count` items start (none when it is not shared out).
private func partStarts(_ count: Int) -> [Int] {
    ListParts.parts(of: count)?.map(\.lowerBound) ?? []
}

private extension String {
    func replacingHihg() -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0 == "    fit: hihg" ? "    fit: high" : $0 == "    colour: blue" ? "    notes: blue" : String($0) }
            .joined(separator: "\n")
    }
}
