import BMCCommandLine
import Foundation

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// What one run of the command line printed and returned.
struct RunResult {
    var status: Int32
    var output: String
    var error: String
    /// The signal that ended a process, if one did (then `status` is its number).
    var signal: Int32? = nil
    /// Whether the process was killed for running longer than its time limit.
    var timedOut = false
}

/// Runs `bmc` in-process with a recording console.
func runInProcess(_ arguments: [String], standardInput: String = "", environment: [String: String] = [:],
                  onTerminal: Bool = false) -> RunResult {
    nonisolated(unsafe) var output = ""
    nonisolated(unsafe) var error = ""
    let console = Console(
        readStandardInput: { Array(standardInput.utf8) },
        writeOutput: { output += $0 },
        writeError: { error += $0 },
        outputIsTerminal: onTerminal, errorIsTerminal: onTerminal, environment: environment)
    let status = CommandLineTool.run(arguments: arguments, console: console)
    return RunResult(status: status, output: output, error: error)
}

/// The built `bmc` executable: beside the test bundle in the build folder.
func builtTool() -> URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("bmc")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        folder = folder.deletingLastPathComponent()
    }
    return repositoryRoot.appendingPathComponent(".build/debug/bmc")
}

/// Runs the built `bmc` (or another program) as a process, in the repository's
/// root unless told otherwise, with no terminal, and with no locale unless the
/// `environment` given has one. With a `timeout`, the process is
/// killed after that many seconds and the result says so: a regression that blocks
/// (on a named pipe, say) then fails its test instead of hanging the suite.
func runProcess(_ arguments: [String], executable: URL = builtTool(), in folder: URL = repositoryRoot,
                standardInput: Data? = nil, environment: [String: String]? = nil,
                timeout: TimeInterval? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    // The tester's locale would choose bmc's language: tests that want one say so.
    process.environment = environment ?? ProcessInfo.processInfo.environment.filter {
        !["LANG", "LC_ALL", "LC_MESSAGES"].contains($0.key)
    }
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.standardInput = inputPipe
    try start(process)
    let deadline = timeout.map { TimeLimit(process, seconds: $0) }
    // Read both pipes concurrently with the process, so a large output cannot block it.
    nonisolated(unsafe) var errorData = Data()
    let errorReader = Thread { errorData = errorPipe.fileHandleForReading.readDataToEndOfFile() }
    errorReader.start()
    if let standardInput { inputPipe.fileHandleForWriting.write(standardInput) }
    try inputPipe.fileHandleForWriting.close()
    let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.001) }
    let signaled = process.terminationReason == .uncaughtSignal
    return RunResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                     error: String(decoding: errorData, as: UTF8.self),
                     signal: signaled ? process.terminationStatus : nil, timedOut: deadline?.expired() ?? false)
}

/// Starts a process with no signal blocked. A process inherits the signal mask of
/// the thread that starts it, and tests run on Dispatch's threads, which block
/// most signals: `bmc` would not see the signals its tests send it.
func start(_ process: Process) throws {
    var none = sigset_t()
    var before = sigset_t()
    sigemptyset(&none)
    pthread_sigmask(SIG_SETMASK, &none, &before)
    defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
    try process.run()
}

/// Kills a process still running after a number of seconds, and remembers it did.
final class TimeLimit: @unchecked Sendable {
    private let lock = NSLock()
    private var killed = false
    private var finished = false

    init(_ process: Process, seconds: TimeInterval) {
        let processID = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.withLock {
                guard !finished, process.isRunning else { return }
                killed = true
                kill(processID, SIGKILL)
            }
        }
    }

    /// Whether the process was killed; once asked, it no longer will be.
    func expired() -> Bool {
        lock.withLock {
            finished = true
            return killed
        }
    }
}

/// A scratch folder removed when the test ends.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bmc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}
