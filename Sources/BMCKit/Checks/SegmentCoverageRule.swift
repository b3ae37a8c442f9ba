/// `unserved-segment`, `unreached-segment` and `no-relationship`: a segment that
/// no value proposition is for, no channel reaches, or no relationship is with.
enum SegmentCoverageRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        let served = segmentIDs(in: canvas.valuePropositions)
        let reached = segmentIDs(in: canvas.channels)
        let related = segmentIDs(in: canvas.customerRelationships)
        var diagnostics: [Diagnostic] = []
        canvas.customerSegments.forEachInPlace { segment in
            if !served.contains(segment.id) {
                diagnostics.append(Diagnostic(
                    .unservedSegment, "no value proposition is for segment '\(segment.id)'", at: segment.labelRange,
                    help: "add '\(segment.id)' to the 'segments' of a value proposition"))
            }
            if !reached.contains(segment.id) {
                diagnostics.append(Diagnostic(
                    .unreachedSegment, "no channel reaches segment '\(segment.id)'", at: segment.labelRange,
                    help: "add '\(segment.id)' to the 'segments' of a channel"))
            }
            if !related.contains(segment.id) {
                diagnostics.append(Diagnostic(
                    .noRelationship, "segment '\(segment.id)' has no customer relationship", at: segment.labelRange,
                    help: "add '\(segment.id)' to the 'segments' of a customer relationship"))
            }
        }
        return diagnostics
    }

    /// Every segment the items name.
    private static func segmentIDs<Item: SegmentLinked>(in items: [Item]) -> Set<String> {
        var ids = Set<String>()
        items.forEachInPlace { item in item.segments.forEachInPlace { ids.insert($0.id) } }
        return ids
    }
}

/// An item with a `segments` list: a value proposition, channel or relationship.
private protocol SegmentLinked {
    var segments: [Reference] { get }
}

extension ValueProposition: SegmentLinked {}
extension Channel: SegmentLinked {}
extension Relationship: SegmentLinked {}
