/// Types an untyped document against the schema: every mapping is read as the kind
/// of item its place calls for, every scalar as its field's type. Problems are
/// collected, never thrown, so one run reports all of them.
///
/// Typing goes on around syntax errors: what the reader refused or skipped
/// (`Document.damage`) may have cost an item some of its keys, so problems inside
/// damaged text, and the missing keys of an item with damage in it, are not
/// reported; every item the damage does not touch is typed and checked as usual.
public struct CanvasDecoder {
    let document: Document
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Ids written but refused (`bad-id`), and whether an item could not be read at
    /// all: references to them would only echo those errors.
    public internal(set) var refusedIdentifiers: Set<String> = []
    public internal(set) var skippedAnItem = false
    /// "Did you mean" answers already worked out, per list of candidates: a file
    /// with the same typo a hundred thousand times pays for one search.
    private var suggestions: [String: [String: String?]] = [:]
    private var suggestionIndexes: [String: SuggestionIndex] = [:]
    /// Money diagnostics whose fix (the currency and period to add) is known only
    /// once every amount of the canvas has been read.
    var pendingMoneyFixes: [PendingMoneyFix] = []
    /// Where the text of the node being decoded ends: at the next entry or item
    /// beside it, or where its parent's ends. Lines the reader skipped after a
    /// node, before the next one, were most likely meant for it.
    private var extentEnd: Int

    init(document: Document) {
        self.document = document
        self.extentEnd = document.storage.bytes.count
    }

    /// Decodes a whole document. Returns `nil` when the document is not a mapping
    /// at all; otherwise a canvas with every field that could be read.
    public static func decode(_ document: Document) -> (canvas: Canvas?, decoder: CanvasDecoder) {
        var decoder = CanvasDecoder(document: document)
        guard let root = document.root else {
            decoder.report(SchemaProblem.notACanvas(isEmpty: true), at: .point(0))
            return (nil, decoder)
        }
        guard root.mapping != nil else {
            decoder.report(SchemaProblem.notACanvas(isEmpty: false), at: root.range)
            return (nil, decoder)
        }
        let canvas = decoder.decodeItem(root, as: Canvas.self)
        if let canvas { decoder.completeMoneyFixes(in: canvas) }
        return (canvas, decoder)
    }

    /// Reports a problem, unless a line it is on holds text the reader refused or
    /// skipped: one problem a line, the syntax error first.
    mutating func report(_ problem: SchemaProblem, at range: SourceRange, fixIts: [FixIt] = []) {
        guard !document.isDamaged(lines(of: range)) else { return }
        diagnostics.append(Diagnostic(problem, at: range, fixIts: fixIts))
    }

    /// The whole lines a range is on.
    private func lines(of range: SourceRange) -> SourceRange {
        let bytes = document.storage.bytes
        var start = min(range.start, bytes.count)
        while start > 0 && bytes[start - 1] != .lineFeed { start -= 1 }
        var end = min(range.end, bytes.count)
        while end < bytes.count && !bytes[end].isLineEnd { end += 1 }
        return SourceRange(start: start, end: end)
    }

    /// The closest of `candidates` to `word`, remembered per list of candidates.
    mutating func suggestion(for word: String, among candidates: [String], listName: String) -> String? {
        if let known = suggestions[listName]?[word] { return known }
        if suggestionIndexes[listName] == nil { suggestionIndexes[listName] = SuggestionIndex(candidates) }
        // The schema's lists are short: a question costs a bounded amount.
        var unlimited = Int.max
        let found = suggestionIndexes[listName]!.closest(to: word, budget: &unlimited)
        suggestions[listName, default: [:]][word] = found
        return found
    }

