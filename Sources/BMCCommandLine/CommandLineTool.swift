import BMCKit

/// The `bmc` command line as a library: `run(arguments:console:)` returns the exit
/// status, so tests call it in-process and `main.swift` stays a few lines.
public enum CommandLineTool {
    public static let version = "0.1.0"

    /// Every command, in the order `bmc --help` lists them.
    static var commands: [Command] { [
        CheckCommand.command,
        DiffCommand.command,
        ExportCommand.command,
        FmtCommand.command,
        LSPCommand.command,
        NewCommand.command,
        SchemaCommand.command,
        TreeCommand.command,
    ] }

    static var toolHelp: String {
        var text = """
        bmc \(version): Business Model Canvas as code. Read, check and transform \
        *.canvas.yaml files.

        Usage: bmc <command> [options] [arguments]

        Commands:

        """
        let width = commands.map(\.spec.name.count).max() ?? 0
        for command in commands {
            let name = command.spec.name
            text += "  \(name)" + String(repeating: " ", count: width - name.count + 2) + command.spec.summary + "\n"
        }
        text += """

        Options:
          -h, --help     Show this help, or a command's help with 'bmc <command> --help'.
          --version      Show the version.

        Exit status: 0 success; 1 the files have errors (for 'diff': the canvases differ;
        for 'fmt --check': a file is not canonical); 2 usage errors or unreadable files.

        """
        return text
    }

    public static func run(arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.writeError(toolHelp)
            return ExitStatus.trouble
        }
        switch first {
        case "--help", "-h", "help":
            console.writeOutput(toolHelp)
            return ExitStatus.success
        case "--version":
            console.writeOutput("bmc \(version)\n")
            return ExitStatus.success
        default:
            break
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            let names = commands.map(\.spec.name)
            var message = "bmc: error: unknown command '\(first)'"
            if let suggestion = Suggestions.closest(to: first, among: names) {
                message += "; did you mean '\(suggestion)'?"
            }
            console.writeError(message + "\nRun 'bmc --help' for the list of commands.\n")
            return ExitStatus.trouble
        }
        let spec = command.spec
        do {
            let parsed = try spec.parse(Array(arguments.dropFirst()))
            if parsed.wantsHelp {
                console.writeOutput(spec.help)
                return ExitStatus.success
            }
            return command.run(parsed, console)
        } catch {
            console.writeError("bmc \(spec.name): error: \(error.message)\nUsage: \(spec.usage)\n"
                + "Run 'bmc \(spec.name) --help' for more.\n")
            return ExitStatus.trouble
        }
    }
}

/// A `bmc` subcommand: its declaration and what it does.
struct Command {
    var spec: CommandSpec
    var run: (ParsedArguments, Console) -> Int32
}

/// What every command implementation provides.
protocol CommandImplementation {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, console: Console) -> Int32
}

extension CommandImplementation {
    static var command: Command { Command(spec: spec, run: { run($0, console: $1) }) }

    static func report(_ error: FileError, console: Console) {
        console.writeError("bmc: error: \(error.message)\n")
    }
}
