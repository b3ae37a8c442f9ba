/// How segments are looked after: `client-without-personal-care` (a client
/// segment without a personal or dedicated relationship), `unmet-preference` (no
/// relationship type a persona prefers is offered to its segment) and
/// `duplicate-priority` (two segments share a priority).
enum SegmentCareRule: CanvasRule {
    enum Warning: DiagnosticMessage, Equatable {
        case clientWithoutPersonalCare(segment: String)
        case unmetPreference(persona: String, prefers: [RelationshipType], segment: String)
        case duplicatePriority(first: String, second: String, priority: Int)

        var code: DiagnosticCode {
            switch self {
            case .clientWithoutPersonalCare: .clientWithoutPersonalCare
            case .unmetPreference: .unmetPreference
            case .duplicatePriority: .duplicatePriority
            }
        }

        func text(in language: CanvasLanguage) -> MessageText {
            MessageCatalogues.catalogue(for: language).text(self)
        }
    }

    static let codes: [DiagnosticCode] = [.unmetPreference, .clientWithoutPersonalCare, .duplicatePriority]

    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        // The relationship types offered to each segment.
        var offered: [String: Set<RelationshipType>] = [:]
        for relationship in canvas.customerRelationships {
            guard let type = relationship.type else { continue }
            for segment in relationship.segments { offered[segment.id, default: []].insert(type) }
        }
        var diagnostics: [Diagnostic] = []
        // The first segment of each priority, by its position in the block.
        var firstWithPriority: [Int: Int] = [:]
        for (position, segment) in canvas.customerSegments.enumerated() {
            let types = offered[segment.id] ?? []
            if segment.engagement == .client && types.isDisjoint(with: [.personal, .dedicated]) {
                diagnostics.append(Diagnostic(Warning.clientWithoutPersonalCare(segment: segment.id),
                                              at: context.range(of: "engagement", in: segment.span)))
            }
            for persona in segment.personas where !persona.prefers.isEmpty && types.isDisjoint(with: persona.prefers) {
                diagnostics.append(Diagnostic(
                    Warning.unmetPreference(persona: persona.id, prefers: persona.prefers, segment: segment.id),
                    at: context.range(of: "prefers", in: persona.span)))
            }
            guard let priority = segment.priority else { continue }
            if let first = firstWithPriority[priority].map({ canvas.customerSegments[$0] }) {
                diagnostics.append(Diagnostic(
                    Warning.duplicatePriority(first: first.id, second: segment.id, priority: priority),
                    at: context.range(of: "priority", in: segment.span),
                    notes: [.init(.hasPriorityHere(id: first.id, priority: priority),
                                  at: context.range(of: "priority", in: first.span))]))
            } else {
                firstWithPriority[priority] = position
            }
        }
        return diagnostics
    }
}

extension DiagnosticCode {
    public static let unmetPreference = DiagnosticCode(
        "unmet-preference", .warning, "none of the relationship types a persona prefers is offered to its segment")
    public static let clientWithoutPersonalCare = DiagnosticCode(
        "client-without-personal-care", .warning, "a segment with `engagement: client` has no personal or dedicated relationship")
    public static let duplicatePriority = DiagnosticCode("duplicate-priority", .warning, "two segments share a `priority`")
}
