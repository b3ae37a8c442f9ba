import BMCKit

/// Exit statuses of `bmc`, as the contract's section 5 defines them.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// The files have errors; for `diff`, the canvases differ; for `fmt --check`,
    /// a file is not canonical.
    public static let failure: Int32 = 1
    /// Usage errors and unreadable files.
    public static let trouble: Int32 = 2
}

/// One option a command accepts: a flag (`--strict`) or an option with a value
/// (`--format json`, also `--format=json`).
struct OptionSpec: Sendable {
    var name: String
    var shortName: String?
    /// The placeholder shown in help; `nil` for a flag.
    var valueName: String?
    /// The values allowed, if the option takes one of a fixed set.
    var allowedValues: [String]?
    var help: String

    static func flag(_ name: String, short: String? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, valueName: nil, allowedValues: nil, help: help)
    }

    static func value(_ name: String, short: String? = nil, placeholder: String, allowed: [String]? = nil,
                      help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, valueName: placeholder, allowedValues: allowed, help: help)
    }
}

/// A command's declaration: parsing, usage and help are all generated from it.
struct CommandSpec: Sendable {
    var name: String
    var summary: String
    /// The positional arguments as shown in the usage line, such as `PATH...`.
    var argumentsUsage: String
    var minimumArguments: Int
    var maximumArguments: Int?
    var options: [OptionSpec]
    /// Paragraphs after the option list: details and examples.
    var discussion: String

    var usage: String {
        let optionsPart = options.isEmpty ? "" : " [options]"
        return "bmc \(name)\(optionsPart)\(argumentsUsage.isEmpty ? "" : " " + argumentsUsage)"
    }

    var help: String {
        var text = "\(summary)\n\nUsage: \(usage)\n"
        let rows = options + [.flag("--help", short: "-h", help: "Show this help.")]
        text += "\nOptions:\n"
        let labels = rows.map { option -> String in
            var label = option.shortName.map { "\($0), " } ?? "    "
            label += option.name
            if let valueName = option.valueName { label += " \(valueName)" }
            return label
        }
        let width = labels.map(\.count).max() ?? 0
        for (label, option) in zip(labels, rows) {
            text += "  " + label + String(repeating: " ", count: width - label.count + 2) + option.help + "\n"
        }
        if !discussion.isEmpty { text += "\n" + discussion + "\n" }
        return text
    }
}

/// What a command line said, after parsing against a `CommandSpec`.
struct ParsedArguments {
    var values: [String: String] = [:]
    /// Every value given to each option, in order, for the options that may be
    /// repeated (`--ignore A --ignore B`); `values` keeps the last.
    var repeatedValues: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []
    var wantsHelp = false

    func value(_ name: String) -> String? { values[name] }
    func allValues(_ name: String) -> [String] { repeatedValues[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake in how `bmc` was called: reported with the usage line, exit status 2.
struct UsageError: Error {
    /// The message, the arguments quoted in it with their control characters escaped.
    var message: String

    init(message: String) {
        self.message = TerminalSafeText.escaped(message)
    }
}

extension CommandSpec {
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "--help" || argument == "-h" {
                parsed.wantsHelp = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: { $0.name == name || $0.shortName == name }) else {
                throw UsageError(message: "unknown option '\(name)'")
            }
            guard option.valueName != nil else {
                if inlineValue != nil { throw UsageError(message: "option '\(option.name)' takes no value") }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: "option '\(option.name)' needs a value")
                }
                value = arguments[index]
                index += 1
            }
            if let allowed = option.allowedValues, !allowed.contains(value) {
                throw UsageError(message: "option '\(option.name)' takes \(allowed.map { "'\($0)'" }.joined(separator: ", ")), not '\(value)'")
            }
            parsed.values[option.name] = value
            parsed.repeatedValues[option.name, default: []].append(value)
        }
        if parsed.wantsHelp { return parsed }
        if parsed.positionals.count < minimumArguments {
            throw UsageError(message: minimumArguments == 1 && maximumArguments == 1
                ? "missing argument \(argumentsUsage)" : "missing arguments: \(argumentsUsage)")
        }
        if let maximum = maximumArguments, parsed.positionals.count > maximum {
            throw UsageError(message: "unexpected argument '\(parsed.positionals[maximum])'")
        }
        return parsed
    }
}
