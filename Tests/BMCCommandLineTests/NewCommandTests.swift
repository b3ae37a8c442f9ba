import Foundation
import Testing

/// `bmc new -o FILE` writes a starter canvas, and never over a canvas already
/// there unless told to.
@Suite struct NewCommandTests {
    let filled = "name: Acme\n# three hours of a workshop\n"

    @Test func anExistingFileIsNotReplacedWithoutForce() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("acme.canvas.yaml", filled)
        let link = scratch.url.appendingPathComponent("link.canvas.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        for output in [path, link] {
            let result = runInProcess(["new", "--name", "Starter", "-o", output])
            #expect(result.error == "bmc: error: cannot write '\(output)': it already exists; use --force to replace it, or another name\n")
            #expect(result.status == 2)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == filled)
        }
    }

    @Test func forceReplacesAnExistingFile() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("acme.canvas.yaml", filled)
        let result = runInProcess(["new", "--name", "Starter", "--force", "-o", path])
        #expect(result.error.isEmpty)
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("name: Starter\n"))
    }

    @Test func aNewFileNeedsNoForce() throws {
        let scratch = try ScratchFolder()
        let path = scratch.url.appendingPathComponent("acme.canvas.yaml").path
        #expect(runInProcess(["new", "-o", path]).status == 0)
        #expect(runInProcess(["new", "-o", "/dev/null"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func helpMentionsForce() {
        #expect(runInProcess(["new", "--help"]).output.contains("  --force   "))
    }
}
