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
        let canvas: Canvas
        let result: CanvasLoadResult
        do {
            // Of the exports, only Markdown lists the warnings.
            (canvas, result) = try CanvasLoading.loadValid(arguments.positionals[0], findingWarnings: format == "markdown",
                                                           console: console)
        } catch {
            return error.status
        }
        let language = arguments.value("--lang").flatMap(CanvasLanguage.init(rawValue:)) ?? canvas.effectiveLanguage
        let text: ChunkedText
        switch format {
        case "markdown":
            text = ChunkedText(MarkdownExporter(language: language).export(canvas, warnings: result.diagnostics,
                                                                         source: result.source))
        case "dot":
            let view = arguments.value("--view") == "map" ? DOTExporter.View.map : .canvas
            text = ChunkedText(DOTExporter(language: language, view: view).export(canvas))
        default:
            text = JSONExporter.exportUTF8(canvas)
        }
        // Done with the canvas and its tree: a large one is freed on another core
        // while the text is written.
        Teardown.release(result, madeFrom: result.source)
        return CanvasLoading.emit(utf8: text, to: arguments.value("--output"), console: console)
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
    /// exit status 1 (2 for an unreadable file). Warnings are looked for only when
    /// the command shows them.
    static func loadValid(_ path: String, findingWarnings: Bool, console: Console) throws(CommandFailure)
        -> (Canvas, CanvasLoadResult) {
        let source: SourceFile
        do {
            source = try InputFiles.read(path, console: console)
        } catch {
            console.writeError("bmc: error: \(error.message)\n")
            throw CommandFailure(status: ExitStatus.trouble)
        }
        let result = CanvasLoader.load(source, findingWarnings: findingWarnings)
        guard let canvas = result.canvas else {
            let renderer = DiagnosticTextRenderer(usesColor: console.usesColor(onTerminal: console.errorIsTerminal))
            let errors = result.diagnostics.filter { $0.severity == .error }
            console.writeError(DiagnosticPrinting.text(errors, in: source, renderer: renderer))
            console.writeError("\(source.shownName): the canvas has \(errors.count) error\(errors.count == 1 ? "" : "s")\n")
            throw CommandFailure(status: ExitStatus.failure)
        }
        return (canvas, result)
    }

    /// Writes a command's output to standard output, or atomically to a file.
    static func emit(_ text: String, to path: String?, console: Console) -> Int32 {
        emit(utf8: ChunkedText(text), to: path, console: console)
    }

    /// `emit(_:to:console:)` for text already in UTF-8, in pieces.
    static func emit(utf8 text: ChunkedText, to path: String?, console: Console) -> Int32 {
        guard let path else {
            console.writeOutput(utf8: text)
            return ExitStatus.success
        }
        do {
            try AtomicFile.write(utf8: text, to: path)
            return ExitStatus.success
        } catch {
            console.writeError("bmc: error: \(error.message)\n")
            return ExitStatus.trouble
        }
    }
}
