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

/// Runs the built `bmc` as a process, in the repository's root, with no terminal.
func runProcess(_ arguments: [String], standardInput: Data? = nil, environment: [String: String]? = nil) throws -> RunResult {
    let process = Process()
    process.executableURL = builtTool()
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    if let environment { process.environment = environment }
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.standardInput = inputPipe
    try process.run()
    // Read both pipes concurrently with the process, so a large output cannot block it.
    nonisolated(unsafe) var errorData = Data()
    let errorReader = Thread { errorData = errorPipe.fileHandleForReading.readDataToEndOfFile() }
    errorReader.start()
    if let standardInput { inputPipe.fileHandleForWriting.write(standardInput) }
    try inputPipe.fileHandleForWriting.close()
    let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.001) }
    return RunResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                     error: String(decoding: errorData, as: UTF8.self))
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
