/// A Business Model Canvas: its own fields and the nine blocks, in canonical order.
public struct Canvas: SchemaItem, Equatable {
    public var name = ""
    public var description: String?
    public var notes: String?
    public var version: String?
    public var date: CanvasDate?
    public var authors: [String] = []
    public var language: CanvasLanguage?
    public var costApproach: CostApproach?
    /// The names of the warnings this canvas has decided to live with.
    public var ignoreWarnings: [String] = []
    public var customerSegments: [Segment] = []
    public var valuePropositions: [ValueProposition] = []
    public var channels: [Channel] = []
    public var customerRelationships: [Relationship] = []
    public var revenueStreams: [RevenueStream] = []
    public var keyResources: [Resource] = []
    public var keyActivities: [Activity] = []
    public var keyPartnerships: [Partnership] = []
    public var costStructure: [Cost] = []
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Canvas>] = [
        .requiredText("name", \.name, "The business or canvas title."),
        .text("description", \.description, "One paragraph on the business."),
        .text("notes", \.notes, "Anything else worth keeping: stage, lineage, open questions."),
        .text("version", \.version, "The canvas's own version label."),
        .date("date", \.date, "When this version was made (YYYY-MM-DD)."),
        .texts("authors", \.authors, "Who wrote the canvas."),
        .word("language", \.language, "Language of the labels in exports: en, es or pt (default en)."),
        .word("cost-approach", \.costApproach, "cost-driven or value-driven."),
        .warningNames("ignore-warnings", \.ignoreWarnings,
                      "Names of the warnings this canvas has decided to live with, silenced in every check."),
        .items("customer-segments", \.customerSegments, "Block 1: the groups of people or organizations served."),
        .items("value-propositions", \.valuePropositions, "Block 2: the bundles of products and services that create value."),
        .items("channels", \.channels, "Block 3: how the value propositions reach the segments."),
        .items("customer-relationships", \.customerRelationships, "Block 4: the relationships with each segment."),
        .items("revenue-streams", \.revenueStreams, "Block 5: the cash each segment pays."),
        .items("key-resources", \.keyResources, "Block 6: the most important assets."),
        .items("key-activities", \.keyActivities, "Block 7: the most important things to do."),
        .items("key-partnerships", \.keyPartnerships, "Block 8: the suppliers and partners."),
        .items("cost-structure", \.costStructure, "Block 9: the costs of operating the model."),
    ]
    public static let itemSchema = describe("Canvas", "A Business Model Canvas: the nine blocks of Osterwalder and Pigneur.")

    public var elementKind: ItemKind? { nil }
    public var referenceID: String? { nil }
    public var hasWrittenID: Bool { false }
    public var title: String { name }

    /// The effective language of exports when no `--lang` is given.
    public var effectiveLanguage: CanvasLanguage { language ?? .en }
}
