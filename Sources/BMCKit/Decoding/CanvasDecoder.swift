/// How much of a canvas the decoder keeps.
public enum DecodingScope: Sendable {
    /// Every field: what exports and diffs need.
    case everything
    /// Ids, references, enum words, numbers and dates: everything the checks read.
    /// Free text (names, descriptions, notes, needs, the text of points) is checked
    /// for its shape but not copied out of the file, so `bmc check` needs a
    /// fraction of the memory. A name is read only to derive an id from it.
    case structure
}

/// Types an untyped document against the schema: every mapping is read as the kind
/// of item its place calls for, every scalar as its field's type. Problems are
/// collected, never thrown, so one run reports all of them.
///
/// The decoder walks the document's node records by index rather than through
/// `Node` views, so its inner loops touch no reference counts.
public struct CanvasDecoder: Sendable {
    let storage: DocumentStorage
    /// Whether free text is kept (see `DecodingScope`).
    let keepsFreeText: Bool
    /// For a decoder of one part of a long list: which of `SchemaItem.fieldCopies`
    /// it decodes with. `nil` decodes with `fields`.
    var fieldCopy: Int?
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Ids written but refused (`bad-id`), and whether an item could not be read at
    /// all: references to them would only echo those errors.
    public internal(set) var refusedIdentifiers: Set<String> = []
    public internal(set) var skippedAnItem = false
    /// "Did you mean" answers already worked out, and candidate lists prepared
    /// once: a file with the same typo a hundred thousand times pays for one search.
    private var suggestions: [String: String?] = [:]
    private var suggestionIndexes: [String: SuggestionIndex] = [:]

    init(storage: DocumentStorage, keepsFreeText: Bool) {
        self.storage = storage
        self.keepsFreeText = keepsFreeText
    }

    /// The closest of `candidates` to `word`, remembered per list of candidates.
    mutating func suggestion(for word: String, among candidates: [String], listName: String) -> String? {
        let key = listName + "\u{0}" + word
        if let known = suggestions[key] { return known }
        if suggestionIndexes[listName] == nil { suggestionIndexes[listName] = SuggestionIndex(candidates) }
        // The schema's lists are short: a question costs a bounded amount.
        var unlimited = Int.max
        let found = suggestionIndexes[listName]!.closest(to: word, budget: &unlimited)
        suggestions[key] = found
        return found
    }

    /// Decodes a whole document. Returns `nil` when the document is not a mapping
    /// at all; otherwise a canvas with every field that could be read.
    public static func decode(_ document: Document) -> (canvas: Canvas?, diagnostics: [Diagnostic]) {
        let (canvas, decoder) = decodeKeepingState(document)
        return (canvas, decoder.diagnostics)
    }

