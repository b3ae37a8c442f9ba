import BMCKit
import Foundation

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

    private static func today() -> CanvasDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CanvasDate(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }
}
