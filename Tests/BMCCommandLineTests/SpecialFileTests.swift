import Foundation
import Testing

/// Named pipes and devices named on the command line, to read or to write: a
/// pipe is refused as a canvas instead of waited on, and an output that is not a
/// regular file is written to, never replaced by one. The tool runs as a process
/// with a time limit, so that a regression that blocks fails instead of hanging.
@Suite struct SpecialFileTests {
    let cafe = repositoryRoot.appendingPathComponent("Canvases/cafe-aurora.canvas.yaml").path
    /// Not canonical, so `fmt --check` lists every file it is given.
    let messy = "name:   Acme\n"

    /// A named pipe nobody writes to, made in the scratch folder.
    private func namedPipe(_ name: String, in scratch: ScratchFolder) throws -> String {
        let path = scratch.url.appendingPathComponent(name).path
        try #require(mkfifo(path, 0o644) == 0, "mkfifo: \(String(cString: strerror(errno)))")
        return path
    }

    // MARK: Reading

    @Test(arguments: [["check"], ["fmt"], ["fmt", "-w"], ["fmt", "--check"], ["tree"], ["export", "--format", "json"]])
    func aNamedPipeIsRefusedInsteadOfWaitedOn(_ command: [String]) throws {
        let scratch = try ScratchFolder()
        let pipe = try namedPipe("pipe.canvas.yaml", in: scratch)
        let result = try runProcess(command + [pipe], timeout: 10)
        #expect(!result.timedOut, "bmc \(command.joined(separator: " ")) waited on the named pipe")
        #expect(result.error == "bmc: error: cannot read '\(pipe)': it is a named pipe (FIFO), not a regular file\n")
        #expect(result.status == 2)
    }

    @Test func diffRefusesANamedPipeOnEitherSide() throws {
        let scratch = try ScratchFolder()
        let pipe = try namedPipe("pipe.canvas.yaml", in: scratch)
        for arguments in [["diff", pipe, cafe], ["diff", cafe, pipe]] {
            let result = try runProcess(arguments, timeout: 10)
            #expect(!result.timedOut)
            #expect(result.error == "bmc: error: cannot read '\(pipe)': it is a named pipe (FIFO), not a regular file\n")
            #expect(result.status == 2)
        }
    }

    /// A folder walk lists a pipe named like a canvas, reports it when reading it
    /// and goes on with the files after it.
    @Test func aFolderWalkReportsANamedPipeAndGoesOn() throws {
        let scratch = try ScratchFolder()
        let first = try scratch.write("walk/a.canvas.yaml", messy)
        let pipe = try namedPipe("walk/b.canvas.yaml", in: scratch)
        let last = try scratch.write("walk/c.canvas.yaml", "name:   Acme\ndate: 2026-02-30\n")
        let folder = scratch.url.appendingPathComponent("walk").path
        let refusal = "bmc: error: cannot read '\(pipe)': it is a named pipe (FIFO), not a regular file\n"

        let formatCheck = try runProcess(["fmt", "--check", folder], timeout: 10)
        #expect(!formatCheck.timedOut)
        #expect(formatCheck.output == first + "\n" + last + "\n")
        #expect(formatCheck.error == refusal)
        #expect(formatCheck.status == 2)

        let check = try runProcess(["check", folder], timeout: 10)
        #expect(!check.timedOut)
        #expect(check.output.contains("\(last):2:7: error:"))
        #expect(check.error == refusal)
        #expect(check.status == 2)
    }

    /// A device is no canvas either; `/dev/null` still stands for none in a diff,
    /// and standard input is still read.
    @Test func aDeviceIsRefusedExceptAsNoCanvasInADiff() throws {
        let check = runInProcess(["check", "/dev/null"])
        #expect(check.error == "bmc: error: cannot read '/dev/null': it is a character device, not a regular file\n")
        #expect(check.status == 2)
        let diff = runInProcess(["diff", "/dev/null", cafe])
        #expect(diff.error.isEmpty)
        #expect(diff.status == 1)
        let standardInput = try runProcess(["check", "-"], standardInput: Data("name: Acme\n".utf8), timeout: 10)
        #expect(standardInput.error.isEmpty)
        #expect(standardInput.status == 0)
    }
}
