import BMCKit
import Foundation
import Testing

/// The example canvases of the repository are coherent: each loads with no
/// diagnostics at all, not even a warning.
@Suite("Example canvases")
struct ExampleCanvasTests {
    static let canvasFolder = repositoryRoot.appendingPathComponent("Canvases")

    static let canvasNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: canvasFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".canvas.yaml") }.sorted()
    }()

    @Test func theFolderHoldsCanvases() {
        #expect(Self.canvasNames.count >= 8)
    }

    @Test("each example loads without diagnostics", arguments: canvasNames)
    func exampleLoadsCleanly(name: String) throws {
        let data = try Data(contentsOf: Self.canvasFolder.appendingPathComponent(name))
        let file = SourceFile(name: "Canvases/\(name)", bytes: Array(data))
        let result = CanvasAnalysis(file)
        #expect(locations(result.diagnostics, in: file) == [])
        let canvas = try #require(result.canvas)
        #expect(!canvas.name.isEmpty)
        #expect(!canvas.customerSegments.isEmpty)
        #expect(!canvas.valuePropositions.isEmpty)
    }

    @Test("each example reads with CRLF line ends to the same tree", arguments: canvasNames)
    func exampleWithCRLF(name: String) throws {
        let text = try String(contentsOf: Self.canvasFolder.appendingPathComponent(name), encoding: .utf8)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(tree(crlf) == tree(text))
        #expect(problems(crlf) == [])
    }

    @Test func theExampleOfTheFormatGuideLoadsWithoutDiagnostics() throws {
        let guide = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let start = try #require(guide.range(of: "```yaml\n"))
        let end = try #require(guide.range(of: "\n```", range: start.upperBound..<guide.endIndex))
        let example = String(guide[start.upperBound..<end.lowerBound]) + "\n"
        #expect(example.hasPrefix("# Café Aurora"))
        #expect(problems(example) == [])
    }
}
