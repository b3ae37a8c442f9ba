import BMCKit
import Foundation
import Testing

/// Every export of three canvases compared with golden files that were read line
/// by line: two small coherent examples (in English and in Portuguese) and one full
/// of hostile text. Run with
/// `BMC_RECORD_GOLDEN=1` to rewrite them after a deliberate change, then read the
/// diff before committing.
@Suite struct ExportGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let cases: [(canvas: String, name: String)] = [
        ("Canvases/cafe-aurora.canvas.yaml", "cafe-aurora"),
        ("Canvases/oficina-pedal-leve.canvas.yaml", "oficina-pedal-leve"),
        ("Tests/Fixtures/hostile/hostile.canvas.yaml", "hostile"),
    ]

    static func load(_ path: String) throws -> CanvasAnalysis {
        let url = root.appendingPathComponent(path)
        let source = SourceFile(name: path, bytes: Array(try Data(contentsOf: url)))
        return CanvasAnalysis(source)
    }

    static func exports(of result: CanvasAnalysis) throws -> [(String, String)] {
        let canvas = try #require(result.canvas)
        return [
            ("json", JSONExporter.export(canvas)),
            ("en.md", MarkdownExporter(language: .en).export(canvas, warnings: result.diagnostics, source: result.source)),
            ("es.md", MarkdownExporter(language: .es).export(canvas, warnings: result.diagnostics, source: result.source)),
            ("pt.md", MarkdownExporter(language: .pt).export(canvas, warnings: result.diagnostics, source: result.source)),
            ("canvas.dot", DOTExporter(language: .en, view: .canvas, openWarnings: result.warnings.count).export(canvas)),
            ("a4.es.canvas.dot", DOTExporter(language: .es, view: .canvas, options: DiagramOptions(paper: .a4),
                                             openWarnings: result.warnings.count).export(canvas)),
            ("map.dot", DOTExporter(language: .pt, view: .map).export(canvas)),
            ("vpc.dot", DOTExporter(language: .es, view: .valueProposition).export(canvas)),
        ]
    }

    @Test(arguments: cases.map(\.name))
    func exportsMatchTheGoldenFiles(_ name: String) throws {
        let path = try #require(Self.cases.first { $0.name == name }).canvas
        let result = try Self.load(path)
        let recording = ProcessInfo.processInfo.environment["BMC_RECORD_GOLDEN"] == "1"
        for (suffix, text) in try Self.exports(of: result) {
            let golden = Self.root.appendingPathComponent("Tests/Fixtures/golden/\(name).\(suffix)")
            if recording {
                try Data(text.utf8).write(to: golden)
                continue
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(text == expected, "\(name).\(suffix) differs from its golden file")
        }
    }

    @Test func exportsAreTheSameBytesOnEveryRun() throws {
        let first = try Self.exports(of: Self.load("Canvases/stockwise.canvas.yaml"))
        let second = try Self.exports(of: Self.load("Canvases/stockwise.canvas.yaml"))
        #expect(first.map(\.1) == second.map(\.1))
    }
}
