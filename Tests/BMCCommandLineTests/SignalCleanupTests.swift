import Foundation
import Testing

/// A signal that ends `fmt -w` or `-o` while the temporary file exists removes it,
/// and the process still dies of that signal. The signals come at a known moment,
/// not after a guessed delay: SIGXFSZ from `ulimit -f`, and the others from the
/// kernel the moment the temporary file is made (dnotify, below).
@Suite struct SignalCleanupTests {
    let bigCanvas = repositoryRoot.appendingPathComponent("Canvases/brightline-agency.canvas.yaml").path
    /// More than `ulimit -f 1` lets a file grow to (512 bytes in sh's blocks,
    /// 1024 in bash's), and not canonical, so that `fmt -w` writes it.
    let messy = "name:   Acme\nnotes: |\n" + String(repeating: "  a line of notes that goes on\n", count: 100)

    /// Runs the built tool under `/bin/sh -c SCRIPT`, whose `exec "$0" "$@"`
    /// starts it (same process, so the shell's limits and ignored signals hold).
    private func runUnderShell(_ script: String, _ arguments: [String], in folder: URL) throws -> RunResult {
        try runProcess(["-c", script, builtTool().path] + arguments, executable: URL(fileURLWithPath: "/bin/sh"),
                       in: folder, timeout: 10)
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aFileGrownPastTheLimitIsRemovedAndTheProcessDiesOfSIGXFSZ() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("a.canvas.yaml", messy)
        let limited = "ulimit -c 0; ulimit -f 1; exec \"$0\" \"$@\""
        let export = try runUnderShell(limited, ["export", bigCanvas, "--format", "json", "-o", "out.json"], in: scratch.url)
        #expect(export.signal == SIGXFSZ)
        let format = try runUnderShell(limited, ["fmt", "-w", path], in: scratch.url)
        #expect(format.signal == SIGXFSZ)
        #expect(try names(in: scratch.url) == ["a.canvas.yaml"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
    }

    /// SIGXFSZ ignored: the write past the limit is short, the next one fails with
    /// EFBIG, and that failure removes the file.
    @Test func aWriteThatFailsPastTheLimitRemovesTheFile() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("a.canvas.yaml", messy)
        let ignoring = "ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\""
        let export = try runUnderShell(ignoring, ["export", bigCanvas, "--format", "json", "-o", "out.json"], in: scratch.url)
        #expect(export.error == "bmc: error: cannot write 'out.json': File too large\n")
        #expect(export.status == 2)
        let format = try runUnderShell(ignoring, ["fmt", "-w", path], in: scratch.url)
        #expect(format.error == "bmc: error: cannot write '\(path)': File too large\n")
        #expect(format.status == 2)
        #expect(try names(in: scratch.url) == ["a.canvas.yaml"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
    }

    #if os(Linux)
    /// dnotify (fcntl(2) F_NOTIFY) sends a signal of one's choosing to the owner of
    /// a folder's descriptor when a file is made in the folder: here, to `bmc`, the
    /// moment it makes its temporary file. The shell stops itself before it starts
    /// `bmc` in its place, so that the owner can be set to its process first.
    private func signalOnTemporaryFile(_ signalNumber: Int32, shellPrelude: String = "",
                                       _ arguments: [String], in folder: URL) throws -> RunResult {
        let directory = open(folder.path, O_RDONLY | O_DIRECTORY)
        try #require(directory >= 0)
        defer { close(directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // No core file (SIGQUIT, SIGXCPU) in the folder the test looks at.
        process.arguments = ["-c", "ulimit -c 0; " + shellPrelude + "kill -STOP $$; exec \"$0\" \"$@\"", builtTool().path]
            + arguments
        process.currentDirectoryURL = folder
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try start(process)
        let limit = TimeLimit(process, seconds: 10)
        let processID = process.processIdentifier
        while !isStopped(processID) && process.isRunning { usleep(1000) }
        let setSignal: Int32 = 10, notify: Int32 = 1026, onCreate: Int32 = 4  // F_SETSIG, F_NOTIFY, DN_CREATE
        let ready = fcntl(directory, setSignal, signalNumber) == 0 && fcntl(directory, notify, onCreate) == 0
            && fcntl(directory, F_SETOWN, processID) == 0
        // Until F_SETOWN, this process owns the notification: never let it stay so.
        if !ready { _ = fcntl(directory, notify, 0) }
        kill(processID, SIGCONT)
        let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(ready, "dnotify: \(String(cString: strerror(errno)))")
        let signaled = process.terminationReason == .uncaughtSignal
        return RunResult(status: process.terminationStatus, output: "", error: String(decoding: error, as: UTF8.self),
                         signal: signaled ? process.terminationStatus : nil, timedOut: limit.expired())
    }

    private func isStopped(_ processID: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(processID)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(end, offsetBy: 2)...].first == "T"
    }

    @Test(arguments: [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGIO])
    func aSignalRemovesTheTemporaryFileAndEndsTheProcess(_ signalNumber: Int32) throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("a.canvas.yaml", messy)
        let format = try signalOnTemporaryFile(signalNumber, ["fmt", "-w", path], in: scratch.url)
        #expect(!format.timedOut)
        #expect(format.signal == signalNumber)
        #expect(try names(in: scratch.url) == ["a.canvas.yaml"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
        let export = try signalOnTemporaryFile(signalNumber, ["export", bigCanvas, "--format", "json", "-o", "out.json"],
                                               in: scratch.url)
        #expect(export.signal == signalNumber)
        #expect(try names(in: scratch.url) == ["a.canvas.yaml"])
    }

    /// A signal ignored when bmc starts (`nohup`, `trap ''`) stays ignored.
    @Test func anIgnoredSignalStaysIgnored() throws {
        let scratch = try ScratchFolder()
        let result = try signalOnTemporaryFile(SIGHUP, shellPrelude: "trap '' HUP; ", ["new", "-o", "new.canvas.yaml"],
                                               in: scratch.url)
        #expect(result.signal == nil)
        #expect(result.status == 0)
        #expect(try names(in: scratch.url) == ["new.canvas.yaml"])
    }
    #endif
}
