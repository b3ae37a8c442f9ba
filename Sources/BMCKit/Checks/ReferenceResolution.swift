/// Checks that every reference names an id defined in the canvas, of a kind its
/// field accepts: `unknown-reference` (with "did you mean" and its fix) and
/// `wrong-reference-kind` (with a note where the id is defined). The references
/// and the kinds come from the index, which the schema-driven walk filled.
enum ReferenceResolution {
    /// The errors of `index`'s references. `silencedIDs` are ids whose unknown
    /// references go unreported, since the caller already reported why they are
    /// missing; `nil` stands for every id (an item could not be read at all).
    static func diagnostics(of index: IdentifierIndex, silencing silencedIDs: Set<String>? = []) -> [Diagnostic] {
        var suggestions = IdentifierSuggestions(index: index, budget: IdentifierSuggestions.budgetPerCheck)
        var found: [Diagnostic] = []
        for use in index.uses {
            guard let definition = index[use.id] else {
                if silencedIDs?.contains(use.id) ?? true { continue }
                let (suggestion, candidates) = suggestions.closest(to: use.id, ofKinds: use.kinds)
                found.append(Diagnostic(
                    ReferenceProblem.unknownReference(id: use.id, field: use.field, owner: use.ownerKind, kinds: use.kinds,
                                                      suggestion: suggestion,
                                                      candidates: candidates.count <= 12 ? candidates : []),
                    at: use.range, fixIts: suggestion.map { [.replacing(use.range, with: $0)] } ?? []))
                continue
            }
            guard use.kinds.contains(definition.kind) else {
                found.append(Diagnostic(
                    ReferenceProblem.wrongReferenceKind(id: use.id, found: definition.kind, field: use.field,
                                                        owner: use.ownerKind, kinds: use.kinds),
                    at: use.range, notes: [.init(.definedHere(use.id), at: definition.range)]))
                continue
            }
        }
        return found
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
