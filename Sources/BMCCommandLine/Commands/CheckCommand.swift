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
            .value("--format", placeholder: "text|json|markdown", allowed: ["text", "json", "markdown"],
                   help: "Print diagnostics as compiler-style text (default), a JSON array, or the open questions in Markdown."),
            LanguageChoice.option("Language of messages; default: each canvas's 'language', else the locale, else en."),
            .value("--ignore", placeholder: "NAME",
                   help: "Silence the warning NAME for this run (repeatable), as 'ignore-warnings' does in a canvas."),
        ],
        discussion: """
        A PATH may be a file, a folder (every *.canvas.yaml below it, sorted) or '-' \
        for standard input. Diagnostics go to standard output in the order of each \
        file, as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]. Silenced warnings are \
        not shown, but counted in the summary line.

        --format markdown writes, for each file, the open questions for the next \
        workshop: per block, the problems as a checklist with what to do, the warnings \
        the canvas lives with, and its notes, ready to paste into an agenda or a pull request.

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
        var silencedCount = 0
        let ignored: Set<String>
        switch ignoredWarnings(arguments.allValues("--ignore")) {
        case .success(let names): ignored = names
        case .failure(let error):
            console.writeError("bmc check: error: \(error.message)\nUsage: \(spec.usage)\n")
            return ExitStatus.trouble
        }
        if arguments.value("--format") == "markdown" {
            return openQuestions(sources, ignoring: ignored, status: status, arguments, console: console)
        }
        var languages: Set<CanvasLanguage?> = []
        for (source, checked) in zip(sources, checkEach(sources, ignoring: ignored)) {
            let diagnostics = checked.diagnostics
            let language = LanguageChoice.language(option: option, canvas: checked.language, environment: console.environment)
            languages.insert(checked.language)
            silencedCount += checked.silenced
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
        } else if errorCount + warningCount + silencedCount > 0 {
            // The summary speaks the files' language when they share one.
            let shared = languages.count == 1 ? languages.first! : nil
            let language = LanguageChoice.language(option: option, canvas: shared, environment: console.environment)
            console.writeOutput(ReportTexts.checkSummary(errors: errorCount, warnings: warningCount, silenced: silencedCount,
                                                         files: sources.count, in: language) + "\n")
        }
        if status == ExitStatus.success && (errorCount > 0 || arguments.has("--strict") && warningCount > 0) {
            status = ExitStatus.failure
        }
        return status
    }

    /// What a check finds in a file: its diagnostics, how many of its warnings
    /// were silenced, and the language the file names.
    private struct Checked: Sendable {
        var diagnostics: [Diagnostic]
        var silenced: Int
        var language: CanvasLanguage?

        init(_ source: SourceFile, ignoring ignored: Set<String>) {
            let analysis = CanvasAnalysis.withoutText(source, ignoring: ignored)
            diagnostics = analysis.diagnostics
            silenced = analysis.silencedWarnings.count
            language = analysis.document.writtenLanguage
        }
    }

    /// Each file checked, in the order of the files. The files are independent, so
    /// a folder of many is shared out over the cores; each file is analysed whole
    /// on one.
    private static func checkEach(_ sources: [SourceFile], ignoring ignored: Set<String>) -> [Checked] {
        guard sources.count > 1 else { return sources.map { Checked($0, ignoring: ignored) } }
        let results = ResultSlots<Checked>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            results[index] = Checked(sources[index], ignoring: ignored)
        }
        return results.values
    }

    /// `--format markdown`: the open questions of each file, one document after the other.
    private static func openQuestions(_ sources: [SourceFile], ignoring ignored: Set<String>, status: Int32,
                                      _ arguments: ParsedArguments, console: Console) -> Int32 {
        var status = status
        var documents: [String] = []
        for source in sources {
            let analysis = CanvasAnalysis(source, ignoring: ignored)
            let language = LanguageChoice.language(option: arguments.value("--lang"), canvas: analysis.document.writtenLanguage,
                                                   environment: console.environment)
            documents.append(OpenQuestionsRenderer(language: language).render(analysis))
            let warns = arguments.has("--strict") && !analysis.warnings.isEmpty
            if status == ExitStatus.success && (analysis.hasErrors || warns) { status = ExitStatus.failure }
        }
        console.writeOutput(documents.joined(separator: "\n"))
        return status
    }

    /// The names given to `--ignore`, each a warning's: an error cannot be silenced,
    /// and a misspelt name would silence nothing without a word.
    static func ignoredWarnings(_ names: [String]) -> Result<Set<String>, UsageError> {
        let warnings = DiagnosticCode.warnings.map(\.name)
        for name in names where !warnings.contains(name) {
            if DiagnosticCode.named(name) != nil {
                return .failure(UsageError(message: "'\(name)' is an error, and only warnings can be silenced"))
            }
            let suggestion = Suggestions.closest(to: name, among: warnings).map { "; did you mean '\($0)'?" }
                ?? "; the warnings are: " + warnings.joined(separator: ", ")
            return .failure(UsageError(message: "'--ignore \(name)': no warning has this name" + suggestion))
        }
        return .success(Set(names))
    }

}
