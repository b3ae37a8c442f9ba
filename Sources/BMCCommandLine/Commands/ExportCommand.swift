import BMCKit

/// `bmc export FILE --format json|markdown|dot`: the canvas in another form.
enum ExportCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "export",
        summary: "Export a canvas as JSON, Markdown or Graphviz DOT.",
        argumentsUsage: "FILE",
        minimumArguments: 1,
        maximumArguments: 1,
        options: [
            .value("--format", short: "-f", placeholder: "json|markdown|dot", allowed: ["json", "markdown", "dot"],
                   help: "The output format (required)."),
            .value("--lang", placeholder: "en|es|pt", allowed: CanvasLanguage.allCases.map(\.rawValue),
                   help: "Language of labels in Markdown and DOT; default: the canvas's 'language', else en."),
            .value("--view", placeholder: "canvas|map", allowed: ["canvas", "map"],
                   help: "DOT only: the classic canvas layout (default) or a map of every item and reference."),
            .value("--output", short: "-o", placeholder: "FILE", help: "Write to FILE (atomically) instead of standard output."),
        ],
        discussion: """
        A canvas with errors is not exported: its diagnostics are printed as by 'bmc check' \
        and the exit status is 1. Warnings do not stop an export; Markdown lists them at the end.

        Examples:
          bmc export acme.canvas.yaml --format markdown --lang es -o acme.md
          bmc export acme.canvas.yaml --format dot --view map | dot -Tsvg > acme-map.svg
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let format = arguments.value("--format") else {
            console.writeError("bmc export: error: missing '--format json|markdown|dot'\nUsage: \(spec.usage)\n")
            return ExitStatus.trouble
        }
        if arguments.value("--view") != nil && format != "dot" {
            console.writeError("bmc export: error: '--view' applies to '--format dot' only\n")
            return ExitStatus.trouble
        }
        let analysis: CanvasAnalysis
        let canvas: Canvas
        do {
            (canvas, analysis) = try CanvasLoading.loadValid(arguments.positionals[0], console: console)
        } catch {
            return error.status
        }
        let language = arguments.value("--lang").flatMap(CanvasLanguage.init(rawValue:)) ?? canvas.effectiveLanguage
        let text: String
        switch format {
        case "markdown":
            text = MarkdownExporter(language: language).export(canvas, warnings: analysis.diagnostics, source: analysis.source)
        case "dot":
            let view = arguments.value("--view") == "map" ? DOTExporter.View.map : .canvas
            text = DOTExporter(language: language, view: view).export(canvas)
        default:
            text = JSONExporter.export(canvas)
        }
        return CanvasLoading.emit(text, to: arguments.value("--output"), console: console)
    }
}

/// A command that cannot go on; the problem was already printed.
struct CommandFailure: Error {
    var status: Int32
}

/// What commands that need a valid canvas share: loading it, refusing one with
/// errors, and writing their output.
enum CanvasLoading {
    /// Loads a canvas; on errors prints them (as `check` would) and fails with
    /// exit status 1 (2 for an unreadable file).
    static func loadValid(_ path: String, console: Console) throws(CommandFailure) -> (Canvas, CanvasAnalysis) {
        let source: SourceFile
        do {
            source = try InputFiles.read(path, console: console)
        } catch {
            console.writeError("bmc: error: \(error.message)\n")
            throw CommandFailure(status: ExitStatus.trouble)
        }
        let analysis = CanvasAnalysis(source)
        guard let canvas = analysis.validCanvas else {
            reportErrors(of: analysis, console: console)
            throw CommandFailure(status: ExitStatus.failure)
        }
        return (canvas, analysis)
    }

    /// Prints the errors of a canvas that cannot be used, and how many there are.
    static func reportErrors(of analysis: CanvasAnalysis, console: Console) {
        let renderer = DiagnosticTextRenderer(usesColor: console.usesColor(onTerminal: console.errorIsTerminal))
        let errors = analysis.errors
        console.writeError(DiagnosticPrinting.text(errors, in: analysis.source, renderer: renderer))
        console.writeError("\(analysis.source.shownName): the canvas has \(errors.count) error\(errors.count == 1 ? "" : "s")\n")
    }

    /// Writes a command's output to standard output, or atomically to a file.
    static func emit(_ text: String, to path: String?, console: Console) -> Int32 {
        guard let path else {
            console.writeOutput(text)
            return ExitStatus.success
        }
        do {
            try AtomicFile.write(text, to: path)
            return ExitStatus.success
        } catch {
            console.writeError("bmc: error: \(error.message)\n")
            return ExitStatus.trouble
        }
    }
}
