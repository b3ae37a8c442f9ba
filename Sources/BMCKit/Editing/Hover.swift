/// What an editor shows over a place of the canvas.
public struct HoverText: Sendable, Equatable {
    /// The text, in Markdown; canvas text in it is escaped.
    public var markdown: String
    /// The key, word or id it is about.
    public var range: SourceRange
}

extension CanvasAnalysis {
    /// What the thing at `offset` is: for a key, what it means (from the schema);
    /// for an enumeration word, what the word means; for a reference or an id,
    /// the item it names: its kind, its name and the line it is on. The text is in
    /// `language`, the document's; keys, words, ids and names stay as written.
    public func hover(at offset: Int, language: CanvasLanguage = .en) -> HoverText? {
        if let use = use(at: offset) {
            guard let definition = index[use.id] else {
                return HoverText(markdown: EditorTexts.unknownID(code(use.id), in: language), range: use.range)
            }
            return HoverText(markdown: describe(definition, in: language), range: use.range)
        }
        if let definition = definition(at: offset) {
            return HoverText(markdown: describe(definition, in: language), range: definition.range)
        }
        guard let location = location(at: offset) else { return nil }
        switch location.part {
        case .key:
            guard let field = location.field else { return nil }
            let required = field.isRequired ? EditorTexts.requiredMark(in: language) : ""
            let summary = location.itemSchema.map { FieldSummaries.summary(of: field, in: $0, language: language) } ?? field.summary
            return HoverText(markdown: "**\(field.key)**\(required): \(MarkdownEscaping.inline(summary, atLineStart: false))",
                             range: location.range)
        case .value, .element:
            guard case .enumeration(let schema)? = location.type, let word = location.text, schema.words.contains(word),
                  let meaning = WordMeanings.meaning(of: word, in: schema, language: language) else { return nil }
            return HoverText(markdown: "**\(word)**, \(EditorTexts.enumeration(schema.noun, in: language)): \(meaning)",
                             range: location.range)
        }
    }

    /// A definition as hover text: "Segment **Regional brands** (`regional-brands`), line 23".
    private func describe(_ definition: IdentifierIndex.Definition, in language: CanvasLanguage) -> String {
        let line = "\(EditorTexts.line(in: language)) \(source.line(of: definition.elementRange.start) + 1)"
        let noun = EditorTexts.kind(definition.kind, in: language)
        let kind = noun.prefix(1).uppercased() + noun.dropFirst()
        guard let name = name(of: definition) else { return "\(kind) `\(definition.id)`, \(line)" }
        return "\(kind) **\(MarkdownEscaping.inline(name, atLineStart: false))** (`\(definition.id)`), \(line)"
    }

    /// An id in code style; one that is not a valid id is escaped text instead.
    private func code(_ id: String) -> String {
        Identifier.isValid(id) ? "`" + id + "`" : MarkdownEscaping.inline(id, atLineStart: false)
    }

    /// The name of a defined item, or the text of a point or remedy.
    public func name(of definition: IdentifierIndex.Definition) -> String? {
        let entry = document.entry("name", inMappingAt: definition.elementRange)
            ?? document.entry("text", inMappingAt: definition.elementRange)
        return entry?.value.scalar?.value
    }
}
