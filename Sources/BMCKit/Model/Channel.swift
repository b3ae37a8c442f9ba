/// Block 3: how a value proposition reaches a segment.
public struct Channel: BlockItem, Equatable {
    public static let kind = ItemKind.channel
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var segments: [Reference] = []
    public var type: ChannelType?
    public var owner: ChannelOwner?
    public var phases: [ChannelPhase] = []
    public var valuePropositions: [Reference] = []
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Channel>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The channel's name."),
        .references("segments", \.segments, to: [.segment], "The customer segments it reaches."),
        .word("type", \.type, "direct or indirect."),
        .word("owner", \.owner, "own or partner channel."),
        .words("phases", \.phases, "Channel phases it covers: awareness, evaluation, purchase, delivery, after-sales."),
        .references("value-propositions", \.valuePropositions, to: [.valueProposition], "The value propositions it delivers."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Channel", "How the business reaches its segments to deliver a value proposition.")
}
