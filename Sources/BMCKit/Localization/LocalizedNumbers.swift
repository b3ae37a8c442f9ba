#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Numbers, amounts and durations as each language writes them for a reader:
/// `1,500.50` and `4 hours` in English, `1.500,50` and `4 horas` in Spanish and
/// Portuguese. Only for what people read (the Markdown export); the file format,
/// JSON and DOT keep plain digits with a dot.
public enum LocalizedNumbers {
    /// Plain decimal text (`-1500.5`, `29.90`, `1200`) with the language's
    /// thousands and decimal separators. Text of another form is returned as it is.
    public static func grouped(_ plain: String, in language: CanvasLanguage) -> String {
        var digits = Substring(plain)
        let sign = digits.first == "-" ? String(digits.removeFirst()) : ""
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, parts.allSatisfy({ $0.utf8.allSatisfy(\.isDigit) }) else { return plain }
        let (thousands, decimal) = language == .en ? (",", ".") : (".", ",")
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        let fraction = parts.count == 2 ? decimal + parts[1] : ""
        return sign + groups.joined(separator: thousands) + fraction
    }

    /// An amount rounded to cents (`MoneyFormat`), grouped: `1.500,50`.
    static func money(_ amount: Decimal, in language: CanvasLanguage) -> String {
        grouped(MoneyFormat.text(amount), in: language)
    }

    /// A whole number, grouped: `12.000`.
    public static func integer(_ value: Int, in language: CanvasLanguage) -> String {
        grouped(String(value), in: language)
    }

    /// A duration in words: `4 hours`, `4 horas`, `1 semana`.
    public static func duration(_ duration: Duration, in language: CanvasLanguage) -> String {
        let (singular, plural): (String, String) = switch (duration.unit, language) {
        case (.minutes, .en): ("minute", "minutes")
        case (.hours, .en): ("hour", "hours")
        case (.days, .en): ("day", "days")
        case (.weeks, .en): ("week", "weeks")
        case (.minutes, .es), (.minutes, .pt): ("minuto", "minutos")
        case (.hours, .es), (.hours, .pt): ("hora", "horas")
        case (.days, .es): ("día", "días")
        case (.days, .pt): ("dia", "dias")
        case (.weeks, .es), (.weeks, .pt): ("semana", "semanas")
        }
        return integer(duration.amount, in: language) + " " + (duration.amount == 1 ? singular : plural)
    }
}
