@testable import BMCKit
import Foundation
import Testing

/// Every input the fuzzer ever failed on, and hand-made hostile files, replayed
/// through the library: a diagnostic with a position, or success; and when the
/// reader accepts the file, `fmt` keeps its meaning and is a fixed point.
@Suite struct RegressionCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/regressions")

    static func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files().count >= 2)
    }

    @Test(arguments: Self.files())
    func replays(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let source = SourceFile(name: name, bytes: bytes)
        let result = CanvasLoader.load(source)
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
