/// Checks that every reference names an id defined in the canvas, of a kind its
/// field accepts (the kinds come from the schema), and that remedies address only
/// their own kind of point.
struct ReferenceResolution {
    private(set) var diagnostics: [Diagnostic] = []

    /// The blocks are resolved in two halves of about as many references each,
    /// which can run side by side: the value propositions (with their remedies),
    /// and every other block.
    enum Part: CaseIterable {
        case valuePropositions
        case otherBlocks
    }

    /// `silencedIDs`: ids whose unknown references go unreported, since the
    /// caller already reported why they are missing; `nil` stands for every id
    /// (an item could not be read at all).
    init(_ canvas: Canvas, index: IdentifierIndex, silencing silencedIDs: Set<String>? = [], part: Part? = nil) {
        // The lookups go through a constant and the messages into a local: a
        // method appending to `self` while it looked ids up in `self.index`
        // retained and released the index's arrays (or copied all of `self`)
        // for every reference, and as the rules on the other core share those
        // arrays, every count bounced between the cores.
        var resolver = Resolver(index: index, silencedIDs: silencedIDs,
                                suggestions: IdentifierSuggestions(index: index, budget: part == nil
                                    ? IdentifierSuggestions.budgetPerCheck : IdentifierSuggestions.budgetPerCheck / 2))
        var found: [Diagnostic] = []
        if part != .otherBlocks {
            let segments = Resolver.kinds(of: ValueProposition.self)("segments")
            canvas.valuePropositions.forEachInPlace { item in
                resolver.check(item.segments, segments, into: &found)
                item.painRelievers.forEachInPlace { resolver.checkAddresses(of: $0, into: &found) }
                item.gainCreators.forEachInPlace { resolver.checkAddresses(of: $0, into: &found) }
            }
        }
        if part != .valuePropositions { resolver.checkOtherBlocks(of: canvas, into: &found) }
        diagnostics = found
    }
}

/// The checks of `ReferenceResolution`, which only read the canvas.
private struct Resolver {
    let index: IdentifierIndex
    let silencedIDs: Set<String>?
    var suggestions: IdentifierSuggestions

    mutating func checkAddresses(of remedy: StoredElement<Remedy>, into found: inout [Diagnostic]) {
        check(remedy.addresses, accepting: [remedy.role.addressedRole.kind], field: "addresses",
              owner: remedy.role.kind.noun, into: &found)
    }

    mutating func checkOtherBlocks(of canvas: Canvas, into found: inout [Diagnostic]) {
        let channel = Self.kinds(of: Channel.self)
        let (channelSegments, channelPropositions) = (channel("segments"), channel("value-propositions"))
        canvas.channels.forEachInPlace { item in
            check(item.segments, channelSegments, into: &found)
            check(item.valuePropositions, channelPropositions, into: &found)
        }
        let relationship = Self.kinds(of: Relationship.self)
        let (relationshipSegments, relationshipChannels) = (relationship("segments"), relationship("channels"))
        canvas.customerRelationships.forEachInPlace { item in
            check(item.segments, relationshipSegments, into: &found)
            check(item.channels, relationshipChannels, into: &found)
        }
        let stream = Self.kinds(of: RevenueStream.self)
        let (streamSegments, streamPropositions) = (stream("segments"), stream("value-propositions"))
        canvas.revenueStreams.forEachInPlace { item in
            check(item.segments, streamSegments, into: &found)
            check(item.valuePropositions, streamPropositions, into: &found)
        }
        let resource = Self.kinds(of: Resource.self)("value-propositions")
        canvas.keyResources.forEachInPlace { check($0.valuePropositions, resource, into: &found) }
        let activity = Self.kinds(of: Activity.self)("value-propositions")
        canvas.keyActivities.forEachInPlace { check($0.valuePropositions, activity, into: &found) }
        let partnership = Self.kinds(of: Partnership.self)("provides")
        canvas.keyPartnerships.forEachInPlace { check($0.provides, partnership, into: &found) }
        let cost = Self.kinds(of: Cost.self)("drivers")
        canvas.costStructure.forEachInPlace { check($0.drivers, cost, into: &found) }
    }

    /// A reference field as the schema describes it: the kinds it accepts, looked
    /// up once per block rather than once per item.
    struct ReferenceField {
        var key: String
        var owner: String
        var kinds: [ItemKind]
    }

    /// The reference fields of a kind of item, by key.
    static func kinds<Item: IdentifiedItem>(of type: Item.Type) -> (String) -> ReferenceField {
        { key in
            guard case .list(.reference(let kinds))? = Item.itemSchema.field(key)?.type else {
                preconditionFailure("'\(key)' is not a reference list of \(Item.itemSchema.name)")
            }
            return ReferenceField(key: key, owner: Item.kind.noun, kinds: kinds)
        }
    }

    mutating func check(_ references: [Reference], _ field: ReferenceField, into found: inout [Diagnostic]) {
        check(references, accepting: field.kinds, field: field.key, owner: field.owner, into: &found)
    }

    mutating func check(_ references: [Reference], accepting kinds: [ItemKind], field: String, owner: String,
                        into diagnostics: inout [Diagnostic]) {
        // Built only for a message: most references resolve.
        var expected: String { kinds.map(\.nounWithArticle).joined(separator: " or ") }
        for reference in references {
            guard let definition = index[reference.id] else {
                if silencedIDs?.contains(reference.id) ?? true { continue }
                let (suggestion, candidates) = suggestions.closest(to: reference.id, ofKinds: kinds)
                var help = "'\(field)' of \(ItemKind.article(owner)) \(owner) names \(expected)"
                if let suggestion {
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
                    notes: [.init("'\(reference.id)' defined here", at: index.range(of: definition))]))
                continue
            }
        }
    }
}

/// "Did you mean" for unknown ids. The ids of each set of kinds are listed and
/// prepared once per check, each distinct unknown id is answered once, and all
/// answers share one budget of work (see `SuggestionIndex`): a canvas with
/// thousands of unknown ids among thousands of ids costs time in proportion to its
/// size. Once the budget is spent, later unknown ids get the help without a
/// suggestion; the first ones, which the text output shows, get theirs.
struct IdentifierSuggestions {
    /// About a few hundred searches among a thousand ids: more than any canvas
    /// written by hand needs, and some tens of milliseconds at most.
    static let budgetPerCheck = 20_000_000

    let index: IdentifierIndex
    private(set) var budget: Int
    private var candidates: [[ItemKind]: (ids: [String], index: SuggestionIndex)] = [:]
    private var answers: [[ItemKind]: [String: String?]] = [:]

    init(index: IdentifierIndex, budget: Int) {
        self.index = index
        self.budget = budget
    }

    /// The id of one of `kinds` closest to `id`, if any, and every id of those kinds.
    mutating func closest(to id: String, ofKinds kinds: [ItemKind]) -> (suggestion: String?, candidates: [String]) {
        if candidates[kinds] == nil {
            let ids = index.ids(of: kinds)
            candidates[kinds] = (ids, SuggestionIndex(ids))
        }
        let (ids, suggestionIndex) = candidates[kinds]!
        if let known = answers[kinds]?[id] { return (known, ids) }
        let found = suggestionIndex.closest(to: id, budget: &budget)
        answers[kinds, default: [:]][id] = found
        return (found, ids)
    }
}

extension ItemKind {
    static func article(_ noun: String) -> String {
        "aeiou".contains(noun.first ?? "x") ? "an" : "a"
    }
}
