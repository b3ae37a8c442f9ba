/// The nine blocks of the Business Model Canvas, in canonical order: the one
/// declaration of what they are (their key, the kind of item each holds, where it
/// stands on the poster). Everything that goes through the blocks (the walk, the
/// rules, the exports, the starter canvas, the diff) goes through this list; only
/// `Canvas`, which stores them, names them all again.
public enum Block: String, CaseIterable, Sendable {
    case customerSegments = "customer-segments"
    case valuePropositions = "value-propositions"
    case channels
    case customerRelationships = "customer-relationships"
    case revenueStreams = "revenue-streams"
    case keyResources = "key-resources"
    case keyActivities = "key-activities"
    case keyPartnerships = "key-partnerships"
    case costStructure = "cost-structure"

    /// The block's key in a canvas file.
    public var key: String { rawValue }

    /// The block whose key is `key`, if it is one.
    public init?(key: String) { self.init(rawValue: key) }

    /// The kind of item the block holds.
    public var kind: ItemKind {
        switch self {
        case .customerSegments: .segment
        case .valuePropositions: .valueProposition
        case .channels: .channel
        case .customerRelationships: .relationship
        case .revenueStreams: .revenueStream
        case .keyResources: .resource
        case .keyActivities: .activity
        case .keyPartnerships: .partnership
        case .costStructure: .cost
        }
    }

    /// The schema of the block's items.
    public var itemSchema: ItemSchema {
        switch self {
        case .customerSegments: Segment.itemSchema
        case .valuePropositions: ValueProposition.itemSchema
        case .channels: Channel.itemSchema
        case .customerRelationships: Relationship.itemSchema
        case .revenueStreams: RevenueStream.itemSchema
        case .keyResources: Resource.itemSchema
        case .keyActivities: Activity.itemSchema
        case .keyPartnerships: Partnership.itemSchema
        case .costStructure: Cost.itemSchema
        }
    }

    /// The block's items in a canvas, in the order of the file.
    public func items(of canvas: Canvas) -> [any BlockItem] {
        switch self {
        case .customerSegments: canvas.customerSegments
        case .valuePropositions: canvas.valuePropositions
        case .channels: canvas.channels
        case .customerRelationships: canvas.customerRelationships
        case .revenueStreams: canvas.revenueStreams
        case .keyResources: canvas.keyResources
        case .keyActivities: canvas.keyActivities
        case .keyPartnerships: canvas.keyPartnerships
        case .costStructure: canvas.costStructure
        }
    }

    /// How many items the block has in a canvas.
    public func itemCount(in canvas: Canvas) -> Int {
        switch self {
        case .customerSegments: canvas.customerSegments.count
        case .valuePropositions: canvas.valuePropositions.count
        case .channels: canvas.channels.count
        case .customerRelationships: canvas.customerRelationships.count
        case .revenueStreams: canvas.revenueStreams.count
        case .keyResources: canvas.keyResources.count
        case .keyActivities: canvas.keyActivities.count
        case .keyPartnerships: canvas.keyPartnerships.count
        case .costStructure: canvas.costStructure.count
        }
    }

    /// Walks the block's items, each as its own type (see `CanvasWalker`).
    func walkItems(of canvas: Canvas, with visitor: inout any CanvasVisitor) {
        visitor.visitBlock(self, itemCount: itemCount(in: canvas))
        func walk<Item: BlockItem>(_ items: [Item]) {
            for item in items { CanvasWalker.walk(blockItem: item, of: self, with: &visitor) }
        }
        switch self {
        case .customerSegments: walk(canvas.customerSegments)
        case .valuePropositions: walk(canvas.valuePropositions)
        case .channels: walk(canvas.channels)
        case .customerRelationships: walk(canvas.customerRelationships)
        case .revenueStreams: walk(canvas.revenueStreams)
        case .keyResources: walk(canvas.keyResources)
        case .keyActivities: walk(canvas.keyActivities)
        case .keyPartnerships: walk(canvas.keyPartnerships)
        case .costStructure: walk(canvas.costStructure)
        }
    }

    /// Where the block stands on the classic canvas: partners | activities over
    /// resources | value propositions | relationships over channels | segments,
    /// with the cost structure and the revenue streams underneath, in a grid of
    /// ten columns and three rows.
    public var posterCell: PosterCell {
        switch self {
        case .keyPartnerships: PosterCell(row: 0, column: 0, rowSpan: 2, columnSpan: 2)
        case .keyActivities: PosterCell(row: 0, column: 2, rowSpan: 1, columnSpan: 2)
        case .keyResources: PosterCell(row: 1, column: 2, rowSpan: 1, columnSpan: 2)
        case .valuePropositions: PosterCell(row: 0, column: 4, rowSpan: 2, columnSpan: 2)
        case .customerRelationships: PosterCell(row: 0, column: 6, rowSpan: 1, columnSpan: 2)
        case .channels: PosterCell(row: 1, column: 6, rowSpan: 1, columnSpan: 2)
        case .customerSegments: PosterCell(row: 0, column: 8, rowSpan: 2, columnSpan: 2)
        case .costStructure: PosterCell(row: 2, column: 0, rowSpan: 1, columnSpan: 5)
        case .revenueStreams: PosterCell(row: 2, column: 5, rowSpan: 1, columnSpan: 5)
        }
    }

    /// How far along the flow of value the block stands, left to right: partners
    /// supply resources and activities, which make the value propositions, which
    /// reach the segments through channels and relationships, which pay the
    /// revenue; costs come with what drives them.
    public var flowRank: Int {
        switch self {
        case .keyPartnerships: 0
        case .keyResources, .keyActivities: 1
        case .valuePropositions: 2
        case .channels, .customerRelationships: 3
        case .customerSegments: 4
        case .revenueStreams: 5
        case .costStructure: 6
        }
    }

    /// The blocks in poster order: row by row, left to right.
    public static var posterOrder: [Block] {
        allCases.sorted { ($0.posterCell.row, $0.posterCell.column) < ($1.posterCell.row, $1.posterCell.column) }
    }
}

/// A block's place in the poster's grid.
public struct PosterCell: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
}
