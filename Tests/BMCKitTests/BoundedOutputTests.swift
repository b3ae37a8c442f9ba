@testable import BMCKit
import Testing

/// What `bmc` prints about a hostile canvas is bounded and inert: excerpts are cut
/// around the caret, control characters are escaped, "did you mean" costs time in
/// proportion to the input, and no text can make `dot` fail.
@Suite struct BoundedOutputTests {
    // MARK: Excerpts

    @Test func aLongLineIsCutAroundTheCaret() {
        let file = source("name: A\nnotes: " + String(repeating: "x", count: 5_000) + "\tz\n")
        let excerpt = SourceExcerpt(of: SourceRange(start: 8 + 7 + 5_000, end: 8 + 7 + 5_001), in: file)
        #expect(excerpt.text == "…" + String(repeating: "x", count: 40) + " z")
        #expect(excerpt.caretColumn == 41)
        #expect(excerpt.underlineWidth == 1)
        let rendered = DiagnosticTextRenderer().render(
            Diagnostic(SyntaxProblem.tabOutsideQuotes, at: SourceRange(start: 15, end: 16)), in: file)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.unicodeScalars.count < 140 })
        #expect(rendered.contains("    2 | notes: " + String(repeating: "x", count: 113) + "…\n"))
    }

    /// The problem the review found: a long flow sequence of 300 unknown ids on one
    /// line printed the whole line once per diagnostic.
    @Test func manyProblemsOnAMegabyteLinePrintInProportionToTheirNumber() {
        let ids = (0..<300).map { "unknown-\($0)" } + (0..<250_000).map { "s\($0 % 3)" }
        let text = "name: A\ncustomer-segments:\n  - id: s0\n    name: S\n  - id: s1\n    name: T\n  - id: s2\n    name: U\n"
            + "value-propositions:\n  - name: V\n    segments: [" + ids.joined(separator: ", ") + "]\n"
        let file = source(text)
        let renderer = DiagnosticTextRenderer()
        let found = CanvasAnalysis(file).diagnostics
        #expect(found.count == 300)
        let output = found.map { renderer.render($0, in: file) }.joined()
        #expect(text.utf8.count > 1_000_000)
        #expect(output.utf8.count < 300 * 500)
    }

    @Test func messagesQuotingALongValueAreBounded() {
        let key = String(repeating: "k", count: 60_000)
        let found = diagnostics("name: A\n\(key): 1\n")
        #expect(found.count == 1)
        #expect(found[0].message.unicodeScalars.count <= BoundedText.maximumLength)
        #expect(found[0].message.hasPrefix("unknown key 'kkk"))
        #expect(found[0].message.hasSuffix("kkk' in canvas"))
        #expect(found[0].message.contains("…"))
    }

    // MARK: Control characters

    @Test func controlCharactersInTheExcerptAreEscapedAndTheCaretStaysUnderTheProblem() {
        // ESC ] 0 ; title BEL sets a terminal's title; the reader refuses the ESC.
        let file = source(bytes: Array("name: A\ndescription: \u{1B}]0;pwned\u{07} x\n".utf8))
        let rendered = rendered(file)
        #expect(rendered == """
            t.canvas.yaml:2:14: error: control character U+001B is not allowed [invalid-character]
                2 | description: \\u{1B}]0;pwned\\u{7} x
                  |              ^~~~~~
            help: remove it, or write it as an escape inside double quotes

            """)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func escapedControlsInValuesAndFileNamesReachTheTerminalEscaped() {
        let file = SourceFile(name: "evil\nt.canvas.yaml:1:1: error: forged", text:
            "name: A\ncustomer-segments:\n  - name: x\n    type: \"\\x1B]0;x\\x07\\x9B\\u202E\"\n")
        let text = rendered(file)
        #expect(text.hasPrefix("evil\\u{A}t.canvas.yaml:1:1: error: forged:4:11: error: unknown segment type '\\u{1B}]0;x\\u{7}\\u{9B}\\u{202E}' [bad-enum]\n"))
        #expect(!text.unicodeScalars.contains { TerminalSafeText.isUnsafe($0) && $0 != "\n" })
        let json = JSONValue.array(CanvasAnalysis(file).diagnostics.map { DiagnosticJSONRenderer.object(for: $0, in: file) })
            .serialized()
        #expect(json.contains(#""file": "evil\nt.canvas.yaml:1:1: error: forged""#))
        #expect(json.contains(#"'\u001b]0;x\u0007\u009b"#))
        #expect(!json.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x80...0x9F).contains($0.value) })
    }

    private func rendered(_ file: SourceFile) -> String {
        let renderer = DiagnosticTextRenderer()
        return CanvasAnalysis(file).diagnostics.map { renderer.render($0, in: file) }.joined()
    }

    // MARK: Did you mean, in linear time

    /// A canvas with thousands of distinct unknown ids: each is answered once, all
    /// of them within one budget, so the first ones (those the text output shows)
    /// get a suggestion and the later ones the plain help, instead of a search
    /// through every id for every reference.
    @Test func unknownIdsShareOneBudgetOfSuggestions() {
        let segments = (0..<2_000).map { "  - id: segment-\($0)\n    name: S\($0)\n" }.joined()
        let references = (0..<4_000).map { "      - segment-\($0)x\n" }.joined()
        let text = "name: Q\ncustomer-segments:\n" + segments + "value-propositions:\n  - name: V\n    segments:\n" + references
        let found = diagnostics(text).filter { $0.code == .unknownReference }
        #expect(found.count == 4_000)
        #expect(found.first?.help == "did you mean 'segment-0'?")
        #expect(found.last?.help == "'segments' of a value proposition names a segment")
        let suggested = found.prefix { $0.help?.hasPrefix("did you mean") ?? false }.count
        #expect(suggested > 50 && suggested < 4_000)
    }

    @Test func oneTypoRepeatedEverywhereIsSearchedOnce() {
        var suggestions = IdentifierSuggestions(index: IdentifierIndex(Canvas()), budget: 1_000)
        _ = suggestions.closest(to: "x", ofKinds: [.segment])
        let spent = 1_000 - suggestions.budget
        for _ in 0..<100 { _ = suggestions.closest(to: "x", ofKinds: [.segment]) }
        #expect(1_000 - suggestions.budget == spent)
    }

    /// The banded edit distance is the full one wherever it is within the limit.
    @Test func theBandedEditDistanceAgreesWithTheFullOne() {
        var generator = SeededBytes(seed: 7)
        for _ in 0..<2_000 {
            let a = generator.bytes(Int(generator.bytes(1)[0] % 9)).map { Unicode.Scalar(UInt8(ascii: "a") + $0 % 4) }
            let b = generator.bytes(Int(generator.bytes(1)[0] % 9)).map { Unicode.Scalar(UInt8(ascii: "a") + $0 % 4) }
            let full = fullEditDistance(a, b)
            for limit in 1...3 {
                let banded = Suggestions.editDistance(a, b, limit: limit)
                #expect(full <= limit ? banded == full : banded == limit + 1, "\(a) \(b) limit \(limit)")
            }
        }
    }

    private func fullEditDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    // MARK: Noncharacters

    @Test func noncharactersBecomeTheReplacementCharacterInDiagramsAndDocuments() throws {
        let text = "name: \"a\\uFFFEb\"\ncustomer-segments:\n  - id: s\n    name: \"x\\uFFFFy\\U0001FFFEz\\uFDD0\"\n"
        let canvas = try #require(cleanCanvasAllowingWarnings(text))
        for view in DiagramView.allCases {
            let dot = DOTExporter(language: .en, view: view).export(canvas)
            #expect(!dot.unicodeScalars.contains { $0.properties.isNoncharacterCodePoint })
            #expect(dot.contains("a\u{FFFD}b"))
            // The Value Proposition Canvas draws segments with a profile only.
            if view != .valueProposition { #expect(dot.contains("x\u{FFFD}y\u{FFFD}z\u{FFFD}")) }
        }
        let markdown = MarkdownExporter(language: .en).export(canvas)
        #expect(markdown.hasPrefix("# a\u{FFFD}b\n"))
        // JSON keeps the text exactly: noncharacters are valid JSON.
        #expect(JSONExporter.export(canvas).contains("a\u{FFFE}b"))
    }

    private func cleanCanvasAllowingWarnings(_ text: String) -> Canvas? {
        CanvasAnalysis(source(text)).validCanvas
    }
}
