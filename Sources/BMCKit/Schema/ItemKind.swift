/// Every kind of thing that can carry an id. All ids of a canvas share one
/// namespace; references name the kinds they accept.
public enum ItemKind: String, Sendable, CaseIterable, Hashable {
    case segment
    case valueProposition = "value-proposition"
    case channel
    case relationship = "customer-relationship"
    case revenueStream = "revenue-stream"
    case resource = "key-resource"
    case activity = "key-activity"
    case partnership = "key-partnership"
    case cost
    case persona
    case job
    case pain
    case gain
    case product
    case painReliever = "pain-reliever"
    case gainCreator = "gain-creator"

    /// The kind as a noun in messages: "value proposition".
    public var noun: String {
        switch self {
        case .segment: return "segment"
        case .valueProposition: return "value proposition"
        case .channel: return "channel"
        case .relationship: return "customer relationship"
        case .revenueStream: return "revenue stream"
        case .resource: return "key resource"
        case .activity: return "key activity"
        case .partnership: return "key partnership"
        case .cost: return "cost"
        case .persona: return "persona"
        case .job: return "job"
        case .pain: return "pain"
        case .gain: return "gain"
        case .product: return "product"
        case .painReliever: return "pain reliever"
        case .gainCreator: return "gain creator"
        }
    }

    /// The noun with its indefinite article: "a segment", "an activity".
    public var nounWithArticle: String {
        let first = noun.first.map { "aeiou".contains($0) } ?? false
        return (first ? "an " : "a ") + noun
    }
}
