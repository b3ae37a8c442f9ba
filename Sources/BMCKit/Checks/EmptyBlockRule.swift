/// `empty-block`: one of the nine blocks has no item; `no-revenue`: revenue
/// streams exist but none comes from a segment.
enum EmptyBlockRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        let counts = [
            canvas.customerSegments.count, canvas.valuePropositions.count, canvas.channels.count,
            canvas.customerRelationships.count, canvas.revenueStreams.count, canvas.keyResources.count,
            canvas.keyActivities.count, canvas.keyPartnerships.count, canvas.costStructure.count,
        ]
        var diagnostics: [Diagnostic] = []
        for (key, count) in zip(Canvas.blockKeys, counts) where count == 0 {
            let name = key.split(separator: "-").joined(separator: " ")
            diagnostics.append(Diagnostic(.emptyBlock, "the \(name) block is empty", at: context.rangeOfBlock(key),
                                          help: "add at least one item under '\(key):'"))
        }
        // An empty block already says there is no revenue; this catches streams
        // that name no segment at all.
        if !canvas.revenueStreams.isEmpty && canvas.revenueStreams.allSatisfy({ $0.segments.isEmpty }) {
            diagnostics.append(Diagnostic(.noRevenue, "no revenue stream comes from any segment",
                                          at: context.rangeOfBlock("revenue-streams"),
                                          help: "name the paying segments under 'segments:' of each revenue stream"))
        }
        return diagnostics
    }
}
