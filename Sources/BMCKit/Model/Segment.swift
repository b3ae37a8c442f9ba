/// Block 1: a group of people or organizations the business aims to serve.
public struct Segment: BlockItem, Equatable {
    public static let kind = ItemKind.segment
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var type: SegmentType?
    public var engagement: Engagement?
    /// 1 is the most important.
    public var priority: Int?
    /// Estimated number of buyers.
    public var size: Int?
    public var growth: Growth?
    public var fit: Level?
    public var needs: [String] = []
    public var jobs: [Point] = []
    public var pains: [Point] = []
    public var gains: [Point] = []
    public var personas: [Persona] = []
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Segment>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The segment's name."),
        .word("type", \.type, "Mass market, niche market, segmented, diversified or multi-sided platform."),
        .word("engagement", \.engagement,
              "client: long-term, tailored, dedicated contact, retainer; customer: transactional, standardized."),
        .integer("priority", \.priority, minimum: 1, "1 is the most important segment."),
        .integer("size", \.size, minimum: 0, "Estimated number of buyers."),
        .word("growth", \.growth, "How the segment is developing."),
        .word("fit", \.fit, noun: "fit", "Fit with the offer."),
        .texts("needs", \.needs, "What the segment needs."),
        .textsOrItems("jobs", \.jobs, role: .job, "Jobs the segment tries to get done (its own customer profile)."),
        .textsOrItems("pains", \.pains, role: .pain, "Pains: bad outcomes, risks and obstacles."),
        .textsOrItems("gains", \.gains, role: .gain, "Gains: outcomes and benefits the segment wants."),
        .items("personas", \.personas, "Representative people of the segment."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Segment", "A group of people or organizations the business aims to reach and serve.")
}

/// A representative person of a segment, with the customer profile of the Value
/// Proposition Canvas.
public struct Persona: IdentifiedItem, Equatable {
    public static let kind = ItemKind.persona
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var role: String?
    /// The kinds of relationship this persona wants.
    public var prefers: [RelationshipType] = []
    public var jobs: [Point] = []
    public var pains: [Point] = []
    public var gains: [Point] = []
    public var quote: String?
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Persona>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The persona's name."),
        .text("role", \.role, "The persona's role or situation."),
        .words("prefers", \.prefers, "The kinds of relationship this persona wants."),
        .textsOrItems("jobs", \.jobs, role: .job, "Jobs the persona tries to get done."),
        .textsOrItems("pains", \.pains, role: .pain, "Pains: bad outcomes, risks and obstacles."),
        .textsOrItems("gains", \.gains, role: .gain, "Gains: outcomes and benefits the persona wants."),
        .text("quote", \.quote, "Something the persona would say."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Persona", "A representative person of a segment, with jobs, pains and gains.")
}

/// A job, pain or gain of a customer profile: a text, or a mapping with an `id` so
/// remedies can address it.
public struct Point: TextOrItem, Equatable {
    public enum Role: String, Sendable {
        case job, pain, gain

        public var kind: ItemKind {
            switch self {
            case .job: return .job
            case .pain: return .pain
            case .gain: return .gain
            }
        }
    }

    public var id: String?
    public var text = ""
    public var role = Role.job
    public var span = SourceSpan()

    public init() {}

    public init(text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    public static let fields: [Field<Point>] = [
        .optionalIdentifier(\.id, "Id, so remedies can address this point."),
        .requiredText("text", \.text, "What the job, pain or gain is."),
    ]
    public static let itemSchema = describe("Point", "A job, pain or gain: a text, or a mapping with id and text.")

    public var isPlainText: Bool { id == nil }
    public var kind: ItemKind { role.kind }
}
