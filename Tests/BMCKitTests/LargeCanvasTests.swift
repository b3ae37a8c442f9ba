@testable import BMCKit
import Testing

/// Canvases with thousands of items: items in file order, an item that cannot be
/// read leaves no gap, every problem is reported once, in order, and `fmt` gives a
/// long canonical file back.
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
        let canvas = try #require(CanvasAnalysis(source(Self.canvas(segments: 3_000).replacingHihg())).canvas)
        #expect(canvas.customerSegments.map(\.id) == (1...3_000).map { "seg-\($0)" })
        #expect(canvas.customerSegments.map { $0.personas.first?.id } == (1...3_000).map { "persona-\($0)" })
    }

    /// An item that cannot be read (every 50th here, a plain `- 42`) leaves no
    /// hole in the list, and no item moves: the typed list is every other item in
    /// file order, and a later duplicate of the last one points back at it.
    @Test func itemsLeftOutOfAPartLeaveNoGap() throws {
        var text = "name: Gaps\ncustomer-segments:\n"
        for number in 1...3_000 {
            text += number % 50 == 0 ? "  - 42\n" : "  - id: seg-\(number)\n    name: Segment \(number)\n"
        }
        text += "value-propositions:\n  - id: seg-2999\n    name: Twice\n"

        let (document, readingDiagnostics) = Reader.read(source(text))
        #expect(readingDiagnostics.isEmpty)
        let canvas = try #require(CanvasDecoder.decode(document).canvas)
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

    /// A long canonical file, with blank lines between groups of items and a `|+`
    /// block scalar whose own empty line stands before one: `fmt` gives it back.
    @Test func aLongCanonicalFileIsItsOwnFormat() {
        var text = "name: Large\n\ncustomer-segments:\n"
        for number in 1...3_000 {
            if number % 100 == 1 && number > 1 { text += "\n" }
            text += "  - id: seg-\(number)\n    name: Segment \(number)\n"
            if number == 1_500 { text += "    notes: |+\n      Kept.\n\n" }
        }
        let (document, diagnostics) = Reader.read(source(text))
        #expect(!diagnostics.containsErrors)
        #expect(CanonicalFormatter.format(document) == text)
    }
}

private extension String {
    func replacingHihg() -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0 == "    fit: hihg" ? "    fit: high" : $0 == "    colour: blue" ? "    notes: blue" : String($0) }
            .joined(separator: "\n")
    }
}
