/// Checks that every reference names an id defined in the canvas, of a kind its
/// field accepts: `unknown-reference` (with "did you mean" and its fix) and
/// `wrong-reference-kind` (with a note where the id is defined). The references
/// and the kinds come from the index, which the schema-driven walk filled.
enum ReferenceResolution {
    /// The errors of the references in `canvas`, whose ids `index` holds.
    /// `silencedIDs` are ids whose unknown references go unreported, since the
    /// caller already reported why they are missing; `nil` stands for every id (an
    /// item could not be read at all).
    /// With the `document`, an unknown id that an item's old name may have given
    /// gets the fix that writes it as the item's explicit id.
    static func diagnostics(of canvas: Canvas, index: IdentifierIndex, document: Document? = nil,
                            silencing silencedIDs: Set<String>? = []) -> [Diagnostic] {
        var resolver = Resolver(index: index, document: document, silencedIDs: silencedIDs,
                                suggestions: IdentifierSuggestions(index: index, budget: IdentifierSuggestions.budgetPerCheck))
        CanvasWalker.walk(canvas, with: &resolver)
        return resolver.found
    }
}

/// The walk that checks every reference.
private struct Resolver: CanvasVisitor {
    let index: IdentifierIndex
    let document: Document?
    let silencedIDs: Set<String>?
    var suggestions: IdentifierSuggestions
    var found: [Diagnostic] = []

    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement) {
        guard let definition = index[reference.id] else {
            if silencedIDs?.contains(reference.id) ?? true { return }
            let (suggestion, candidates) = suggestions.closest(to: reference.id, ofKinds: kinds)
            var fixIts = suggestion.map { [FixIt.replacing(reference.range, with: $0)] } ?? []
            var renamed: ReferenceProblem.RenamedItem?
            // A derived id close to the unknown one: most likely the same item,
            // whose name was edited. Writing the old id on it keeps every reference.
            if let suggestion, let suggested = index[suggestion], suggested.isDerived, let document,
               let name = document.entry("name", inMappingAt: suggested.elementRange)?.value.scalar?.value {
                renamed = ReferenceProblem.RenamedItem(kind: suggested.kind, name: name)
                if let fix = index.explicitID(reference.id, for: suggested, in: document) { fixIts.append(fix) }
            }
            found.append(Diagnostic(
                ReferenceProblem.unknownReference(id: reference.id, field: field.key, owner: element.kind, kinds: kinds,
                                                  suggestion: suggestion, candidates: candidates.count <= 12 ? candidates : [],
                                                  renamed: renamed),
                at: reference.range, fixIts: fixIts))
            return
        }
        guard kinds.contains(definition.kind) else {
            found.append(Diagnostic(
                ReferenceProblem.wrongReferenceKind(id: reference.id, found: definition.kind, field: field.key,
                                                    owner: element.kind, kinds: kinds),
                at: reference.range, notes: [.init(.definedHere(reference.id), at: definition.range)]))
            return
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
