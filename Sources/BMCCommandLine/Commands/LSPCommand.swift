import BMCKit

/// `bmc lsp`: the language server, for editors.
enum LSPCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "lsp",
        summary: "Run the language server (LSP over standard input and output), for editors.",
        argumentsUsage: "",
        minimumArguments: 0,
        maximumArguments: 0,
        options: [],
        discussion: """
        Editors start 'bmc lsp' themselves: point your editor's LSP client at it for \
        *.canvas.yaml files (the README has the set-up for Neovim, Helix, Emacs, Zed, \
        Kate, Sublime Text and VS Code). It checks canvases as they are typed and \
        offers hover, completion, go to definition, references, rename, quick fixes, \
        formatting and an outline. Exit status: 0 after the editor's 'shutdown' and \
        'exit', 1 when the input ends or 'exit' comes without 'shutdown'.
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        LanguageServerLoop.run(input: 0, output: 1, environment: console.environment)
    }
}
