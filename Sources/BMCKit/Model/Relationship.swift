/// Block 4: the kind of relationship the business has with a segment.
public struct Relationship: BlockItem, Equatable {
    public static let kind = ItemKind.relationship
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var type: RelationshipType?
    public var segments: [Reference] = []
    public var goals: [RelationshipGoal] = []
    public var channels: [Reference] = []
    public var touchpoints: [String] = []
    public var cadence: Cadence?
    /// Promised first answer, as in a support agreement.
    public var responseTime: Duration?
    public var cost: Level?
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Relationship>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The relationship's name."),
        .word("type", \.type, "personal, dedicated, self-service, automated, community or co-creation."),
        .references("segments", \.segments, to: [.segment], "The customer segments it is with."),
        .words("goals", \.goals, "acquisition, retention, boosting-sales."),
        .references("channels", \.channels, to: [.channel], "The channels where it happens."),
        .texts("touchpoints", \.touchpoints, "Where provider and buyer meet."),
        .word("cadence", \.cadence, "How often the provider meets the buyer."),
        .duration("response-time", \.responseTime, "Promised first answer: an integer and m, h, d or w (4h, 2d)."),
        .word("cost", \.cost, noun: "cost level", "What the relationship costs to run: low, medium, high."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Relationship", "The type of relationship the business establishes with a segment.")
}
