import BMCKit

/// `bmc export FILE --format FORMAT`: the canvas in another form. The formats,
/// their views and the help come from `ExportFormats.all`.
enum ExportCommand: CommandImplementation {
    static var spec: CommandSpec {
        let formats = ExportFormats.all.map { $0.name }
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
                       help: drawing.map { "\($0.name): " + $0.views.map(\.rawValue).joined(separator: " (default), ") }
                           .joined(separator: "; ") + "."),
                .value("--output", short: "-o", placeholder: "FILE", help: "Write to FILE (atomically) instead of standard output."),
            ],
            discussion: """
            Formats:
            \(formatList)

            A canvas with errors is not exported: its diagnostics are printed as by 'bmc check' \
            and the exit status is 1. Warnings do not stop an export; Markdown lists them at the end.

            Examples:
              bmc export acme.canvas.yaml --format markdown --lang es -o acme.md
              bmc export acme.canvas.yaml --format dot --view map | dot -Tsvg > acme-map.svg
            """)
    }

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let exporter = arguments.value("--format").flatMap(ExportFormats.named) else {
            console.writeError("bmc export: error: missing '--format \(ExportFormats.all.map { $0.name }.joined(separator: "|"))'\n"
                + "Usage: \(spec.usage)\n")
            return ExitStatus.trouble
        }
        let view = arguments.value("--view").flatMap(DiagramView.init(rawValue:))
        if let view, !exporter.views.contains(view) {
            let formats = ExportFormats.all.filter { $0.views.contains(view) }.map { "'--format \($0.name)'" }
            console.writeError("bmc export: error: '--view \(view.rawValue)' applies to \(formats.joined(separator: ", ")) only\n")
            return ExitStatus.trouble
        }
        let analysis: CanvasAnalysis
        let canvas: Canvas
        do {
            (canvas, analysis) = try CanvasLoading.loadValid(arguments.positionals[0], console: console)
        } catch {
            return error.status
        }
        let language = LanguageChoice.language(option: arguments.value("--lang"), canvas: canvas.language,
                                               environment: console.environment)
        let options = ExportOptions(language: language, view: view, warnings: analysis.warnings, source: analysis.source)
        return CanvasLoading.emit(exporter.export(canvas, options: options), to: arguments.value("--output"),
                                  console: console)
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
