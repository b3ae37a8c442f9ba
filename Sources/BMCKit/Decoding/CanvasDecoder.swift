/// Types an untyped document against the schema: every mapping is read as the kind
/// of item its place calls for, every scalar as its field's type. Problems are
/// collected, never thrown, so one run reports all of them.
///
/// Typing goes on around syntax errors: what the reader refused or skipped
/// (`Document.damage`) may have cost an item some of its keys, so problems on
/// damaged lines, and the missing keys of an item with damage in it, are not
/// reported; every item the damage does not touch is typed and checked as usual.
///
/// The decoder reads the document's records by number, from its own copy of the
/// record table, rather than through `Node` views: a view holds the document's
/// storage, and making one for each of a large file's nodes counted references
/// a million times.
public struct CanvasDecoder {
    let document: Document
    /// Whether free text (names, descriptions, notes, the text of points) is kept:
    /// `bmc check` reads it, to check its shape, but keeps none of it.
    let keepsText: Bool
    private let nodes: [NodeRecord]
    private let bytes: [UInt8]
    private let unescaped: [UInt8]
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
    /// The mapping of the item whose `finishDecoding` runs.
    private(set) var finishing: NodeID = -1
    /// Where the text of the node being decoded ends: at the next entry or item
    /// beside it, or where its parent's ends. Lines the reader skipped after a
    /// node, before the next one, were most likely meant for it.
    private var extentEnd: Int

    init(document: Document, keepsText: Bool = true) {
        self.document = document
        self.keepsText = keepsText
        nodes = document.storage.nodes
        bytes = document.storage.bytes
        unescaped = document.storage.unescaped
        extentEnd = bytes.count
    }

    /// Decodes a whole document. Returns `nil` when the document is not a mapping
    /// at all; otherwise a canvas with every field that could be read.
    /// Without `keepsText`, the canvas has none of its free text (see `keepsText`).
    public static func decode(_ document: Document, keepsText: Bool = true) -> (canvas: Canvas?, decoder: CanvasDecoder) {
        var decoder = CanvasDecoder(document: document, keepsText: keepsText)
        guard let root = document.rootIndex else {
            decoder.report(SchemaProblem.notACanvas(isEmpty: true), at: .point(0))
            return (nil, decoder)
        }
        guard decoder.record(root).shape == .mapping else {
            decoder.report(SchemaProblem.notACanvas(isEmpty: false), at: decoder.record(root).range)
            return (nil, decoder)
        }
        let canvas = decoder.decodeItem(root, as: Canvas.self)
        if let canvas { decoder.completeMoneyFixes(in: canvas) }
        return (canvas, decoder)
    }

    // MARK: Records

    func record(_ node: NodeID) -> NodeRecord { nodes[Int(node)] }

    /// A scalar's value.
    func value(of record: NodeRecord) -> String {
        switch record.valueSource {
        case .source(let start, let end): String(decoding: bytes[start..<end], as: UTF8.self)
        case .unescaped(let start, let end): String(decoding: unescaped[start..<end], as: UTF8.self)
        }
    }

    /// A scalar's value as UTF-8 bytes, for matching words without a string.
    func valueBytes(of record: NodeRecord) -> ArraySlice<UInt8> {
        switch record.valueSource {
        case .source(let start, let end): bytes[start..<end]
        case .unescaped(let start, let end): unescaped[start..<end]
        }
    }

    func key(of record: NodeRecord) -> String {
        String(decoding: bytes[record.keyRange.start..<record.keyRange.end], as: UTF8.self)
    }

    /// The entry of `mapping` whose key is `key`.
    func entry(_ key: String, in mapping: NodeID) -> NodeRecord? {
        let container = record(mapping)
        guard container.shape == .mapping else { return nil }
        return (container.first..<container.first + container.count).lazy.map(record)
            .first { bytes[$0.keyRange.start..<$0.keyRange.end].elementsEqual(key.utf8) }
    }

    // MARK: Reports

    /// Reports a problem, unless a line it is on holds text the reader refused or
    /// skipped: one problem a line, the syntax error first.
    mutating func report(_ problem: SchemaProblem, at range: SourceRange, fixIts: [FixIt] = []) {
        guard !document.isDamaged(lines(of: range)) else { return }
        diagnostics.append(Diagnostic(problem, at: range, fixIts: fixIts))
    }

    /// The whole lines a range is on.
    private func lines(of range: SourceRange) -> SourceRange {
        var start = min(range.start, bytes.count)
        while start > 0 && bytes[start - 1] != .lineFeed { start -= 1 }
        var end = min(range.end, bytes.count)
        while end < bytes.count && !bytes[end].isLineEnd { end += 1 }
        return SourceRange(start: start, end: end)
    }

    /// The closest of `candidates` to `word`, remembered per list of candidates.
    mutating func suggestion(for word: String, among candidates: [String], listName: String) -> String? {
        if let known = suggestions[listName]?[word] { return known }
        // A Spanish or Portuguese term for a key or word is surer than any typo.
        if let english = CrossLanguageHints.englishWord(for: word, among: candidates) {
            suggestions[listName, default: [:]][word] = english
            return english
        }
        if suggestionIndexes[listName] == nil { suggestionIndexes[listName] = SuggestionIndex(candidates) }
        // The schema's lists are short: a question costs a bounded amount.
        var unlimited = Int.max
        let found = suggestionIndexes[listName]!.closest(to: word, budget: &unlimited)
        suggestions[listName, default: [:]][word] = found
        return found
    }

