@testable import BMCKit
import Foundation
import Testing

/// Every input the fuzzer ever failed on, and hand-made hostile files, replayed
/// through the library. A file's name says the outcome it must have: `error-` an
/// error with a position, `valid-` no error. Whenever the reader accepts a file,
/// `fmt` keeps its meaning and is a fixed point.
@Suite struct RegressionCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/regressions")

    static func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files().count >= 30)
        #expect(Self.files().allSatisfy { $0.hasPrefix("error-") || $0.hasPrefix("valid-") })
    }

    @Test(arguments: Self.files())
    func replays(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let source = SourceFile(name: name, bytes: bytes)
        let result = CanvasAnalysis(source)
        if name.hasPrefix("error-") {
            #expect(result.diagnostics.containsErrors, "\(name) should be refused")
        } else {
            #expect(!result.diagnostics.containsErrors, "\(name) should check: \(result.diagnostics.map(\.message))")
        }
        for diagnostic in result.diagnostics {
            #expect(diagnostic.range.start >= 0 && diagnostic.range.start <= bytes.count)
            let location = source.location(of: diagnostic.range.start)
            #expect(location.line >= 1 && location.column >= 1)
            _ = DiagnosticTextRenderer().render(diagnostic, in: source)
        }
        let (document, diagnostics) = Reader.read(source)
        guard !diagnostics.containsErrors else { return }
        let formatted = CanonicalFormatter.format(document)
        #expect(FormatterTests.tree(formatted) == FormatterTests.tree(String(decoding: bytes, as: UTF8.self)))
        #expect(FormatterTests.format(formatted) == formatted)
        #expect(FormatterTests.comments(formatted) == FormatterTests.comments(String(decoding: bytes, as: UTF8.self)))
    }
}

/// Generated hostile inputs too large to keep as files, and every truncation of a
/// real canvas at a structural character.
@Suite struct GeneratedHostileInputTests {
    static func load(_ text: String) -> CanvasAnalysis {
        CanvasAnalysis(SourceFile(name: "t.canvas.yaml", text: text))
    }

    @Test func twoHundredThousandNestedBrackets() {
        let result = Self.load("name: " + String(repeating: "[", count: 200_000) + "\n")
        #expect(result.diagnostics.map(\.code) == [.nestedFlowSequence])
    }

    @Test func aFlowSequenceOfThreeHundredThousandElements() {
        let result = Self.load("name: x\nauthors: [" + Array(repeating: "a", count: 300_000).joined(separator: ", ") + "]\n")
        #expect(!result.diagnostics.containsErrors)
        #expect(result.canvas?.authors.count == 300_000)
    }

    /// Cut a real canvas after every structural character: the reader never
    /// crashes, every diagnostic has a position inside the file, and whatever
    /// still reads formats to a fixed point with the same meaning.
    @Test func everyTruncationAtAStructuralPoint() throws {
        let url = RegressionCorpusTests.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Canvases/cafe-aurora.canvas.yaml")
        let bytes = Array(try Data(contentsOf: url))
        let structural = Set(":-[],'\"|>#\n".utf8)
        var cuts = 0
        for (offset, byte) in bytes.enumerated() where structural.contains(byte) {
            let truncated = Array(bytes[...offset])
            let source = SourceFile(name: "cut", bytes: truncated)
            let result = CanvasAnalysis(source)
            #expect(result.diagnostics.allSatisfy { $0.range.start <= truncated.count })
            let (document, diagnostics) = Reader.read(source)
            if !diagnostics.containsErrors {
                let text = String(decoding: truncated, as: UTF8.self)
                let formatted = CanonicalFormatter.format(document)
                #expect(FormatterTests.tree(formatted) == FormatterTests.tree(text), "cut at \(offset)")
                #expect(FormatterTests.format(formatted) == formatted, "cut at \(offset)")
            }
            cuts += 1
        }
        #expect(cuts > 300)
    }
}
