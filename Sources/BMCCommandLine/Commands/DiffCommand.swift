import BMCKit

/// `bmc diff OLD NEW`: what changed between two canvases, as items and fields, never
/// as lines. Also git's external diff driver, called with the 7 arguments git passes
/// (9 for a rename, 1 for an unmerged path).
enum DiffCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "diff",
        summary: "Show what changed between two canvases: items added, removed, renamed, moved and changed.",
        argumentsUsage: "OLD NEW",
        minimumArguments: 1,
        maximumArguments: 9,
        options: [
            .value("--format", short: "-f", placeholder: "text|markdown|json|dot", allowed: ["text", "markdown", "json", "dot"],
                   help: "One line per change (default), a Markdown summary for a pull request, a JSON array, "
                       + "or the new canvas drawn with the changes marked (Graphviz DOT)."),
            LanguageChoice.option("Language of the report; default: the new canvas's 'language', else the locale, else en."),
        ],
        discussion: """
        The canvases are compared as typed models: items are matched by id within each \
        block (derived ids included), so layout, comments, quotes and key order are never \
        changes. Added and removed items show their name (points and remedies their text); \
        an item whose id changed but nothing else is renamed; one whose place in \
        its block changed is moved. Lists are compared as lists; personas, and points and \
        remedies with an id, are followed by id. The warnings the changes introduced and \
        resolved follow. '/dev/null' stands for no canvas.

        As git's diff driver, 'bmc diff' takes the arguments git passes, prints a header \
        naming the path, and exits 0 so that git goes on to the next file:
          echo '*.canvas.yaml diff=bmc' >> .gitattributes
          git config diff.bmc.command 'bmc diff'

        Exit status: 0 the canvases mean the same; 1 they differ; 2 usage errors, \
        unreadable files, or a canvas with errors (its diagnostics are printed).
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let positionals = arguments.positionals
        switch positionals.count {
        case 2:
            return compare(old: positionals[0], new: positionals[1], arguments, console: console)
        case 7, 9:
            return compareForGit(positionals, arguments, console: console)
        case 1 where console.environment["GIT_DIFF_PATH_TOTAL"] != nil:
            // git's call for an unmerged path; git's own diff says the same.
            console.writeOutput("* Unmerged path \(positionals[0])\n")
            return ExitStatus.success
        default:
            let message = positionals.count == 1 ? "missing argument NEW"
                : "takes OLD NEW (or the 7 or 9 arguments git passes a diff driver), not \(positionals.count) arguments"
            console.writeError("bmc diff: error: \(message)\nUsage: \(spec.usage)\nRun 'bmc diff --help' for more.\n")
            return ExitStatus.trouble
        }
    }

    /// `bmc diff OLD NEW`: exit 0 when the canvases mean the same, 1 when they differ.
    private static func compare(old oldPath: String, new newPath: String, _ arguments: ParsedArguments,
                                console: Console) -> Int32 {
        let old = load(oldPath, console: console)
        let new = load(newPath, console: console)
        guard case .loaded(let oldAnalysis) = old, case .loaded(let newAnalysis) = new else {
            return ExitStatus.trouble
        }
        let changes = CanvasDiff.changes(from: oldAnalysis?.canvas, to: newAnalysis?.canvas)
        console.writeOutput(render(changes, old: oldAnalysis, new: newAnalysis, arguments,
                                   usesColor: console.usesColor(onTerminal: console.outputIsTerminal),
                                   environment: console.environment))
        return changes.isEmpty ? ExitStatus.success : ExitStatus.failure
    }

    /// git's form: `path old-file old-hex old-mode new-file new-hex new-mode`, and for
    /// a rename `new-path` and a message. A canvas with errors is reported in place
    /// of its changes, and the exit status is still 0: git stops at a driver that
    /// fails, and a history may well hold a broken canvas.
    private static func compareForGit(_ positionals: [String], _ arguments: ParsedArguments,
                                      console: Console) -> Int32 {
        let path = positionals[0]
        let newPath = positionals.count == 9 ? positionals[7] : path
        // Under git's pager the output is no terminal, but git's own colours are on.
        let pagerInUse = console.environment["GIT_PAGER_IN_USE"].map { !$0.isEmpty && $0 != "false" } ?? false
        let usesColor = console.usesColor(onTerminal: console.outputIsTerminal || pagerInUse)
        // JSON and DOT stay one document: no header, nothing else on standard output.
        let asJSON = arguments.value("--format") == "json" || arguments.value("--format") == "dot"
        let header = TerminalSafeText.escaped("diff --bmc a/\(path) b/\(newPath)")
        if !asJSON {
            console.writeOutput((usesColor ? "\u{1B}[1m" + header + "\u{1B}[0m" : header) + "\n")
        }
        let old = load(positionals[1], shownAs: "a/" + path, console: console)
        let new = load(positionals[4], shownAs: "b/" + newPath, console: console)
        switch (old, new) {
        case (.loaded(let oldAnalysis), .loaded(let newAnalysis)):
            let changes = CanvasDiff.changes(from: oldAnalysis?.canvas, to: newAnalysis?.canvas)
            if changes.isEmpty && !asJSON {
                let canvas = newAnalysis?.canvas ?? oldAnalysis?.canvas
                let language = LanguageChoice.language(option: arguments.value("--lang"), canvas: canvas?.language,
                                                       environment: console.environment)
                console.writeOutput(DiffWords.forLanguage(language).noChangeInMeaning + "\n")
            } else {
                console.writeOutput(render(changes, old: oldAnalysis, new: newAnalysis, arguments, usesColor: usesColor,
                                           environment: console.environment))
            }
            return ExitStatus.success
        case (.unreadable, _), (_, .unreadable):
            return ExitStatus.trouble
        default:
            let language = LanguageChoice.language(option: arguments.value("--lang"), canvas: nil,
                                                   environment: console.environment)
            let message = DiffWords.forLanguage(language).notCompared + "\n"
            asJSON ? console.writeError(header + ": " + message) : console.writeOutput(message)
            return ExitStatus.success
        }
    }

    /// The changes, and the warnings they introduced and resolved, in the format asked for.
    private static func render(_ changes: [CanvasChange], old: CanvasAnalysis?, new: CanvasAnalysis?,
                               _ arguments: ParsedArguments, usesColor: Bool, environment: [String: String]) -> String {
        let canvas = new?.canvas ?? old?.canvas
        let language = LanguageChoice.language(option: arguments.value("--lang"), canvas: canvas?.language,
                                               environment: environment)
        let warnings = WarningChange.between(old, new, language: language)
        switch arguments.value("--format") {
        case "markdown":
            return DiffMarkdownRenderer(language: language)
                .render(changes, title: DiffWords.forLanguage(language).changesTo + " " + (canvas?.name ?? ""),
                        warnings: warnings)
        case "json":
            return DiffJSONRenderer.render(changes, warnings: warnings)
        case "dot":
            return DiffPoster(language: language).dot(old: old?.canvas, new: new?.canvas, changes: changes)
        default:
            return DiffTextRenderer(language: language, usesColor: usesColor).render(changes, warnings: warnings)
        }
    }

    private enum Loaded {
        /// The analysis of a valid canvas, or `nil` for `/dev/null`: no canvas at all.
        case loaded(CanvasAnalysis?)
        /// The canvas has errors; they were printed.
        case invalid
        /// The file could not be read; the reason was printed.
        case unreadable
    }

    /// Reads and checks one side, printing its errors (named `shownAs`, when given,
    /// instead of the path: git passes temporary files).
    private static func load(_ path: String, shownAs name: String? = nil, console: Console) -> Loaded {
        if path == "/dev/null" { return .loaded(nil) }
        let file: SourceFile
        do {
            file = try InputFiles.read(path, console: console)
        } catch {
            report(error, console: console)
            return .unreadable
        }
        let source = name.map { SourceFile(name: $0, bytes: file.bytes) } ?? file
        let analysis = CanvasAnalysis(source)
        guard analysis.validCanvas != nil else {
            CanvasLoading.reportErrors(of: analysis, console: console)
            return .invalid
        }
        return .loaded(analysis)
    }
}