    // MARK: Items

    /// Reads a mapping as an item of `Item`'s kind, field by field.
    mutating func decodeItem<Item: SchemaItem>(_ node: NodeID, as type: Item.Type) -> Item? {
        let schema = Item.itemSchema
        let mapping = record(node)
        guard mapping.shape == .mapping else {
            skippedAnItem = true
            report(.expectedMapping(kind: schema.name, found: shape(of: mapping)), at: mapping.range)
            return nil
        }
        var item = Item()
        item.span = SourceSpan(range: mapping.range)
        var idRange: SourceRange?
        let itemExtentEnd = extentEnd
        // Which fields were written, one bit per field (no kind has more than 64).
        var present: UInt64 = 0
        let entries = mapping.first..<mapping.first + mapping.count
        for entry in entries {
            let entryRecord = record(entry)
            guard let position = schema.order(ofKey: bytes[entryRecord.keyRange.start..<entryRecord.keyRange.end]) else {
                reportUnknownKey(key(of: entryRecord), at: entryRecord.keyRange, in: schema, of: node)
                continue
            }
            let field = Item.fields[position]
            present |= 1 << position
            if position == schema.idPosition { idRange = entryRecord.range }
            if position == schema.namePosition { item.span.nameRange = entryRecord.range }
            extentEnd = entry + 1 < entries.upperBound ? record(entry + 1).keyRange.start : itemExtentEnd
            defer { extentEnd = itemExtentEnd }
            if entryRecord.isEmptyValue {
                if field.schema.isRequired && !document.isDamaged(SourceRange(start: entryRecord.keyRange.start, end: extentEnd)) {
                    report(.emptyValue(key: field.schema.key, kind: schema.name), at: entryRecord.keyRange)
                }
                continue
            }
            field.decode(&item, entry, &self)
        }
        // Keys a syntax error may have cost the item are not reported missing.
        if !document.isDamaged(SourceRange(start: mapping.range.start, end: max(mapping.range.end, itemExtentEnd))) {
            for (position, field) in schema.fields.enumerated() where field.isRequired && present & 1 << position == 0 {
                let place = mapping.count > 0 ? record(mapping.first).keyRange : mapping.range
                report(.missingKey(key: field.key, kind: schema.name), at: place)
            }
        }
        finishing = node
        item.finishDecoding(&self)
        if item.hasWrittenID { item.span.idRange = idRange }
        return item
    }

    /// "Did you mean" names a key of the schema the mapping does not have yet:
    /// one it has would become a duplicate.
    private mutating func reportUnknownKey(_ key: String, at range: SourceRange, in schema: ItemSchema, of mapping: NodeID) {
        let suggestion = suggestion(for: key, among: schema.keys, listName: schema.name)
            .flatMap { suggested in entry(suggested, in: mapping) == nil ? suggested : nil }
        report(.unknownKey(key: key, kind: schema.name, suggestion: suggestion, known: schema.keys), at: range,
               fixIts: suggestion.map { [.replacing(range, with: $0)] } ?? [])
    }

    /// Reads a list field: a block or flow sequence, each element through `element`.
    /// A single scalar where a list is due is refused, and so are empty elements.
    mutating func list<Element>(_ node: NodeID, key: String, _ element: (inout CanvasDecoder, NodeID) -> Element?) -> [Element] {
        let sequence = record(node)
        guard sequence.shape == .sequence else {
            report(.expectedList(key: key, value: sequence.shape == .scalar ? value(of: sequence) : nil), at: sequence.range)
            return []
        }
        var elements: [Element] = []
        let listExtentEnd = extentEnd
        defer { extentEnd = listExtentEnd }
        let items = sequence.first..<sequence.first + sequence.count
        for item in items {
            let itemRecord = record(item)
            extentEnd = item + 1 < items.upperBound ? record(item + 1).keyRange.start : listExtentEnd
            if itemRecord.isEmptyValue {
                report(.emptyElement(key: key), at: itemRecord.keyRange)
                continue
            }
            guard let decoded = element(&self, item) else { continue }
            // Reserved at the first element kept: a list of free text that the
            // decoder does not keep takes no memory.
            if elements.isEmpty { elements.reserveCapacity(Int(items.upperBound - item)) }
            elements.append(decoded)
        }
        return elements
    }

    /// Reads a list of items of `Item`'s kind.
    mutating func items<Item: SchemaItem>(_ node: NodeID, key: String, as type: Item.Type) -> [Item] {
        list(node, key: key) { decoder, element in decoder.decodeItem(element, as: Item.self) }
    }

    /// A point or remedy: a text, or a mapping with a `text` field. One written as
    /// a text holds nothing but its text, so a decoder that keeps no free text
    /// checks it and leaves it out.
    mutating func textOrItem<Nested: TextOrItem>(_ node: NodeID, key: String, as type: Nested.Type) -> Nested? {
        let element = record(node)
        guard element.shape != .mapping else { return decodeItem(node, as: Nested.self) }
        return freeText(node, key: key).map { text in
            var span = SourceSpan(range: element.range)
            span.nameRange = element.range
            return Nested(text: text, span: span)
        }
    }

    /// What kind of node a record is, for messages.
    func shape(of record: NodeRecord) -> SchemaProblem.Shape {
        switch record.shape {
        case .scalar: .scalar
        case .sequence: .sequence
        case .mapping: .mapping
        }
    }
}
