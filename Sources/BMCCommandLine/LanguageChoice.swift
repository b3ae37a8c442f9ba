import BMCKit

/// The language `bmc` speaks about a canvas (contract section 9): the `--lang`
/// option, else the canvas's own `language:`, else the user's locale, else English.
/// The locale is POSIX's: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
/// set decides, and a locale in a language bmc does not speak means English.
enum LanguageChoice {
    static func language(option: String?, canvas: CanvasLanguage?, environment: [String: String]) -> CanvasLanguage {
        option.flatMap(CanvasLanguage.init(rawValue:)) ?? canvas ?? locale(environment) ?? .en
    }

    /// The language of the locale variables: `pt_BR.UTF-8` is Portuguese,
    /// `es_MX` Spanish, `C` and `POSIX` English; `nil` when none is set.
    static func locale(_ environment: [String: String]) -> CanvasLanguage? {
        guard let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
        else { return nil }
        let code = value.prefix { $0.isLetter }.lowercased()
        return CanvasLanguage(rawValue: code) ?? .en
    }

    /// The `--lang` option every command that speaks about canvases takes.
    static func option(_ help: String) -> OptionSpec {
        .value("--lang", placeholder: "en|es|pt", allowed: CanvasLanguage.allCases.map(\.rawValue), help: help)
    }
}