    /// Decodes a document and returns the decoder too, for what it learned about
    /// refused ids.
    public static func decodeKeepingState(_ document: Document, scope: DecodingScope = .everything)
        -> (canvas: Canvas?, decoder: CanvasDecoder) {
        var decoder = CanvasDecoder(storage: document.storage, keepsFreeText: scope == .everything)
        guard let root = document.root else {
            decoder.report(.notACanvas, "the file holds no canvas", at: .point(0),
                           help: "start with 'name: ...'; 'bmc new' prints a starter canvas")
            return (nil, decoder)
        }
        guard root.mapping != nil else {
            decoder.report(.notACanvas, "a canvas file must be a mapping of keys such as 'name:'", at: root.range,
                           help: "start with 'name: ...'; 'bmc new' prints a starter canvas")
            return (nil, decoder)
        }
        let canvas = decoder.decodeItem(root.index, as: Canvas.self)
        return (canvas, decoder)
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, at range: SourceRange, help: String? = nil,
                         notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(code, message, at: range, help: help, notes: notes))
    }

    /// The record of a node.
    func record(_ node: NodeID) -> NodeRecord { storage.record(node) }

    /// A view of a node, for what outlives decoding (an item's origin) and for
    /// messages.
    func view(_ node: NodeID) -> Node { Node(storage: storage, index: node) }

    /// Reads a mapping as an item of `Item`'s kind, field by field.
    mutating func decodeItem<Item: SchemaItem>(_ node: NodeID, as type: Item.Type) -> Item? {
        let schema = Item.itemSchema
        let mapping = record(node)
        guard mapping.shape == .mapping else {
            skippedAnItem = true
            report(.expectedMapping, "expected \(article(schema.name)) as a mapping of keys, found \(view(node).shapeName)",
                   at: mapping.range, help: "write its fields as indented 'key: value' lines")
            return nil
        }
        var item = Item()
        item.origin = SourceOrigin(node: view(node))
        // Which fields were written, one bit per field (no kind has more than 64).
        var present: UInt64 = 0
        let fields = Item.fields(copy: fieldCopy)
        for entry in mapping.first..<mapping.first + mapping.count {
            let entryRecord = record(entry)
            guard let index = storage.withBytes(entryRecord.keyRange, { schema.order(ofKeyBytes: $0) }) else {
                reportUnknownKey(entry, in: schema)
                continue
            }
            if entryRecord.isEmptyValue {
                if schema.fields[index].isRequired {
                    let key = schema.keys[index]
                    report(.missingKey, "'\(key)' has no value", at: entryRecord.keyRange,
                           help: "every \(readableName(schema)) needs \(article(key))")
                    present |= 1 << index
                }
                continue
            }
            present |= 1 << index
            fields[index].decode(&item, entry, &self)
        }
        let missing = schema.requiredFields & ~present
        if missing != 0 {
            for (index, field) in schema.fields.enumerated() where missing & (1 << index) != 0 {
                let where_ = mapping.count > 0 ? record(mapping.first).keyRange : mapping.range
                report(.missingKey, "missing required key '\(field.key)' in \(readableName(schema))", at: where_,
                       help: "add '\(field.key): ...'")
            }
        }
        item.finishDecoding(&self)
        return item
    }

    private mutating func reportUnknownKey(_ entry: NodeID, in schema: ItemSchema) {
        let keys = schema.keys
        let keyRange = record(entry).keyRange
        let key = storage.text(keyRange)
        let help: String
        if let suggestion = suggestion(for: key, among: keys, listName: schema.name) {
            help = "did you mean '\(suggestion)'?"
        } else {
            help = "known keys: " + keys.joined(separator: ", ")
        }
        report(.unknownKey, "unknown key '\(key)' in \(readableName(schema))", at: keyRange, help: help)
    }

    /// "value proposition" for `ValueProposition`.
    func readableName(_ schema: ItemSchema) -> String {
        var words: [String] = []
        var current = ""
        for character in schema.name {
            if character.isUppercase && !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character.lowercased())
        }
        words.append(current)
        return words.joined(separator: " ")
    }

    private func article(_ name: String) -> String {
        let first = name.lowercased().first.map { "aeiou".contains($0) } ?? false
        return (first ? "an " : "a ") + name.lowercased()
    }

    /// Reads a list field: a block or flow sequence, each element through `element`.
    /// A single scalar where a list is due is refused.
    mutating func list<Element>(_ node: NodeID, key: String,
                                _ element: (inout CanvasDecoder, NodeID) -> Element?) -> [Element] {
        var elements: [Element] = []
        forEachElement(of: node, key: key) { decoder, item, count in
            if elements.isEmpty { elements.reserveCapacity(count) }
            if let value = element(&decoder, item) { elements.append(value) }
        }
        return elements
    }

    /// A list of points or remedies without their free text: only those written
    /// as mappings, which may have an id or addresses for the checks to read. One
    /// written as a plain text holds nothing else, so it is checked and left out.
    mutating func mappingsOnly<Nested: TextOrItem>(_ node: NodeID, key: String, as type: Nested.Type,
                                                   role: Nested.Role) -> [Nested] {
        var kept: [Nested] = []
        forEachElement(of: node, key: key) { decoder, element, count in
            guard decoder.record(element).shape != .scalar else { return decoder.checkText(element, key: key) }
            guard var nested = decoder.decodeItem(element, as: Nested.self) else { return }
            nested.role = role
            if kept.isEmpty { kept.reserveCapacity(count) }
            // Moved in: appended as a copy, each string and list in it was retained
            // and then released with the local.
            kept.append(consume nested)
        }
        return kept
    }

    /// Runs `body` on every non-empty element of a list field, with the number of
    /// elements; reports a list that is not one, and empty elements.
    mutating func forEachElement(of node: NodeID, key: String, _ body: (inout CanvasDecoder, NodeID, Int) -> Void) {
        guard let sequence = sequence(node, key: key) else { return }
        forEachElement(in: sequence.first..<sequence.first + sequence.count, key: key) { decoder, item in
            body(&decoder, item, Int(sequence.count))
        }
    }

    /// Runs `body` on every non-empty element among `items`, reporting empty ones.
    mutating func forEachElement(in items: Range<NodeID>, key: String, _ body: (inout CanvasDecoder, NodeID) -> Void) {
        for item in items {
            let itemRecord = record(item)
            if itemRecord.isEmptyValue {
                report(.expectedScalar, "empty element in '\(key)'", at: itemRecord.keyRange,
                       help: "remove the empty '-' or give it a value")
                continue
            }
            body(&self, item)
        }
    }

    /// The record of a list field's sequence, or a report that a list was due.
    mutating func sequence(_ node: NodeID, key: String) -> NodeRecord? {
        let sequence = record(node)
        guard sequence.shape == .sequence else {
            if sequence.shape == .scalar {
                report(.expectedList, "'\(key)' takes a list, found a single value", at: sequence.range,
                       help: "write '\(key): [\(storage.value(of: sequence))]' or one '- item' per line")
            } else {
                report(.expectedList, "'\(key)' takes a list, found a mapping", at: sequence.range,
                       help: "write one '- item' per line")
            }
            return nil
        }
        return sequence
    }
}

extension Node {
    /// What kind of node this is, in words, for messages.
    var shapeName: String {
        switch kind {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
