import BMCKit
import Foundation
import Testing

/// The diff of two workshops of a Spanish canvas, in every format and language,
/// compared with golden files read line by line: a pain added (named by its
/// text, and the `unaddressed-pain` it introduces), a typo fixed in a value
/// proposition's name (a rename, its references no change), a revenue stream
/// added (the `empty-block` it resolves). `BMC_RECORD_GOLDEN=1` rewrites them.
@Suite struct DiffGoldenTests {
    static let folder = ExportGoldenTests.root.appendingPathComponent("Tests/Fixtures/diff")

    static func analysis(_ name: String) throws -> CanvasAnalysis {
        let path = "Tests/Fixtures/diff/" + name
        let bytes = Array(try Data(contentsOf: ExportGoldenTests.root.appendingPathComponent(path)))
        return CanvasAnalysis(SourceFile(name: path, bytes: bytes))
    }

    static func outputs() throws -> [(String, String)] {
        let old = try analysis("pediatria.before.canvas.yaml"), new = try analysis("pediatria.after.canvas.yaml")
        let changes = CanvasDiff.changes(from: try #require(old.validCanvas), to: try #require(new.validCanvas))
        var outputs: [(String, String)] = []
        for language in CanvasLanguage.allCases {
            let warnings = WarningChange.between(old, new, language: language)
            outputs.append(("\(language.rawValue).txt", DiffTextRenderer(language: language).render(changes, warnings: warnings)))
            outputs.append(("\(language.rawValue).md", DiffMarkdownRenderer(language: language)
                .render(changes, title: "Pediatría Santa Rosa", warnings: warnings)))
        }
        outputs.append(("json", DiffJSONRenderer.render(changes, warnings: WarningChange.between(old, new, language: .es))))
        return outputs
    }

    @Test func theWorkshopDiffMatchesItsGoldenFiles() throws {
        let recording = ProcessInfo.processInfo.environment["BMC_RECORD_GOLDEN"] == "1"
        for (suffix, text) in try Self.outputs() {
            let golden = Self.folder.appendingPathComponent("pediatria.diff.\(suffix)")
            if recording {
                try Data(text.utf8).write(to: golden)
                continue
            }
            #expect(text == (try String(contentsOf: golden, encoding: .utf8)), "pediatria.diff.\(suffix) differs from its golden file")
        }
    }
}
