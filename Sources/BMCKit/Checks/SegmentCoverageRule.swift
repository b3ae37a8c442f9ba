/// `unserved-segment`, `unreached-segment` and `no-relationship`: a segment that
/// no value proposition is for, no channel reaches, or no relationship is with.
enum SegmentCoverageRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        let served = segmentsNamed(in: canvas.valuePropositions, context.index)
        let reached = segmentsNamed(in: canvas.channels, context.index)
        let related = segmentsNamed(in: canvas.customerRelationships, context.index)
        var diagnostics: [Diagnostic] = []
        canvas.customerSegments.forEachInPlace { segment in
            let number = context.index.number(of: segment.id)
            if !(number.map { served[$0] } ?? false) {
                diagnostics.append(Diagnostic(
                    .unservedSegment, "no value proposition is for segment '\(segment.id)'", at: segment.labelRange,
                    help: "add '\(segment.id)' to the 'segments' of a value proposition"))
            }
            if !(number.map { reached[$0] } ?? false) {
                diagnostics.append(Diagnostic(
                    .unreachedSegment, "no channel reaches segment '\(segment.id)'", at: segment.labelRange,
                    help: "add '\(segment.id)' to the 'segments' of a channel"))
            }
            if !(number.map { related[$0] } ?? false) {
                diagnostics.append(Diagnostic(
                    .noRelationship, "segment '\(segment.id)' has no customer relationship", at: segment.labelRange,
                    help: "add '\(segment.id)' to the 'segments' of a customer relationship"))
            }
        }
        return diagnostics
    }

    /// For each id number, whether one of the items names it among its segments.
    private static func segmentsNamed<Item: SegmentLinked>(in items: [Item], _ index: IdentifierIndex) -> [Bool] {
        var named = [Bool](repeating: false, count: index.count)
        items.forEachInPlace { item in
            item.segments.forEachInPlace { reference in
                if let number = index.number(of: reference.id) { named[number] = true }
            }
        }
        return named
    }
}

private protocol SegmentLinked {
    var segments: [Reference] { get }
}

extension ValueProposition: SegmentLinked {}
extension Channel: SegmentLinked {}
extension Relationship: SegmentLinked {}
