/// The words of the diagrams in one language: Osterwalder's guiding question of
/// each block, written on the poster where a block is still empty, and the fixed
/// phrases of legends, footers and the Value Proposition Canvas. Kept apart from
/// `Labels` so each language's diagram words sit in one file of their own.
public struct DiagramLabels: Sendable {
    /// The guiding question of each block, keyed by block key.
    public var questions: [String: String]
    /// The fixed phrases, keyed by `DiagramPhrase`.
    public var phrases: [DiagramPhrase: String]

    public func question(_ block: Block) -> String { questions[block.key] ?? "" }
    public func phrase(_ phrase: DiagramPhrase) -> String { phrases[phrase] ?? phrase.rawValue }

    /// "1 open warning", "3 open warnings", "no open warnings".
    public func openWarnings(_ count: Int) -> String {
        switch count {
        case 0: return phrase(.noOpenWarnings)
        case 1: return phrase(.oneOpenWarning)
        default: return phrase(.openWarnings).replacingPlaceholder(with: String(count))
        }
    }
}

/// The fixed phrases of the diagrams.
public enum DiagramPhrase: String, Sendable, CaseIterable {
    /// The title of the legend of segment colours.
    case segmentLegend
    /// The legend entry of notes that serve no segment.
    case noSegment
    case noOpenWarnings, oneOpenWarning
    /// With `{n}` for the count.
    case openWarnings
    case valuePropositionCanvas
    case valueMap, customerProfile
    case productsAndServices, customerJobs
    /// The mark of a job, pain or gain that nothing in the value map addresses.
    case notAddressed
    /// The title of a value map facing a profile: `{proposition}` for `{customer}`.
    case propositionFor
    /// What the VPC says when no proposition is for a segment or persona with a profile.
    case noProfiles
    /// The title of the map's legend, and what each kind of arrow means.
    case arrowLegend
    case arrowServes, arrowDelivers, arrowProvides, arrowDrives, arrowHappensIn, arrowAddresses
    /// The title of a map focused on one item.
    case focusOn
    /// A job, a pain, a gain, before its text in the map's segment and persona boxes.
    case job, pain, gain
}

extension Labels {
    /// The diagram words of the labels' language.
    public var diagram: DiagramLabels {
        switch language {
        case .en: return .english
        case .es: return .spanish
        case .pt: return .portuguese
        }
    }
}

extension String {
    /// The text with `{n}`, `{proposition}` or any `{...}` placeholder, in order,
    /// replaced by `values`.
    func replacingPlaceholder(with values: String...) -> String {
        var output = "", remaining = values[...], inside = false
        for character in self {
            if inside {
                if character == "}" { inside = false; output += remaining.popFirst() ?? "" }
            } else if character == "{" {
                inside = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}
