import Foundation
import Testing

@Suite struct FmtCommandTests {
    let messy = "name:   Acme\ncustomer-segments:\n- name: X   # keep me\n  id: x\n"
    let canonical = "name: Acme\n\ncustomer-segments:\n  - id: x\n    name: X  # keep me\n"

    @Test func printsTheCanonicalForm() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("a.canvas.yaml", messy)
        let result = runInProcess(["fmt", path])
        #expect(result.status == 0)
        #expect(result.output == canonical)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
    }

    @Test func checkListsFilesThatAreNotCanonical() throws {
        let scratch = try ScratchFolder()
        let messyPath = try scratch.write("a.canvas.yaml", messy)
        try scratch.write("b.canvas.yaml", canonical)
        let result = runInProcess(["fmt", "--check", scratch.url.path])
        #expect(result.status == 1)
        #expect(result.output == messyPath + "\n")
        #expect(runInProcess(["fmt", "--check", repositoryRoot.appendingPathComponent("Canvases").path]).status == 0)
    }

    @Test func writeRewritesInPlaceKeepingPermissions() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("a.canvas.yaml", messy)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let result = runInProcess(["fmt", "-w", path])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == canonical)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["a.canvas.yaml"])
    }

    @Test func writeFollowsASymlinkAndTheLinkStaysALink() throws {
        let scratch = try ScratchFolder()
        let target = try scratch.write("real/a.canvas.yaml", messy)
        let link = scratch.url.appendingPathComponent("link.canvas.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(runInProcess(["fmt", "-w", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == canonical)
    }

    @Test func writeLeavesCanonicalFilesUntouched() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("a.canvas.yaml", canonical)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.02)
        #expect(runInProcess(["fmt", "-w", path]).status == 0)
        let after = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func aFileWithSyntaxErrorsIsNeverRewritten() throws {
        let scratch = try ScratchFolder()
        let broken = "name: Acme\n\tpriority: 1\n"
        let path = try scratch.write("a.canvas.yaml", broken)
        let result = runInProcess(["fmt", "-w", path])
        #expect(result.status == 1)
        #expect(result.error.contains("\(path):2:1: error: tab in indentation [tab-indentation]"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
    }

    @Test func writeAndCheckTogetherAreAUsageError() {
        #expect(runInProcess(["fmt", "-w", "--check", "x"]).status == 2)
    }

    @Test func standardInputIsFormattedToStandardOutput() {
        let result = runInProcess(["fmt", "-"], standardInput: messy)
        #expect(result.output == canonical)
    }
}
