/// `unserved-segment`, `unreached-segment` and `no-relationship`: a segment that
/// no value proposition is for, no channel reaches, or no relationship is with.
enum SegmentCoverageRule: CanvasRule {
    enum Warning: DiagnosticMessage, Equatable {
        case unservedSegment(id: String)
        case unreachedSegment(id: String)
        case noRelationship(id: String)

        var code: DiagnosticCode {
            switch self {
            case .unservedSegment: .unservedSegment
            case .unreachedSegment: .unreachedSegment
            case .noRelationship: .noRelationship
            }
        }

        func text(in language: CanvasLanguage) -> MessageText {
            MessageCatalogues.catalogue(for: language).text(self)
        }
    }

    static let codes: [DiagnosticCode] = [.unservedSegment, .unreachedSegment, .noRelationship]

    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        let served = Set(canvas.valuePropositions.flatMap(\.segments).map(\.id))
        let reached = Set(canvas.channels.flatMap(\.segments).map(\.id))
        let related = Set(canvas.customerRelationships.flatMap(\.segments).map(\.id))
        var diagnostics: [Diagnostic] = []
        for segment in canvas.customerSegments {
            if !served.contains(segment.id) {
                diagnostics.append(Diagnostic(Warning.unservedSegment(id: segment.id), at: segment.labelRange))
            }
            if !reached.contains(segment.id) {
                diagnostics.append(Diagnostic(Warning.unreachedSegment(id: segment.id), at: segment.labelRange))
            }
            if !related.contains(segment.id) {
                diagnostics.append(Diagnostic(Warning.noRelationship(id: segment.id), at: segment.labelRange))
            }
        }
        return diagnostics
    }
}

extension DiagnosticCode {
    public static let unservedSegment = DiagnosticCode("unserved-segment", .warning, "no value proposition is for a segment")
    public static let unreachedSegment = DiagnosticCode("unreached-segment", .warning, "no channel reaches a segment")
    public static let noRelationship = DiagnosticCode("no-relationship", .warning, "a segment has no customer relationship")
}