    /// Reads a mapping as an item of `Item`'s kind, field by field.
    mutating func decodeItem<Item: SchemaItem>(_ node: Node, as type: Item.Type) -> Item? {
        let schema = Item.itemSchema
        guard let entries = node.mapping else {
            skippedAnItem = true
            report(.expectedMapping(kind: schema.name, found: node.shape), at: node.range)
            return nil
        }
        var item = Item()
        item.span = SourceSpan(range: node.range)
        let itemExtentEnd = extentEnd
        var present = Set<Int>()
        for (offset, entry) in entries.enumerated() {
            let key = entry.key
            guard let position = schema.order(of: key) else {
                reportUnknownKey(key, at: entry.keyRange, in: schema, besides: entries)
                continue
            }
            let field = Item.fields[position]
            present.insert(position)
            item.span.add(field.schema.key, keyRange: entry.keyRange, valueRange: entry.value.range)
            extentEnd = offset + 1 < entries.count ? entries[offset + 1].keyRange.start : itemExtentEnd
            defer { extentEnd = itemExtentEnd }
            if entry.value.isEmpty {
                if field.schema.isRequired && !document.isDamaged(SourceRange(start: entry.keyRange.start, end: extentEnd)) {
                    report(.emptyValue(key: field.schema.key, kind: schema.name), at: entry.keyRange)
                }
                continue
            }
            field.decode(&item, entry.value, &self)
        }
        // Keys a syntax error may have cost the item are not reported missing.
        if !document.isDamaged(SourceRange(start: node.range.start, end: max(node.range.end, itemExtentEnd))) {
            for (position, field) in schema.fields.enumerated() where field.isRequired && !present.contains(position) {
                let place = entries.first?.keyRange ?? node.range
                report(.missingKey(key: field.key, kind: schema.name), at: place)
            }
        }
        item.finishDecoding(&self)
        return item
    }

    /// "Did you mean" names a key of the schema the mapping does not have yet:
    /// one it has would become a duplicate.
    private mutating func reportUnknownKey(_ key: String, at range: SourceRange, in schema: ItemSchema,
                                           besides entries: MappingEntries) {
        let suggestion = suggestion(for: key, among: schema.keys, listName: schema.name)
            .flatMap { suggested in entries.first(key: suggested) == nil ? suggested : nil }
        report(.unknownKey(key: key, kind: schema.name, suggestion: suggestion, known: schema.keys), at: range,
               fixIts: suggestion.map { [.replacing(range, with: $0)] } ?? [])
    }

    /// Reads a list field: a block or flow sequence, each element through `element`.
    /// A single scalar where a list is due is refused, and so are empty elements.
    mutating func list<Element>(_ node: Node, key: String, _ element: (inout CanvasDecoder, Node) -> Element?) -> [Element] {
        guard let items = node.sequence else {
            if let scalar = node.scalar {
                report(.expectedList(key: key, value: scalar.value), at: node.range)
            } else {
                report(.expectedList(key: key, value: nil), at: node.range)
            }
            return []
        }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        let listExtentEnd = extentEnd
        defer { extentEnd = listExtentEnd }
        for (offset, item) in items.enumerated() {
            let value = item.value
            extentEnd = offset + 1 < items.count ? items[offset + 1].dashRange.start : listExtentEnd
            if value.isEmpty {
                report(.emptyElement(key: key), at: item.dashRange)
                continue
            }
            if let decoded = element(&self, value) { elements.append(decoded) }
        }
        return elements
    }

    /// Reads a list of items of `Item`'s kind.
    mutating func items<Item: SchemaItem>(_ node: Node, key: String, as type: Item.Type) -> [Item] {
        list(node, key: key) { decoder, element in decoder.decodeItem(element, as: Item.self) }
    }

    /// A point or remedy: a text, or a mapping with a `text` field.
    mutating func textOrItem<Nested: TextOrItem>(_ node: Node, key: String, as type: Nested.Type) -> Nested? {
        guard node.mapping == nil else { return decodeItem(node, as: Nested.self) }
        return text(node, key: key).map { Nested(text: $0, span: SourceSpan(range: node.range)) }
    }
}

extension Node {
    /// What kind of node this is, for messages.
    var shape: SchemaProblem.Shape {
        switch kind {
        case .scalar: .scalar
        case .sequence: .sequence
        case .mapping: .mapping
        }
    }
}
