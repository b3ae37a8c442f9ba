/// Everything `bmc` says about a canvas in one language: the messages and helps
/// of every diagnostic, by producer. A language is one type conforming to this
/// protocol, with a text for every case of every message type; one missing, and
/// the package does not compile.
protocol MessageCatalogue: Sendable {
    func text(_ problem: SyntaxProblem) -> MessageText
    func text(_ problem: SchemaProblem) -> MessageText
    func text(_ problem: ReferenceProblem) -> MessageText
    func text(_ warning: EmptyBlockRule.Warning) -> MessageText
    func text(_ warning: IncompleteItemRule.Warning) -> MessageText
    func text(_ warning: SegmentCoverageRule.Warning) -> MessageText
    func text(_ warning: SegmentCareRule.Warning) -> MessageText
    func text(_ warning: FitRule.Warning) -> MessageText
    func text(_ note: NoteMessage) -> String
}

/// The catalogue of each language.
enum MessageCatalogues {
    static func catalogue(for language: CanvasLanguage) -> any MessageCatalogue {
        switch language {
        case .en: return EnglishMessages()
        case .es: return SpanishMessages()
        case .pt: return PortugueseMessages()
        }
    }
}

/// Canvas text quoted in a message: in the message's quotes, and short (a long
/// value keeps its two ends, joined by `…`), so a message stays one readable line.
func quoted(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > 60 else { return "'" + text + "'" }
    return "'" + String(String.UnicodeScalarView(scalars.prefix(30))) + "…"
        + String(String.UnicodeScalarView(scalars.suffix(29))) + "'"
}

/// `U+001B`: how a code point is named in messages.
func codePointName(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
