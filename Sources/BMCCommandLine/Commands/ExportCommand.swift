import BMCKit

/// `bmc export FILE --format FORMAT`: the canvas in another form. The formats,
/// their views and the help come from `ExportFormats.all`.
enum ExportCommand: CommandImplementation {
    static var spec: CommandSpec {
        let formats = ExportFormats.all.map { $0.name } + GraphvizRenderer.formats
        let views = ExportFormats.all.flatMap { $0.views }.map(\.rawValue)
        let drawing = ExportFormats.all.filter { !$0.views.isEmpty }
        let formatList = ExportFormats.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
        return CommandSpec(
            name: "export",
            summary: "Export a canvas as " + englishList(formats) + ".",
            argumentsUsage: "FILE",
            minimumArguments: 1,
            maximumArguments: 1,
            options: [
                .value("--format", short: "-f", placeholder: formats.joined(separator: "|"), allowed: formats,
                       help: "The output format (required)."),
                LanguageChoice.option("Language of labels; default: the canvas's 'language', else the locale, else en."),
                .value("--view", placeholder: views.joined(separator: "|"), allowed: views,
                       help: drawing.map { format in
                           "\(([format.name] + GraphvizRenderer.formats).joined(separator: ", ")): "
                               + format.views.enumerated().map { $0 == 0 ? $1.rawValue + " (default)" : $1.rawValue }
                                   .joined(separator: ", ")
                       }.joined(separator: "; ") + "."),
                .value("--paper", placeholder: Paper.allCases.map(\.rawValue).joined(separator: "|"),
                       allowed: Paper.allCases.map(\.rawValue), help: "The poster's sheet, landscape (--view canvas); default: a3."),
                .value("--for", placeholder: "ID[,ID...]",
                       help: "Value propositions, segments or personas to draw (--view value-proposition); default: all."),
                .value("--focus", placeholder: "ID", help: "Draw only the items connected to this one (--view map)."),
                .value("--output", short: "-o", placeholder: "FILE", help: "Write to FILE (atomically) instead of standard output."),
                .flag("--watch", help: "With -o: write again every time FILE changes, until interrupted (Ctrl-C)."),
            ],
            discussion: """
            Formats:
            \(formatList)
              svg, png, pdf: the chosen view, rendered with Graphviz's 'dot' (found on PATH)

            A canvas with errors is not exported: its diagnostics are printed as by 'bmc check' \
            and the exit status is 1. Warnings do not stop an export; Markdown lists them at the end.

            Examples:
              bmc export acme.canvas.yaml --format markdown --lang es -o acme.md
              bmc export acme.canvas.yaml --format pdf --view canvas --paper a2 -o acme-poster.pdf
              bmc export acme.canvas.yaml --format svg --view value-proposition --for shops -o acme-vpc.svg
              bmc export acme.canvas.yaml --format svg --view map --focus shops --watch -o acme-map.svg
            """)
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let formatName = arguments.value("--format")
        let rendered = formatName.flatMap { GraphvizRenderer.formats.contains($0) ? $0 : nil }
        guard let exporter = rendered != nil ? DOTExporter.self : formatName.flatMap(ExportFormats.named) else {
            return usageError("missing '--format \(spec.options[0].valueName ?? "")'\nUsage: \(spec.usage)", console)
        }
        let view = arguments.value("--view").flatMap(DiagramView.init(rawValue:))
        if let view, !exporter.views.contains(view) {
            let formats = ExportFormats.all.filter { $0.views.contains(view) }.map { "'--format \($0.name)'" }
                + GraphvizRenderer.formats.map { "'--format \($0)'" }
            return usageError("'--view \(view.rawValue)' applies to \(formats.joined(separator: ", ")) only", console)
        }
        let diagram = DiagramOptions(
            paper: arguments.value("--paper").flatMap(Paper.init(rawValue:)) ?? .a3,
            subjects: arguments.value("--for").map { $0.split(separator: ",").map { String($0) } } ?? [],
            focus: arguments.value("--focus"))
        if exporter.views.isEmpty, arguments.value("--paper") ?? arguments.value("--for") ?? arguments.value("--focus") != nil {
            return usageError("'--paper', '--for' and '--focus' apply to the diagrams ('--format dot', svg, png, pdf) only", console)
        }
        // Like '--for' and '--focus' on the wrong view, a sheet for a drawing that is no poster is a mistake to say.
        if !exporter.views.isEmpty, arguments.value("--paper") != nil, (view ?? exporter.views[0]) != .canvas {
            return usageError("'--paper' applies to '--view canvas' only", console)
        }
        let path = arguments.positionals[0]
        let export = Export(exporter: exporter, view: view, languageOption: arguments.value("--lang"),
                            diagram: diagram, rendered: rendered,
                            renderer: GraphvizRenderer(searchPath: console.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"))
        guard arguments.has("--watch") else {
            return export.run(path, output: arguments.value("--output"), console: console)
        }
        guard let output = arguments.value("--output"), path != "-" else {
            return usageError("'--watch' needs a canvas file and '-o FILE' to write to", console)
        }
        return CanvasWatching.watch(path, console: console) { export.run(path, output: output, console: console) }
    }

    private static func usageError(_ message: String, _ console: Console) -> Int32 {
        console.writeError("bmc export: error: \(message)\n")
        return ExitStatus.trouble
    }

    /// One export as the options ask for it: load, check the diagram options
    /// against the canvas, write, and render through `dot` for svg, png and pdf.
    struct Export {
        let exporter: any CanvasExporter.Type
        let view: DiagramView?
        /// The `--lang` given, if any; the canvas's language and the locale come after it.
        let languageOption: String?
        let diagram: DiagramOptions
        let rendered: String?
        let renderer: GraphvizRenderer

        func run(_ path: String, output: String?, console: Console) -> Int32 {
            let analysis: CanvasAnalysis
            let canvas: Canvas
            do {
                (canvas, analysis) = try CanvasLoading.loadValid(path, console: console)
            } catch {
                return error.status
            }
            if !exporter.views.isEmpty, let problem = diagram.problem(in: canvas, view: view ?? exporter.views[0]) {
                return ExportCommand.usageError(problem, console)
            }
            let options = ExportOptions(language: LanguageChoice.language(option: languageOption, canvas: canvas.language,
                                                                          environment: console.environment),
                                        view: view,
                                        warnings: analysis.warnings, source: analysis.source, diagram: diagram)
            let text = exporter.export(canvas, options: options)
            guard let rendered else { return CanvasLoading.emit(text, to: output, console: console) }
            do {
                let (bytes, messages) = try renderer.render(text, format: rendered)
                if !messages.isEmpty { console.writeError(messages.hasSuffix("\n") ? messages : messages + "\n") }
                return CanvasLoading.emit(bytes: bytes, to: output, console: console)
            } catch {
                return ExportCommand.usageError(error.message, console)
            }
        }
    }

    /// "json, markdown or dot".
    private static func englishList(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
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
        // In the canvas's own language, as `check` would speak of it.
        let language = LanguageChoice.language(option: nil, canvas: analysis.document.writtenLanguage,
                                               environment: console.environment)
        let renderer = DiagnosticTextRenderer(usesColor: console.usesColor(onTerminal: console.errorIsTerminal),
                                              language: language)
        let errors = analysis.errors
        console.writeError(DiagnosticPrinting.text(errors, in: analysis.source, renderer: renderer))
        console.writeError(ReportTexts.canvasHasErrors(errors.count, file: analysis.source.shownName, in: language) + "\n")
    }

    /// Writes bytes (a rendered diagram) to standard output, or atomically to a file.
    static func emit(bytes: [UInt8], to path: String?, console: Console) -> Int32 {
        guard let path else {
            console.writeOutputBytes(bytes)
            return ExitStatus.success
        }
        do {
            try AtomicFile.write(bytes: bytes, to: path)
            return ExitStatus.success
        } catch {
            console.writeError("bmc: error: \(error.message)\n")
            return ExitStatus.trouble
        }
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
