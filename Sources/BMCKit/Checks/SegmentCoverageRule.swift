/// `unserved-segment`, `unreached-segment` and `no-relationship`: a segment that
/// no value proposition is for, no channel reaches, or no relationship is with.
enum SegmentCoverageRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        let served = Set(canvas.valuePropositions.flatMap(\.segments).map(\.id))
        let reached = Set(canvas.channels.flatMap(\.segments).map(\.id))
        let related = Set(canvas.customerRelationships.flatMap(\.segments).map(\.id))
        var diagnostics: [Diagnostic] = []
        for segment in canvas.customerSegments {
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
}
