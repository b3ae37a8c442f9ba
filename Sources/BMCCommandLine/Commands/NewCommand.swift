#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BMCKit

/// `bmc new`: prints a commented starter canvas for a workshop.
enum NewCommand: CommandImplementation {
    static let spec = CommandSpec(
        name: "new",
        summary: "Print a commented starter canvas for a workshop.",
        argumentsUsage: "",
        minimumArguments: 0,
        maximumArguments: 0,
        options: [
            .value("--name", placeholder: "NAME", help: "The canvas's name."),
            .value("--lang", placeholder: "en|es|pt", allowed: CanvasLanguage.allCases.map(\.rawValue),
                   help: "Language of the comments, placeholders and 'language:' (default en)."),
            .value("--output", short: "-o", placeholder: "FILE", help: "Write to FILE instead of standard output."),
        ],
        discussion: """
        Every block has one placeholder item and a comment listing the words its fields \
        accept. The starter checks without errors.

        Example: bmc new --name "Café Aurora" --lang es -o aurora.canvas.yaml
        """)

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let language = arguments.value("--lang").flatMap(CanvasLanguage.init(rawValue:)) ?? .en
        let text = StarterCanvas.text(name: arguments.value("--name"), language: language, date: today())
        return CanvasLoading.emit(text, to: arguments.value("--output"), console: console)
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
