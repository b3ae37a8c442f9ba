import BMCKit
import Dispatch

/// `bmc check PATH...`: validates canvas files and prints every problem.
enum CheckCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "check",
        summary: "Validate canvas files and report every error and warning.",
        argumentsUsage: "PATH...",
        minimumArguments: 1,
        maximumArguments: nil,
        options: [
            .flag("--strict", help: "Treat warnings as errors: exit 1 if there are any."),
            .value("--format", placeholder: "text|json", allowed: ["text", "json"],
                   help: "Print diagnostics as compiler-style text (default) or a JSON array."),
        ],
        discussion: """
        A PATH may be a file, a folder (every *.canvas.yaml below it, sorted) or '-' \
        for standard input. Diagnostics go to standard output in the order of each \
        file, as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].

        Exit status: 0 no errors (warnings allowed unless --strict); 1 errors found; \
        2 usage errors or unreadable files.
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let (sources, readStatus) = InputFiles.readAll(arguments.positionals, console: console)
        var status = readStatus
        let asJSON = arguments.value("--format") == "json"
        let renderer = DiagnosticTextRenderer(usesColor: console.usesColor(onTerminal: console.outputIsTerminal))
        var jsonObjects: [JSONValue] = []
        var errorCount = 0
        var warningCount = 0
        for (source, diagnostics) in zip(sources, diagnosticsOfEach(sources)) {
            errorCount += diagnostics.filter { $0.severity == .error }.count
            warningCount += diagnostics.filter { $0.severity == .warning }.count
            if asJSON {
                jsonObjects += diagnostics.map { DiagnosticJSONRenderer.object(for: $0, in: source) }
            } else if !diagnostics.isEmpty {
                console.writeOutput(DiagnosticPrinting.text(diagnostics, in: source, renderer: renderer))
            }
        }
        if asJSON {
            console.writeOutput(JSONValue.array(jsonObjects).serialized())
        } else if errorCount + warningCount > 0 {
            let counts = [(errorCount, "error"), (warningCount, "warning")].filter { $0.0 > 0 }.map { counted($0.0, $0.1) }
            console.writeOutput(counts.joined(separator: " and ") + " in \(counted(sources.count, "file"))\n")
        }
        if status == ExitStatus.success && (errorCount > 0 || arguments.has("--strict") && warningCount > 0) {
            status = ExitStatus.failure
        }
        return status
    }

    /// The diagnostics of each file, in the order of the files. The files are
    /// independent, so a folder of many is shared out over the cores; each file is
    /// analysed whole on one.
    private static func diagnosticsOfEach(_ sources: [SourceFile]) -> [[Diagnostic]] {
        guard sources.count > 1 else { return sources.map(CanvasAnalysis.diagnostics(of:)) }
        let results = ResultSlots<[Diagnostic]>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            results[index] = CanvasAnalysis.diagnostics(of: sources[index])
        }
        return results.values
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
