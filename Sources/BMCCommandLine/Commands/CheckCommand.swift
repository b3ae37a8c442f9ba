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
            LanguageChoice.option("Language of messages; default: each canvas's 'language', else the locale, else en."),
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
        let usesColor = console.usesColor(onTerminal: console.outputIsTerminal)
        let option = arguments.value("--lang")
        var jsonObjects: [JSONValue] = []
        var errorCount = 0
        var warningCount = 0
        var languages: Set<CanvasLanguage?> = []
        for (source, checked) in zip(sources, checkEach(sources)) {
            let diagnostics = checked.diagnostics
            let language = LanguageChoice.language(option: option, canvas: checked.language, environment: console.environment)
            languages.insert(checked.language)
            errorCount += diagnostics.filter { $0.severity == .error }.count
            warningCount += diagnostics.filter { $0.severity == .warning }.count
            if asJSON {
                jsonObjects += diagnostics.map { DiagnosticJSONRenderer.object(for: $0, in: source, language: language) }
            } else if !diagnostics.isEmpty {
                let renderer = DiagnosticTextRenderer(usesColor: usesColor, language: language)
                console.writeOutput(DiagnosticPrinting.text(diagnostics, in: source, renderer: renderer))
            }
        }
        if asJSON {
            console.writeOutput(JSONValue.array(jsonObjects).serialized())
        } else if errorCount + warningCount > 0 {
            // The summary speaks the files' language when they share one.
            let shared = languages.count == 1 ? languages.first! : nil
            let language = LanguageChoice.language(option: option, canvas: shared, environment: console.environment)
            console.writeOutput(ReportTexts.checkSummary(errors: errorCount, warnings: warningCount, files: sources.count,
                                                         in: language) + "\n")
        }
        if status == ExitStatus.success && (errorCount > 0 || arguments.has("--strict") && warningCount > 0) {
            status = ExitStatus.failure
        }
        return status
    }

    /// What a check finds in a file: its diagnostics, and the language it names.
    private struct Checked: Sendable {
        var diagnostics: [Diagnostic]
        var language: CanvasLanguage?

        init(_ source: SourceFile) {
            let analysis = CanvasAnalysis.withoutText(source)
            diagnostics = analysis.diagnostics
            language = analysis.document.writtenLanguage
        }
    }

    /// Each file checked, in the order of the files. The files are independent, so
    /// a folder of many is shared out over the cores; each file is analysed whole
    /// on one.
    private static func checkEach(_ sources: [SourceFile]) -> [Checked] {
        guard sources.count > 1 else { return sources.map(Checked.init) }
        let results = ResultSlots<Checked>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            results[index] = Checked(sources[index])
        }
        return results.values
    }
}
