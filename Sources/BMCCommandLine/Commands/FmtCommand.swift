import BMCKit

/// `bmc fmt PATH...`: the canonical layout of canvas files, as gofmt does for Go.
enum FmtCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "fmt",
        summary: "Print canvas files in their canonical layout, or rewrite them (-w), keeping every comment.",
        argumentsUsage: "PATH...",
        minimumArguments: 1,
        maximumArguments: nil,
        options: [
            .flag("--write", short: "-w", help: "Rewrite files in place (only those that change, atomically)."),
            .flag("--check", help: "List files that are not canonical and exit 1 if any; change nothing."),
            .flag("--explicit-ids", help: "Also write every id derived from a name as an explicit 'id:'."),
        ],
        discussion: """
        A PATH may be a file, a folder (every *.canvas.yaml below it, sorted) or '-' for \
        standard input. The layout: keys in schema order, two-space indentation, lists of \
        ids and enum words on one line when they fit in 80 columns, one blank line between \
        the nine blocks. Comments stay beside what they were beside; the meaning never \
        changes. A file with syntax errors is not formatted: its errors are printed, exit 1.

        With --explicit-ids, every id derived from a name is written as an explicit 'id:' \
        line, the id it already had, so names can then be edited without breaking a \
        reference. It needs a canvas without errors (its errors are printed, exit 1).
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let writes = arguments.has("--write")
        let checks = arguments.has("--check")
        if writes && checks {
            console.writeError("bmc fmt: error: '--write' and '--check' cannot be used together\n")
            return ExitStatus.trouble
        }
        let (sources, readStatus) = InputFiles.readAll(arguments.positionals, console: console)
        var status = readStatus
        for source in sources {
            let path = source.name
            let isStandardInput = path == InputFiles.standardInputName
            var (document, diagnostics) = Reader.read(source)
            if arguments.has("--explicit-ids") && !diagnostics.containsErrors {
                let analysis = CanvasAnalysis(source)
                guard let written = ExplicitIdentifiers.written(in: analysis) else {
                    let language = LanguageChoice.language(option: nil, canvas: analysis.document.writtenLanguage,
                                                           environment: console.environment)
                    let renderer = DiagnosticTextRenderer(usesColor: console.usesColor(onTerminal: console.errorIsTerminal),
                                                          language: language)
                    console.writeError(DiagnosticPrinting.text(analysis.errors, in: source, renderer: renderer))
                    console.writeError(ReportTexts.idsNotWritten(file: source.shownName, in: language) + "\n")
                    status = max(status, ExitStatus.failure)
                    continue
                }
                (document, diagnostics) = Reader.read(SourceFile(name: source.name, bytes: written))
            }
            if diagnostics.containsErrors {
                let language = LanguageChoice.language(option: nil, canvas: document.writtenLanguage,
                                                       environment: console.environment)
                let renderer = DiagnosticTextRenderer(usesColor: console.usesColor(onTerminal: console.errorIsTerminal),
                                                      language: language)
                console.writeError(DiagnosticPrinting.text(diagnostics, in: source, renderer: renderer))
                console.writeError(ReportTexts.notFormatted(file: source.shownName, in: language) + "\n")
                status = max(status, ExitStatus.failure)
                continue
            }
            let formatted = CanonicalFormatter.format(document)
            let changed = !formatted.utf8.elementsEqual(source.bytes)
            if checks {
                if changed {
                    console.writeOutput(source.shownName + "\n")
                    status = max(status, ExitStatus.failure)
                }
            } else if writes && !isStandardInput {
                guard changed else { continue }
                do {
                    try AtomicFile.write(formatted, to: path)
                } catch {
                    report(error, console: console)
                    status = ExitStatus.trouble
                }
            } else {
                console.writeOutput(formatted)
            }
        }
        return status
    }
}
