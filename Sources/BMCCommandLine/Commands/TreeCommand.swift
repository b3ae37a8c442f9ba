import BMCKit

/// `bmc tree FILE`: the untyped document as JSON, every scalar a string, for
/// checking that a canvas reads as the author meant, and for comparing with YAML tools.
enum TreeCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "tree",
        summary: "Print the untyped document as JSON, every scalar a string.",
        argumentsUsage: "FILE",
        minimumArguments: 1,
        maximumArguments: 1,
        options: [],
        discussion: """
        Mappings become objects (keys in file order), sequences arrays, and every \
        scalar a string; an empty value is "". Syntax errors are printed as by \
        'bmc check', with exit status 1. Use '-' to read standard input.
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let source: SourceFile
        do {
            source = try InputFiles.read(arguments.positionals[0], console: console)
        } catch {
            report(error, console: console)
            return ExitStatus.trouble
        }
        let (document, diagnostics) = Reader.read(source)
        if diagnostics.containsErrors {
            let language = LanguageChoice.language(option: nil, canvas: document.writtenLanguage, environment: console.environment)
            let renderer = DiagnosticTextRenderer(usesColor: console.usesColor(onTerminal: console.errorIsTerminal),
                                                  language: language)
            console.writeError(DiagnosticPrinting.text(diagnostics, in: source, renderer: renderer))
            return ExitStatus.failure
        }
        console.writeOutput(document.untypedJSON.serialized())
        return ExitStatus.success
    }
}
