import Foundation
import Testing

/// `bmc export` drawing diagrams: the options of each view, rendering through
/// `dot`, and `--watch`.
@Suite struct DiagramCommandTests {
    let cafe = repositoryRoot.appendingPathComponent("Canvases/cafe-aurora.canvas.yaml").path
    let stockwise = repositoryRoot.appendingPathComponent("Canvases/stockwise.canvas.yaml").path
    static let hasDot = ["/usr/bin/dot", "/usr/local/bin/dot"].contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func eachViewTakesItsOwnOptions() {
        #expect(runInProcess(["export", cafe, "--format", "dot", "--view", "value-proposition"]).output
            .hasPrefix("digraph vpc {"))
        #expect(runInProcess(["export", cafe, "--format", "dot", "--paper", "a4"]).output.contains("size=\"11.69,8.27!\""))
        let focus = runInProcess(["export", stockwise, "--format", "dot", "--view", "map", "--focus", "anja"])
        #expect(focus.status == 0 && focus.output.contains("focused on Medium companies"))
        for (arguments, message) in [
            (["--view", "map", "--focus", "nowhere"], "'--focus nowhere': the canvas has no item with that id"),
            (["--view", "value-proposition", "--for", "anja,nobody"], "'--for nobody': the canvas has no value proposition"),
            (["--view", "canvas", "--for", "anja"], "'--for' applies to '--view value-proposition' only"),
            (["--paper", "a5"], "option '--paper' takes 'a4', 'a3', 'a2', 'a1', 'a0', not 'a5'"),
            (["--view", "map", "--paper", "a4"], "'--paper' applies to '--view canvas' only"),
        ] {
            let result = runInProcess(["export", stockwise, "--format", "dot"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.error.contains(message), "\(arguments): \(result.error)")
            #expect(result.output.isEmpty)
        }
        let markdown = runInProcess(["export", cafe, "--format", "markdown", "--paper", "a4"])
        #expect(markdown.status == 2)
    }

    @Test func theHelpNamesEachViewOnceAndTheDefault() {
        let help = runInProcess(["export", "--help"]).output
        #expect(help.contains("dot, svg, png, pdf: canvas (default), map, value-proposition."))
    }

    @Test func withoutDotOnPathRenderingSaysWhatToInstall() {
        let result = runInProcess(["export", cafe, "--format", "svg"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("'--format svg' renders with Graphviz's 'dot', which is not on PATH"))
        #expect(result.error.contains("install the 'graphviz' package"))
    }

    @Test(.enabled(if: hasDot), arguments: ["canvas", "map", "value-proposition"])
    func svgIsTheViewRenderedByDot(_ view: String) throws {
        let result = runInProcess(["export", stockwise, "--format", "svg", "--view", view, "--lang", "es"],
                                  environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty, "dot said: \(result.error)")
        #expect(result.output.contains("<svg width="))
    }

    @Test(.enabled(if: hasDot), arguments: [("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", [0x25, 0x50, 0x44, 0x46])])
    func pngAndPdfAreWrittenToTheOutputFile(_ format: String, _ magic: [UInt8]) throws {
        let scratch = try ScratchFolder()
        let target = scratch.url.appendingPathComponent("poster." + format).path
        let result = runInProcess(["export", cafe, "--format", format, "-o", target],
                                  environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"])
        #expect(result.status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(Array(bytes.prefix(4)) == magic)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["poster." + format])
    }

    @Test func watchNeedsAFileToWatchAndOneToWrite() {
        let noOutput = runInProcess(["export", cafe, "--format", "dot", "--watch"])
        #expect(noOutput.status == 2)
        #expect(noOutput.error.contains("'--watch' needs a canvas file and '-o FILE'"))
        let standardInput = runInProcess(["export", "-", "--format", "dot", "--watch", "-o", "/tmp/x.dot"])
        #expect(standardInput.status == 2)
    }

    /// The built tool watching a canvas: it writes the export, writes it again
    /// after a change, keeps the last good one when a save has errors (printing
    /// them), and ends on SIGINT.
    @Test(.timeLimit(.minutes(1))) func watchRewritesOnEveryChangeAndKeepsTheLastGoodOutput() throws {
        let scratch = try ScratchFolder()
        let canvas = try scratch.write("live.canvas.yaml", "name: First\n")
        let output = scratch.url.appendingPathComponent("live.dot").path
        let errors = scratch.url.appendingPathComponent("errors.txt")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = builtTool()
        process.arguments = ["export", canvas, "--format", "dot", "--watch", "-o", output]
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try start(process)
        defer { if process.isRunning { process.terminate() } }

        func waitUntil(_ condition: () -> Bool) -> Bool {
            for _ in 0..<100 where !condition() { Thread.sleep(forTimeInterval: 0.1) }
            return condition()
        }
        func written() -> String { (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" }
        func said() -> String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

        #expect(waitUntil { written().contains("First") })
        _ = try scratch.write("live.canvas.yaml", "name: Second\n")
        #expect(waitUntil { written().contains("Second") })
        _ = try scratch.write("live.canvas.yaml", "name: Third\ndate: 2026-02-30\n")
        #expect(waitUntil { said().contains("[bad-date]") })
        #expect(written().contains("Second") && !written().contains("Third"))
        #expect(said().contains("kept the last good export"))
        _ = try scratch.write("live.canvas.yaml", "name: Fourth\n")
        #expect(waitUntil { written().contains("Fourth") })
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
    }
}
