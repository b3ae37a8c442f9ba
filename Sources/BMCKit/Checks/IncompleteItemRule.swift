/// `untargeted-proposition`, `untyped-relationship` and `orphan-partner`: an item
/// that is missing the one link that gives it a place in the model.
enum IncompleteItemRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        context.canvas.valuePropositions.forEachInPlace { proposition in
            guard proposition.segments.isEmpty else { return }
            diagnostics.append(Diagnostic(
                .untargetedProposition, "value proposition '\(proposition.id)' names no segment",
                at: proposition.labelRange, help: "add 'segments: [...]' with the segments it is for"))
        }
        context.canvas.customerRelationships.forEachInPlace { relationship in
            guard relationship.type == nil else { return }
            diagnostics.append(Diagnostic(
                .untypedRelationship, "customer relationship '\(relationship.id)' has no type",
                at: relationship.labelRange,
                help: "add 'type:' with one of: " + RelationshipType.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        context.canvas.keyPartnerships.forEachInPlace { partnership in
            guard partnership.provides.isEmpty else { return }
            diagnostics.append(Diagnostic(
                .orphanPartner, "key partnership '\(partnership.id)' provides nothing",
                at: partnership.labelRange,
                help: "add 'provides: [...]' with the key resources or activities the partner brings"))
        }
        return diagnostics
    }
}
