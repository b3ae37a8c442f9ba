import Foundation
import Testing

/// The regression corpus through the built tool: `error-` files exit 1 with an
/// error that has a line and a column, `valid-` files exit 0; never a crash.
@Suite struct RegressionCorpusEndToEndTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile/regressions")

    static func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: Self.files())
    func replays(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let result = try runProcess(["check", "--format", "json", path])
        #expect(result.error.isEmpty, "\(name): \(result.error)")
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]] ?? []
        if name.hasPrefix("error-") {
            #expect(result.status == 1, "\(name)")
            let error = try #require(decoded.first { $0["severity"] as? String == "error" }, "\(name)")
            #expect((error["line"] as? Int ?? 0) >= 1 && (error["column"] as? Int ?? 0) >= 1)
        } else {
            #expect(result.status == 0, "\(name)")
        }
    }

    @Test func textOutputIsCappedAtTwoHundredDiagnosticsPerFile() throws {
        let scratch = try ScratchFolder()
        let text = "name: x\n" + (0..<500).map { "unknown-\($0): y\n" }.joined()
        let path = try scratch.write("many.canvas.yaml", text)
        let result = runInProcess(["check", path])
        #expect(result.status == 1)
        #expect(result.output.components(separatedBy: "[unknown-key]").count - 1 == 200)
        #expect(result.output.contains("\(path): 300 more problems not shown\n"))
        #expect(result.output.hasSuffix("500 errors in 1 file\n"))
    }
}
