import Foundation
import Testing

@Suite struct ExportCommandTests {
    let cafe = repositoryRoot.appendingPathComponent("Canvases/cafe-aurora.canvas.yaml").path

    @Test func markdownSpeaksTheChosenLanguage() {
        let english = runInProcess(["export", cafe, "--format", "markdown"])
        #expect(english.status == 0)
        #expect(english.output.contains("\n## Customer Segments\n"))
        let spanish = runInProcess(["export", cafe, "--format", "markdown", "--lang", "es"])
        #expect(spanish.output.contains("\n## Segmentos de clientes\n"))
        let portuguese = runInProcess(["export", cafe, "-f", "markdown", "--lang", "pt"])
        #expect(portuguese.output.contains("\n## Relacionamento com clientes\n"))
    }

    @Test func jsonIsTheTypedCanvasWithDerivedIds() throws {
        let result = runInProcess(["export", cafe, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let segments = try #require(object["customer-segments"] as? [[String: Any]])
        #expect(segments.first?["id"] as? String == "remote-workers")
        #expect(segments.first?["priority"] as? Int == 1)
        #expect(object["version"] as? String == "1.10")
    }

    @Test func dotTakesAView() {
        #expect(runInProcess(["export", cafe, "--format", "dot"]).output.hasPrefix("digraph canvas {"))
        #expect(runInProcess(["export", cafe, "--format", "dot", "--view", "map"]).output.hasPrefix("digraph map {"))
        let wrong = runInProcess(["export", cafe, "--format", "json", "--view", "map"])
        #expect(wrong.status == 2)
    }

    @Test func aCanvasWithErrorsIsNotExported() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("bad.canvas.yaml", "name: Bad\ndate: 2026-02-30\n")
        let result = runInProcess(["export", path, "--format", "markdown"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("\(path):2:7: error: '2026-02-30' is not a real calendar date [bad-date]"))
    }

    @Test func outputFileIsWrittenWholeAndNothingElseIsLeftBehind() throws {
        let scratch = try ScratchFolder()
        let target = scratch.url.appendingPathComponent("cafe.md").path
        let result = runInProcess(["export", cafe, "--format", "markdown", "-o", target])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written == runInProcess(["export", cafe, "--format", "markdown"]).output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["cafe.md"])
    }

    @Test func formatIsRequired() {
        let result = runInProcess(["export", cafe])
        #expect(result.status == 2)
        #expect(result.error.contains("missing '--format json|markdown|dot|svg|png|pdf'"))
    }

    @Test func closedPipeEndsQuietly() throws {
        // `bmc export ... | head -c 1`: the reader goes away long before the end of
        // an output far larger than a pipe's buffer.
        let scratch = try ScratchFolder()
        let segments = (0..<5000).map { "  - id: s\($0)\n    name: Segment \($0)\n" }.joined()
        let path = try scratch.write("big.canvas.yaml", "name: Big\ncustomer-segments:\n" + segments)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(builtTool().path)' export '\(path)' --format json | head -c 1 >/dev/null"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.isEmpty)
    }
}

@Suite struct SchemaAndNewCommandTests {
    @Test func schemaIsDraft2020WithEveryKind() throws {
        let result = runInProcess(["schema"])
        #expect(result.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["additionalProperties"] as? Bool == false)
        let definitions = try #require(schema["$defs"] as? [String: Any])
        #expect(Set(definitions.keys) == ["Activity", "Channel", "Cost", "Partnership", "Persona", "Point", "Product",
                                          "Relationship", "Remedy", "Resource", "RevenueStream", "Segment", "ValueProposition"])
    }

    @Test(arguments: ["en", "es", "pt"])
    func starterCanvasChecksWithoutWarnings(_ language: String) {
        let starter = runInProcess(["new", "--lang", language, "--name", "Café: Aurora"])
        #expect(starter.status == 0)
        #expect(starter.output.contains("language: \(language)\n"))
        #expect(starter.output.contains("#   type: mass-market | niche-market | segmented | diversified | multi-sided-platform"))
        let checked = runInProcess(["check", "--strict", "-"], standardInput: starter.output)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.isEmpty)
    }
}
