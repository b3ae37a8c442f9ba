/// How segments are looked after: `client-without-personal-care` (a client
/// segment without a personal or dedicated relationship), `unmet-preference` (no
/// relationship type a persona prefers is offered to its segment) and
/// `duplicate-priority` (two segments share a priority).
enum SegmentCareRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        var offered: [String: Set<RelationshipType>] = [:]
        canvas.customerRelationships.forEachInPlace { relationship in
            guard let type = relationship.type else { return }
            relationship.segments.forEachInPlace { offered[$0.id, default: []].insert(type) }
        }
        var diagnostics: [Diagnostic] = []
        var firstWithPriority: [Int: Segment] = [:]
        canvas.customerSegments.forEachInPlace { segment in
            let types = offered[segment.id] ?? []
            if segment.engagement == .client && types.isDisjoint(with: [.personal, .dedicated]) {
                diagnostics.append(Diagnostic(
                    .clientWithoutPersonalCare,
                    "client segment '\(segment.id)' has no personal or dedicated relationship",
                    at: segment.origin.range(of: "engagement"),
                    help: "clients expect a named contact: add a 'personal' or 'dedicated' relationship for '\(segment.id)'"))
            }
            segment.personas.forEachInPlace { persona in
                guard !persona.prefers.isEmpty && types.isDisjoint(with: persona.prefers) else { return }
                let wanted = persona.prefers.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(Diagnostic(
                    .unmetPreference,
                    "persona '\(persona.id)' prefers \(wanted), but segment '\(segment.id)' is offered none of them",
                    at: persona.origin.range(of: "prefers"),
                    help: "add a relationship of a preferred type for '\(segment.id)', or revisit the persona"))
            }
            if let priority = segment.priority {
                if let first = firstWithPriority[priority] {
                    diagnostics.append(Diagnostic(
                        .duplicatePriority, "segments '\(first.id)' and '\(segment.id)' share priority \(priority)",
                        at: segment.origin.range(of: "priority"), help: "give each segment its own priority; 1 is the most important",
                        notes: [.init("'\(first.id)' has priority \(priority) here", at: first.origin.range(of: "priority"))]))
                } else {
                    firstWithPriority[priority] = segment
                }
            }
        }
        return diagnostics
    }
}
