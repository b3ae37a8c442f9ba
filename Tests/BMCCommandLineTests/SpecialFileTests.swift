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

    // MARK: Writing

    /// What a named pipe holds, read without waiting: `open` it with `O_NONBLOCK`
    /// before something writes to it, call this once the writer is done.
    private func drain(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let count = read(descriptor, &buffer, buffer.count), count > 0 { bytes += buffer[..<count] }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func kind(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    /// `-o PIPE` writes into the pipe, for whoever reads it, and leaves it a pipe
    /// (it was replaced by a regular file); so does `-o LINK` to a pipe. Writing
    /// into a pipe is not replacing a canvas: `new` needs no `--force` for it.
    @Test(arguments: [["new", "--name", "Acme"], ["export", "Canvases/cafe-aurora.canvas.yaml", "--format", "json"]])
    func aNamedPipeAsOutputIsWrittenToNotReplaced(_ command: [String]) throws {
        let scratch = try ScratchFolder()
        let pipe = try namedPipe("out.canvas.yaml", in: scratch)
        let link = scratch.url.appendingPathComponent("link.canvas.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: pipe)
        let expected = try runProcess(command, timeout: 10).output
        for output in [pipe, link] {
            // A reader first, so that opening the pipe to write does not wait.
            let reader = open(pipe, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            let result = try runProcess(command + ["-o", output], timeout: 10)
            #expect(!result.timedOut)
            #expect(result.error.isEmpty)
            #expect(result.status == 0)
            #expect(kind(pipe) == S_IFIFO, "the pipe was replaced")
            #expect(kind(link) == S_IFLNK, "the link was replaced")
            #expect(drain(reader) == expected)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
                == ["link.canvas.yaml", "out.canvas.yaml"])
    }

    /// As root, `-o /dev/null` made /dev/null a regular file.
    @Test(arguments: [["new"], ["schema"], ["export", "Canvases/cafe-aurora.canvas.yaml", "--format", "json"]])
    func devNullAsOutputStaysADevice(_ command: [String]) throws {
        let result = try runProcess(command + ["-o", "/dev/null"], timeout: 10)
        #expect(result.error.isEmpty)
        #expect(result.status == 0)
        #expect(kind("/dev/null") == S_IFCHR)
    }

    /// /dev/stdout is a link to /proc/self/fd/1, and that one to `pipe:[...]`,
    /// which `realpath` cannot resolve: the link itself was replaced.
    @Test func devStdoutAsOutputIsStandardOutputWhenThatIsAPipe() throws {
        let expected = try runProcess(["schema"], timeout: 10).output
        let result = try runProcess(["schema", "-o", "/dev/stdout"], timeout: 10)
        #expect(result.error.isEmpty)
        #expect(result.status == 0)
        #expect(result.output == expected)
        #expect(kind("/dev/stdout") == S_IFLNK)
    }

    /// A link to a file that does not exist yet: the file is made where the link
    /// points, as `>` makes it, and the link stays (it was replaced by the file).
    @Test func aDanglingLinkAsOutputMakesTheFileItNames() throws {
        let scratch = try ScratchFolder()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("real"), withIntermediateDirectories: true)
        let link = scratch.url.appendingPathComponent("link.canvas.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/new.canvas.yaml")
        let result = runInProcess(["new", "--name", "Acme", "-o", link])
        #expect(result.error.isEmpty)
        #expect(result.status == 0)
        #expect(kind(link) == S_IFLNK)
        #expect(try String(contentsOfFile: scratch.url.appendingPathComponent("real/new.canvas.yaml").path, encoding: .utf8)
                .contains("name: Acme\n"))
    }

    @Test func aLoopOfLinksAsOutputIsAnError() throws {
        let scratch = try ScratchFolder()
        let first = scratch.url.appendingPathComponent("a.json").path
        let second = scratch.url.appendingPathComponent("b.json").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: first)
        let result = runInProcess(["schema", "-o", first])
        #expect(result.error == "bmc: error: cannot write '\(first)': Too many levels of symbolic links\n")
        #expect(result.status == 2)
        #expect(kind(first) == S_IFLNK)
        #expect(kind(second) == S_IFLNK)
    }
}
