/// How segments are looked after: `client-without-personal-care` (a client
/// segment without a personal or dedicated relationship), `unmet-preference` (no
/// relationship type a persona prefers is offered to its segment) and
/// `duplicate-priority` (two segments share a priority).
enum SegmentCareRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        // The relationship types offered to each id, by id number, one bit a type.
        var offered = [RelationshipTypes](repeating: [], count: context.index.count)
        canvas.customerRelationships.forEachInPlace { relationship in
            guard let type = relationship.type else { return }
            relationship.segments.forEachInPlace { reference in
                if let number = context.index.number(of: reference.id) { offered[number].insert(RelationshipTypes(type)) }
            }
        }
        var diagnostics: [Diagnostic] = []
        /// The position in `customerSegments` of the first segment with each priority.
        var firstWithPriority: [Int: Int] = [:]
        var position = -1
        canvas.customerSegments.forEachInPlace { segment in
            position += 1
            let types = context.index.number(of: segment.id).map { offered[$0] } ?? []
            if segment.engagement == .client && types.isDisjoint(with: [.personal, .dedicated]) {
                diagnostics.append(Diagnostic(
                    .clientWithoutPersonalCare,
                    "client segment '\(segment.id)' has no personal or dedicated relationship",
                    at: segment.origin.range(of: "engagement"),
                    help: "clients expect a named contact: add a 'personal' or 'dedicated' relationship for '\(segment.id)'"))
            }
            segment.personas.forEachInPlace { persona in
                guard !persona.prefers.isEmpty && types.isDisjoint(with: RelationshipTypes(persona.prefers)) else { return }
                let wanted = persona.prefers.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(Diagnostic(
                    .unmetPreference,
                    "persona '\(persona.id)' prefers \(wanted), but segment '\(segment.id)' is offered none of them",
                    at: persona.origin.range(of: "prefers"),
                    help: "add a relationship of a preferred type for '\(segment.id)', or revisit the persona"))
            }
            if let priority = segment.priority {
                if let firstPosition = firstWithPriority[priority] {
                    let first = canvas.customerSegments[firstPosition]
                    diagnostics.append(Diagnostic(
                        .duplicatePriority, "segments '\(first.id)' and '\(segment.id)' share priority \(priority)",
                        at: segment.origin.range(of: "priority"), help: "give each segment its own priority; 1 is the most important",
                        notes: [.init("'\(first.id)' has priority \(priority) here", at: first.origin.range(of: "priority"))]))
                } else {
                    firstWithPriority[priority] = position
                }
            }
        }
        return diagnostics
    }
}

/// A set of relationship types in one byte: a rule keeps one per segment.
private struct RelationshipTypes: OptionSet {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ type: RelationshipType) {
        switch type {
        case .personal: rawValue = 1 << 0
        case .dedicated: rawValue = 1 << 1
        case .selfService: rawValue = 1 << 2
        case .automated: rawValue = 1 << 3
        case .community: rawValue = 1 << 4
        case .coCreation: rawValue = 1 << 5
        }
    }

    init(_ types: [RelationshipType]) {
        self = types.reduce(into: []) { $0.insert(RelationshipTypes($1)) }
    }

    static let personal = RelationshipTypes(.personal)
    static let dedicated = RelationshipTypes(.dedicated)
}
