/// Types an untyped document against the schema: every mapping is read as the kind
/// of item its place calls for, every scalar as its field's type. Problems are
/// collected, never thrown, so one run reports all of them.
public struct CanvasDecoder {
    public private(set) var diagnostics: [Diagnostic] = []
    /// Ids written but refused (`bad-id`), and whether an item could not be read at
    /// all: references to them would only echo those errors.
    public internal(set) var refusedIdentifiers: Set<String> = []
    public private(set) var skippedAnItem = false
    /// "Did you mean" answers already worked out, and candidate lists prepared
    /// once: a file with the same typo a hundred thousand times pays for one search.
    private var suggestions: [String: String?] = [:]
    private var suggestionIndexes: [String: SuggestionIndex] = [:]

    /// The closest of `candidates` to `word`, remembered per list of candidates.
    mutating func suggestion(for word: String, among candidates: [String], listName: String) -> String? {
        let key = listName + "\u{0}" + word
        if let known = suggestions[key] { return known }
        if suggestionIndexes[listName] == nil { suggestionIndexes[listName] = SuggestionIndex(candidates) }
        let found = suggestionIndexes[listName]!.closest(to: word)
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
    public static func decodeKeepingState(_ document: Document) -> (canvas: Canvas?, decoder: CanvasDecoder) {
        var decoder = CanvasDecoder()
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
        let canvas = decoder.decodeItem(root, as: Canvas.self)
        return (canvas, decoder)
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, at range: SourceRange, help: String? = nil,
                         notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(code, message, at: range, help: help, notes: notes))
    }

    /// Reads a mapping as an item of `Item`'s kind, field by field.
    mutating func decodeItem<Item: SchemaItem>(_ node: Node, as type: Item.Type) -> Item? {
        let schema = Item.itemSchema
        guard let entries = node.mapping else {
            skippedAnItem = true
            report(.expectedMapping, "expected \(article(schema.name)) as a mapping of keys, found \(node.shapeName)",
                   at: node.range, help: "write its fields as indented 'key: value' lines")
            return nil
        }
        var item = Item()
        item.origin = SourceOrigin(node: node)
        // Which fields were written, one bit per field (no kind has more than 64).
        var present: UInt64 = 0
        for entry in entries {
            guard let index = entry.withKeyBytes({ schema.order(ofKeyBytes: $0) }) else {
                reportUnknownKey(entry, in: schema)
                continue
            }
            let field = schema.fields[index]
            if entry.value.isEmpty {
                if field.isRequired {
                    report(.missingKey, "'\(entry.key)' has no value", at: entry.keyRange,
                           help: "every \(readableName(schema)) needs \(article(entry.key))")
                    present |= 1 << index
                }
                continue
            }
            present |= 1 << index
            Item.fields[index].decode(&item, entry.value, &self)
        }
        for (index, field) in schema.fields.enumerated() where field.isRequired && present & (1 << index) == 0 {
            let where_ = entries.first?.keyRange ?? node.range
            report(.missingKey, "missing required key '\(field.key)' in \(readableName(schema))", at: where_,
                   help: "add '\(field.key): ...'")
        }
        item.finishDecoding(&self)
        return item
    }

    private mutating func reportUnknownKey(_ entry: MappingEntry, in schema: ItemSchema) {
        let keys = schema.keys
        let help: String
        if let suggestion = suggestion(for: entry.key, among: keys, listName: schema.name) {
            help = "did you mean '\(suggestion)'?"
        } else {
            help = "known keys: " + keys.joined(separator: ", ")
        }
        report(.unknownKey, "unknown key '\(entry.key)' in \(readableName(schema))", at: entry.keyRange, help: help)
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
    mutating func list<Element>(_ node: Node, key: String,
                                _ element: (inout CanvasDecoder, Node) -> Element?) -> [Element] {
        guard let items = node.sequence else {
            if let scalar = node.scalar {
                report(.expectedList, "'\(key)' takes a list, found a single value", at: node.range,
                       help: "write '\(key): [\(scalar.value)]' or one '- item' per line")
            } else {
                report(.expectedList, "'\(key)' takes a list, found a mapping", at: node.range,
                       help: "write one '- item' per line")
            }
            return []
        }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        for item in items {
            if item.value.isEmpty {
                report(.expectedScalar, "empty element in '\(key)'", at: item.dashRange,
                       help: "remove the empty '-' or give it a value")
                continue
            }
            if let value = element(&self, item.value) { elements.append(value) }
        }
        return elements
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
