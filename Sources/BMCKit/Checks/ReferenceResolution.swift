/// Checks that every reference names an id defined in the canvas, of a kind its
/// field accepts (the kinds come from the schema), and that remedies address only
/// their own kind of point.
struct ReferenceResolution {
    let index: IdentifierIndex
    private(set) var diagnostics: [Diagnostic] = []

    /// Ids whose unknown references go unreported: the caller already reported why
    /// they are missing. `nil` stands for every id (an item could not be read at all).
    let silencedIDs: Set<String>?

    init(_ canvas: Canvas, index: IdentifierIndex, silencing silencedIDs: Set<String>? = []) {
        self.index = index
        self.silencedIDs = silencedIDs
        for proposition in canvas.valuePropositions {
            check(proposition, "segments", proposition.segments)
            for remedy in proposition.remedies {
                check(remedy.addresses, accepting: [remedy.role.addressedRole.kind], field: "addresses",
                      owner: remedy.role.kind.noun)
            }
        }
        for channel in canvas.channels {
            check(channel, "segments", channel.segments)
            check(channel, "value-propositions", channel.valuePropositions)
        }
        for relationship in canvas.customerRelationships {
            check(relationship, "segments", relationship.segments)
            check(relationship, "channels", relationship.channels)
        }
        for stream in canvas.revenueStreams {
            check(stream, "segments", stream.segments)
            check(stream, "value-propositions", stream.valuePropositions)
        }
        canvas.keyResources.forEach { check($0, "value-propositions", $0.valuePropositions) }
        canvas.keyActivities.forEach { check($0, "value-propositions", $0.valuePropositions) }
        canvas.keyPartnerships.forEach { check($0, "provides", $0.provides) }
        canvas.costStructure.forEach { check($0, "drivers", $0.drivers) }
    }

    /// Checks a reference field of an item against the kinds its schema accepts.
    private mutating func check<Item: IdentifiedItem>(_ item: Item, _ key: String, _ references: [Reference]) {
        guard case .list(.reference(let kinds))? = Item.itemSchema.field(key)?.type else {
            preconditionFailure("'\(key)' is not a reference list of \(Item.itemSchema.name)")
        }
        check(references, accepting: kinds, field: key, owner: Item.kind.noun)
    }

    private mutating func check(_ references: [Reference], accepting kinds: [ItemKind], field: String, owner: String) {
        // Built only for a message: most references resolve.
        var expected: String { kinds.map(\.nounWithArticle).joined(separator: " or ") }
        for reference in references {
            guard let definition = index[reference.id] else {
                if silencedIDs?.contains(reference.id) ?? true { continue }
                let candidates = index.ids(of: kinds)
                var help = "'\(field)' of \(ItemKind.article(owner)) \(owner) names \(expected)"
                if let suggestion = Suggestions.closest(to: reference.id, among: candidates) {
                    help = "did you mean '\(suggestion)'?"
                } else if !candidates.isEmpty && candidates.count <= 12 {
                    help += "; ids of that kind: " + candidates.joined(separator: ", ")
                }
                diagnostics.append(Diagnostic(.unknownReference, "unknown id '\(reference.id)'", at: reference.range,
                                              help: help))
                continue
            }
            guard kinds.contains(definition.kind) else {
                diagnostics.append(Diagnostic(
                    .wrongReferenceKind,
                    "'\(reference.id)' is \(definition.kind.nounWithArticle), but '\(field)' of \(ItemKind.article(owner)) \(owner) names \(expected)",
                    at: reference.range,
                    help: "name \(expected) here",
                    notes: [.init("'\(reference.id)' defined here", at: definition.range)]))
                continue
            }
        }
    }
}

extension ItemKind {
    static func article(_ noun: String) -> String {
        "aeiou".contains(noun.first ?? "x") ? "an" : "a"
    }
}
