/// The words of exports in one language: block names, field labels, enum words and
/// the few phrases of the documents themselves. Content from the canvas is never
/// translated. Each language is one `Labels` value in a file of its own, so a fourth
/// language is one new file and one line in `Labels.forLanguage`.
public struct Labels: Sendable {
    /// The language the labels are in.
    public var language: CanvasLanguage
    /// Names of the nine blocks, keyed by block key (`customer-segments`).
    public var blocks: [String: String]
    /// Field labels, keyed by field key (`response-time`).
    public var fields: [String: String]
    /// Enum words, keyed by the contract's word (`self-service`).
    public var words: [String: String]
    /// Fixed phrases of the exports, keyed by `Phrase`.
    public var phrases: [Phrase: String]
    /// The texts of the starter canvas `bmc new` prints.
    public var starter: [StarterText: String]

    /// The labels of a language.
    public static func forLanguage(_ language: CanvasLanguage) -> Labels {
        switch language {
        case .en: return .english
        case .es: return .spanish
        case .pt: return .portuguese
        }
    }

    public func block(_ key: String) -> String { blocks[key] ?? key }
    public func field(_ key: String) -> String { fields[key] ?? key }
    public func word(_ word: String) -> String { words[word] ?? word }
    public func phrase(_ phrase: Phrase) -> String { phrases[phrase] ?? phrase.rawValue }
}

/// The fixed phrases exports use, apart from block, field and enum labels.
public enum Phrase: String, Sendable, CaseIterable {
    case metadata
    case pains
    case gains
    case painRelievers
    case gainCreators
    case addresses
    case fit
    case unaddressed
    case allAddressed
    case revenueAndCosts
    case revenue
    case costs
    case perYear
    case net
    case warnings
    case noWarnings
    case noItems
    case currency
    case role
    case yes
    case no
    case byCurrency
    case withoutYearlyFigure
    case payers
    case warningsIntroduced
    case warningsResolved
    case openQuestions
    case nothingOpen
    case legendAdded
    case legendChanged
    case legendRemoved
    case canvasMap
    /// "line", before the number of the line a warning is on.
    case line
}

/// The texts of the starter canvas: its opening comment, the one-line explanation
/// of each block, and the placeholders of the example items.
public enum StarterText: String, Sendable, CaseIterable {
    case introduction
    case canvasName
    case description
    case author
    case segmentsHelp, propositionsHelp, channelsHelp, relationshipsHelp, revenueHelp
    case resourcesHelp, activitiesHelp, partnershipsHelp, costsHelp
    case segment, persona, pain, proposition, painReliever, channel, relationship, revenue
    case resource, activity, partnership, cost
}
