#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BMCKit

/// `bmc new`: prints a commented starter canvas for a workshop, or writes it to a
/// file that does not exist yet (`--force` to replace one).
enum NewCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "new",
        summary: "Print a commented starter canvas for a workshop.",
        argumentsUsage: "",
        minimumArguments: 0,
        maximumArguments: 0,
        options: [
            .value("--name", placeholder: "NAME", help: "The canvas's name."),
            LanguageChoice.option("Language of the comments, placeholders and 'language:'; default: the locale, else en."),
            .value("--output", short: "-o", placeholder: "FILE", help: "Write to FILE instead of standard output."),
            .flag("--force", help: "Replace FILE if it already exists."),
        ],
        discussion: """
        Every block has one placeholder item and a comment listing the words its fields \
        accept. The starter checks without errors.

        An existing FILE, most likely a canvas already filled in, is not replaced unless \
        --force is given. A named pipe or a device (-o /dev/stdout) is written to as it is.

        Example: bmc new --name "Café Aurora" --lang es -o aurora.canvas.yaml
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let language = LanguageChoice.language(option: arguments.value("--lang"), canvas: nil, environment: console.environment)
        let output = arguments.value("--output")
        // A named pipe or a device is no canvas to lose; a folder or a missing file
        // is left to the write to report.
        if let output, !arguments.has("--force"), FileKind(following: output) == .regular {
            report(FileError(message: "cannot write '\(output)': it already exists; use --force to replace it, or another name"),
                   console: console)
            return ExitStatus.trouble
        }
        let text = StarterCanvas.text(name: arguments.value("--name"), language: language, date: today())
        return CanvasLoading.emit(text, to: output, console: console)
    }

    /// Today's date in UTC, so the starter carries the same date on every machine
    /// at the same moment.
    private static func today() -> CanvasDate {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return CanvasDate("\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))")!
    }
}
