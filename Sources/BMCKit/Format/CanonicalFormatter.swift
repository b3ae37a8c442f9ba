/// `bmc fmt`: the one canonical layout of a canvas file, as `gofmt` has for Go.
///
/// Keys in schema order (keys the schema does not know keep their relative order
/// after the known ones), two-space indentation, sequences indented under their
/// key, one-line flow sequences for lists of ids and enum words that fit in 80
/// columns, scalars quoted only when YAML needs it, block scalars kept as written,
/// one blank line between the nine blocks and none elsewhere but where the author
/// put blank lines between items, LF line ends, no trailing spaces, one final
/// newline. Every comment stays beside what it was beside. The formatter works on
/// any document the reader accepts, so the schema only guides it.
public enum CanonicalFormatter {
    /// The widest a one-line flow sequence may be, indentation and key included.
    public static let flowWidth = 80

    /// The canonical text of a document read without errors.
    public static func format(_ document: Document) -> String {
        var writer = CanonicalWriter(bytes: document.storage.bytes)
        for comment in document.leadingComments { writer.line(0, comment.text) }
        if let root = document.root {
            writer.writeRoot(root)
        }
        for comment in document.trailingComments { writer.line(0, comment.text) }
        return writer.text
    }
}

/// The canonical text being written, line by line.
struct CanonicalWriter {
    /// The source, for the layout of block scalars and blank lines.
    let bytes: [UInt8]
    private var output: [UInt8] = []
    /// Whether any line was written, and whether the last one was empty.
    private var hasLines = false
    private var lastLineIsEmpty = false
    /// Whether the last lines written are a keep-chomped (`|+`, `>+`) block scalar:
    /// an empty line after it would be one more line break of its value.
    private var endsWithKeptBlockScalar = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
        output.reserveCapacity(bytes.count + bytes.count / 8 + 64)
    }

    var text: String { String(decoding: output, as: UTF8.self) }

    mutating func line(_ indent: Int, _ text: String) {
        output.append(contentsOf: repeatElement(.space, count: indent))
        output.append(contentsOf: text.utf8)
        output.append(.lineFeed)
        hasLines = true
        lastLineIsEmpty = indent == 0 && text.isEmpty
        endsWithKeptBlockScalar = false
    }

    /// The content lines of `node`'s block scalar (already indented), if it is one,
    /// written as they are.
    mutating func lines(_ texts: [String], of node: Node) {
        for text in texts { line(0, text) }
        if case .literal(let header)? = node.scalar?.style, header.chomping == .keep { endsWithKeptBlockScalar = true }
        if case .folded(let header)? = node.scalar?.style, header.chomping == .keep { endsWithKeptBlockScalar = true }
    }

    /// Blank lines are only ever added between content, and never after a
    /// keep-chomped block scalar, whose value the blank line would join: so empty
    /// lines at the end of the text belong to such a scalar and stay.
    mutating func blankLine() {
        guard hasLines && !lastLineIsEmpty && !endsWithKeptBlockScalar else { return }
        line(0, "")
    }

    static func withComment(_ text: String, _ comment: Comment?) -> String {
        guard let comment else { return text }
        return text.isEmpty ? comment.text : text + "  " + comment.text
    }

    // MARK: Nodes

    mutating func writeRoot(_ root: Node) {
        switch root.kind {
        case .mapping(let entries):
            writeMapping(entries, indent: 0, schema: Canvas.itemSchema, endComments: root.endComments, isRoot: true)
        case .sequence(let items):
            writeSequence(root, items: items, indent: 0, elementType: nil)
        case .scalar:
            let (text, extra) = inlineValue(root, indent: 0, ownerIndent: 0, elementType: nil)
            line(0, CanonicalWriter.withComment(text, root.lineComment))
            lines(extra, of: root)
        }
    }

    /// Writes a mapping whose keys stand at `indent`. With `firstLinePrefix`, the
    /// first key continues a line that starts with `- `.
    mutating func writeMapping(_ entries: MappingEntries, indent: Int, schema: ItemSchema?, endComments: [Comment],
                               isRoot: Bool = false, firstLinePrefix: String? = nil) {
        var prefix = firstLinePrefix
        // The comments above the file's first key are its header (such as the
        // `# yaml-language-server: $schema=...` line editors read): they stay at
        // the top, with the blank lines between them, whichever key comes first.
        let header = isRoot ? entries.first : nil
        if let header { writeHeader(header) }
        for (position, (entry, order)) in ordered(entries, schema: schema).enumerated() {
            let field = order.map { schema!.fields[$0] }
            if isRoot && position > 0 && Block(key: entry.key) != nil { blankLine() }
            // A comment cannot stand between `- ` and a key: it goes before the dash.
            let commentIndent = prefix == nil ? indent : indent - 2
            if entry.index != header?.index {
                for comment in entry.leadingComments { line(commentIndent, comment.text) }
            }
            writeEntry(entry, indent: indent, type: field?.type, prefix: prefix)
            prefix = nil
        }
        for comment in endComments { line(indent, comment.text) }
    }

    /// The comments above the first key of the file, one blank line kept wherever
    /// the source had blank lines between them or after the last one.
    private mutating func writeHeader(_ first: MappingEntry) {
        let comments = first.leadingComments
        for (position, comment) in comments.enumerated() {
            if position > 0 && hasBlankLine(from: comments[position - 1].range.end, to: comment.range.start) {
                line(0, "")
            }
            line(0, comment.text)
        }
        if let last = comments.last, hasBlankLine(from: last.range.end, to: first.keyRange.start) { line(0, "") }
    }

    /// Whether the source between two offsets holds an empty line: two line ends.
    private func hasBlankLine(from start: Int, to end: Int) -> Bool {
        bytes[start..<max(start, end)].lazy.filter { $0 == .lineFeed }.count >= 2
    }

    /// Known keys in schema order, then unknown keys in their own order; each with
    /// its position in the schema, if the schema knows it.
    private func ordered(_ entries: MappingEntries, schema: ItemSchema?) -> [(MappingEntry, Int?)] {
        let keyed = entries.map { entry in (entry, schema?.order(of: entry.key)) }
        return keyed.enumerated().sorted { lhs, rhs in
            (lhs.element.1 ?? Int.max, lhs.offset) < (rhs.element.1 ?? Int.max, rhs.offset)
        }.map(\.element)
    }

    /// Writes one entry; with `prefix` (`- `), its first line continues a dash.
    private mutating func writeEntry(_ entry: MappingEntry, indent: Int, type: ValueType?, prefix: String?) {
        let value = entry.value
        func keyLine(_ rest: String, _ comment: Comment?) -> String {
            CanonicalWriter.withComment(entry.key + ":" + rest, comment)
        }
        func emit(_ text: String) {
            if let prefix {
                line(indent - 2, prefix + text)
            } else {
                line(indent, text)
            }
        }
        switch value.kind {
        case .mapping(let entries):
            emit(keyLine("", entry.trailingComment))
            writeMapping(entries, indent: indent + 2, schema: type?.nestedSchema, endComments: value.endComments)
        case .sequence(let items):
            // A flow sequence on a line of its own below its key may end in a
            // comment of its own (`lineComment`), besides the key's.
            let flow = flowText(value, items: items, indent: indent, key: entry.key, type: type)
            switch (flow, entry.trailingComment, value.lineComment) {
            case (let flow?, let trailing, nil), (let flow?, nil, let trailing):
                emit(keyLine(" " + flow, trailing))
            case (let flow?, let trailing, let lineComment):
                // Two comments: the list on a line of its own keeps both.
                emit(keyLine("", trailing))
                line(indent + 2, CanonicalWriter.withComment(flow, lineComment))
            case (nil, let trailing, let lineComment):
                emit(keyLine("", trailing))
                writeSequence(value, items: items, indent: indent + 2, elementType: type.map(\.elementType))
                // The list's own comment closes it, at its items' column.
                if let lineComment { line(indent + 2, lineComment.text) }
            }
        case .scalar:
            if entry.trailingComment != nil && value.lineComment != nil {
                // Two comments: keep the value on a line of its own to keep both.
                emit(keyLine("", entry.trailingComment))
                let (text, extra) = inlineValue(value, indent: indent + 2, ownerIndent: indent, elementType: type)
                line(indent + 2, CanonicalWriter.withComment(text, value.lineComment))
                lines(extra, of: value)
                return
            }
            let (text, extra) = inlineValue(value, indent: indent, ownerIndent: indent, elementType: type)
            emit(keyLine(text.isEmpty ? "" : " " + text, entry.trailingComment ?? value.lineComment))
            lines(extra, of: value)
        }
    }

    /// Writes a block sequence whose dashes stand at `indent`.
    mutating func writeSequence(_ node: Node, items: SequenceItems, indent: Int, elementType: ValueType?) {
        for (position, item) in items.enumerated() {
            if position > 0 && item.hasBlankLineBefore { blankLine() }
            for comment in item.leadingComments { line(indent, comment.text) }
            let value = item.value
            switch value.kind {
            case .mapping(let entries):
                if let comment = item.trailingComment {
                    line(indent, "- " + comment.text)
                    writeMapping(entries, indent: indent + 2, schema: elementType?.nestedSchema, endComments: value.endComments)
                } else {
                    writeMapping(entries, indent: indent + 2, schema: elementType?.nestedSchema, endComments: value.endComments,
                                 firstLinePrefix: "- ")
                }
            case .sequence(let nested):
                line(indent, CanonicalWriter.withComment("-", item.trailingComment))
                writeSequence(value, items: nested, indent: indent + 2, elementType: nil)
            case .scalar:
                let (text, extra) = inlineValue(value, indent: indent, ownerIndent: indent, elementType: elementType)
                line(indent, CanonicalWriter.withComment(text.isEmpty ? "-" : "- " + text,
                                                         item.trailingComment ?? value.lineComment))
                lines(extra, of: value)
            }
        }
        for comment in node.endComments { line(indent, comment.text) }
    }

    /// A one-line flow sequence, if this list should be one: ids or enum words
    /// (or a list the schema does not know, written as flow), plain words only, no
    /// comments inside, fitting in `flowWidth` columns.
    private func flowText(_ node: Node, items: SequenceItems, indent: Int, key: String, type: ValueType?) -> String? {
        if items.isEmpty { return "[]" }
        let wordLike = type.map { $0.elementType.isWordLike } ?? node.isFlow
        guard wordLike, node.endComments.isEmpty else { return nil }
        var words: [String] = []
        for item in items {
            guard item.leadingComments.isEmpty, item.trailingComment == nil, let scalar = item.value.scalar,
                  scalar.style != .empty, CanonicalWriter.isFlowWord(scalar.value) else { return nil }
            words.append(scalar.value)
        }
        let text = "[" + words.joined(separator: ", ") + "]"
        let width = indent + key.unicodeScalars.count + 2 + text.unicodeScalars.count
        return width <= CanonicalFormatter.flowWidth ? text : nil
    }

    /// Words that need no quotes inside `[...]`.
    static func isFlowWord(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" && first != "." else { return false }
        let allowed = text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == "."
        }
        return allowed && YAMLScalar.isSafePlain(text)
    }
}
