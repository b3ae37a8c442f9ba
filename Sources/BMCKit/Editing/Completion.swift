/// One thing an editor may offer to write at the cursor.
public struct Completion: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A key of the mapping at the cursor.
        case key
        /// A word of an enumeration, or `true`/`false`.
        case word
        /// The id of an item.
        case id
    }

    public var kind: Kind
    /// The key, word or id.
    public var label: String
    /// What it is: a key's summary, an item's kind and name.
    public var detail: String?
    /// The text to write in place of `range`.
    public var insertText: String
    /// The text typed so far, which the completion replaces.
    public var range: SourceRange
}

extension CanvasAnalysis {
    /// What may be written at `offset`: the keys of the mapping there that it does
    /// not have yet, the words of an enumeration where one is due, the ids of the
    /// kinds a reference field takes (and only those). Read from the text as it is,
    /// so a half-written line completes too; the ids come from `ids`, the index of
    /// this analysis unless a caller keeps the last one that read the items. The
    /// details are in `language`, the document's.
    public func completions(at offset: Int, ids: IdentifierIndex? = nil, language: CanvasLanguage = .en) -> [Completion] {
        guard offset >= 0, offset <= source.bytes.count, let context = TypingContext(at: offset, in: source) else { return [] }
        let range = SourceRange(start: context.prefixStart, end: offset)
        let candidates: [Completion]
        switch context.slot {
        case .key:
            candidates = context.schema.fields.filter { !context.presentKeys.contains($0.key) }.map { field in
                Completion(kind: .key, label: field.key,
                           detail: FieldSummaries.summary(of: field, in: context.schema, language: language),
                           // A value goes on the key's line; a mapping or a list of them below it.
                           insertText: field.key + (field.type.nestedSchema == nil ? ": " : ":"),
                           range: range)
            }
        case .value(let key):
            guard let type = context.schema.field(key)?.type else { return [] }
            candidates = words(for: type, range: range, ids: ids ?? index, excluding: [], language: language)
                .map { context.needsSpace ? $0.withInsertText(" " + $0.insertText) : $0 }
        case .flowElement(let key, let written):
            guard case .list(let element)? = context.schema.field(key)?.type else { return [] }
            candidates = words(for: element, range: range, ids: ids ?? index, excluding: Set(written), language: language)
        case .blockElement(let key):
            guard case .list(let element)? = context.schema.field(key)?.type else { return [] }
            candidates = words(for: element, range: range, ids: ids ?? index, excluding: [], language: language)
        }
        return candidates.filter { $0.label.hasPrefix(context.prefix) }
    }

    /// The words a value of `type` may be.
    private func words(for type: ValueType, range: SourceRange, ids: IdentifierIndex, excluding written: Set<String>,
                       language: CanvasLanguage) -> [Completion] {
        switch type {
        case .enumeration(let schema):
            return schema.words.filter { !written.contains($0) }.map {
                Completion(kind: .word, label: $0, detail: WordMeanings.meaning(of: $0, in: schema, language: language),
                           insertText: $0, range: range)
            }
        case .boolean:
            return ["true", "false"].map { Completion(kind: .word, label: $0, detail: nil, insertText: $0, range: range) }
        case .reference(let kinds):
            return ids.definitions(of: kinds).filter { !written.contains($0.id) }.map { definition in
                Completion(kind: .id, label: definition.id, detail: EditorTexts.kind(definition.kind, in: language),
                           insertText: definition.id, range: range)
            }
        default:
            return []
        }
    }
}

extension Completion {
    fileprivate func withInsertText(_ text: String) -> Completion {
        var completion = self
        completion.insertText = text
        return completion
    }
}

extension IdentifierIndex {
    /// The first definition of each id of the given kinds, sorted by id.
    func definitions(of kinds: [ItemKind]) -> [Definition] {
        ids(of: kinds).compactMap { self[$0] }
    }
}
