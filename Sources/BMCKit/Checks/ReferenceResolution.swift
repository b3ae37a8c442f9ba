/// Checks that every reference names an id defined in the canvas, of a kind its
/// field accepts (the kinds come from the schema), and that remedies address only
/// their own kind of point.
struct ReferenceResolution {
    let index: IdentifierIndex
    private(set) var diagnostics: [Diagnostic] = []

    /// Ids whose unknown references go unreported: the caller already reported why
    /// they are missing. `nil` stands for every id (an item could not be read at all).
    let silencedIDs: Set<String>?

    /// The blocks are resolved in two halves of about as many references each,
    /// which can run side by side: the value propositions (with their remedies),
    /// and every other block.
    enum Part: CaseIterable {
        case valuePropositions
        case otherBlocks
    }

    init(_ canvas: Canvas, index: IdentifierIndex, silencing silencedIDs: Set<String>? = [], part: Part? = nil) {
        self.index = index
        self.silencedIDs = silencedIDs
        if part != .otherBlocks {
            let proposition = Self.kinds(of: ValueProposition.self)
            canvas.valuePropositions.forEachInPlace { item in
                check(item.segments, proposition("segments"))
                item.painRelievers.forEachInPlace { checkAddresses(of: $0) }
                item.gainCreators.forEachInPlace { checkAddresses(of: $0) }
            }
        }
        if part != .valuePropositions { checkOtherBlocks(of: canvas) }
    }

    private mutating func checkAddresses(of remedy: borrowing Remedy) {
        check(remedy.addresses, accepting: [remedy.role.addressedRole.kind], field: "addresses", owner: remedy.role.kind.noun)
    }

    private mutating func checkOtherBlocks(of canvas: Canvas) {
        let channel = Self.kinds(of: Channel.self)
        canvas.channels.forEachInPlace { item in
            check(item.segments, channel("segments"))
            check(item.valuePropositions, channel("value-propositions"))
        }
        let relationship = Self.kinds(of: Relationship.self)
        canvas.customerRelationships.forEachInPlace { item in
            check(item.segments, relationship("segments"))
            check(item.channels, relationship("channels"))
        }
        let stream = Self.kinds(of: RevenueStream.self)
        canvas.revenueStreams.forEachInPlace { item in
            check(item.segments, stream("segments"))
            check(item.valuePropositions, stream("value-propositions"))
        }
        let resource = Self.kinds(of: Resource.self)("value-propositions")
        canvas.keyResources.forEachInPlace { check($0.valuePropositions, resource) }
        let activity = Self.kinds(of: Activity.self)("value-propositions")
        canvas.keyActivities.forEachInPlace { check($0.valuePropositions, activity) }
        let partnership = Self.kinds(of: Partnership.self)("provides")
        canvas.keyPartnerships.forEachInPlace { check($0.provides, partnership) }
        let cost = Self.kinds(of: Cost.self)("drivers")
        canvas.costStructure.forEachInPlace { check($0.drivers, cost) }
    }

    /// A reference field as the schema describes it: the kinds it accepts, looked
    /// up once per block rather than once per item.
    private struct ReferenceField {
        var key: String
        var owner: String
        var kinds: [ItemKind]
    }

    /// The reference fields of a kind of item, by key.
    private static func kinds<Item: IdentifiedItem>(of type: Item.Type) -> (String) -> ReferenceField {
        { key in
            guard case .list(.reference(let kinds))? = Item.itemSchema.field(key)?.type else {
                preconditionFailure("'\(key)' is not a reference list of \(Item.itemSchema.name)")
            }
            return ReferenceField(key: key, owner: Item.kind.noun, kinds: kinds)
        }
    }

    private mutating func check(_ references: [Reference], _ field: ReferenceField) {
        check(references, accepting: field.kinds, field: field.key, owner: field.owner)
    }

    private mutating func check(_ references: [Reference], accepting kinds: [ItemKind], field: String, owner: String) {
        // Built only for a message: most references resolve.
        var expected: String { kinds.map(\.nounWithArticle).joined(separator: " or ") }
        references.forEachInPlace { reference in
            guard let definition = index[reference.id] else {
                if silencedIDs?.contains(reference.id) ?? true { return }
                let candidates = index.ids(of: kinds)
                var help = "'\(field)' of \(ItemKind.article(owner)) \(owner) names \(expected)"
                if let suggestion = Suggestions.closest(to: reference.id, among: candidates) {
                    help = "did you mean '\(suggestion)'?"
                } else if !candidates.isEmpty && candidates.count <= 12 {
                    help += "; ids of that kind: " + candidates.joined(separator: ", ")
                }
                diagnostics.append(Diagnostic(.unknownReference, "unknown id '\(reference.id)'", at: reference.range,
                                              help: help))
                return
            }
            guard kinds.contains(definition.kind) else {
                diagnostics.append(Diagnostic(
                    .wrongReferenceKind,
                    "'\(reference.id)' is \(definition.kind.nounWithArticle), but '\(field)' of \(ItemKind.article(owner)) \(owner) names \(expected)",
                    at: reference.range,
                    help: "name \(expected) here",
                    notes: [.init("'\(reference.id)' defined here", at: index.range(of: definition))]))
                return
            }
        }
    }
}

extension ItemKind {
    static func article(_ noun: String) -> String {
        "aeiou".contains(noun.first ?? "x") ? "an" : "a"
    }
}
