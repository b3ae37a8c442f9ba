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
        formatUTF8(document).string
    }

    /// `format(_:)` as UTF-8 in the pieces it was written in, for comparing with and
    /// writing over a large file without joining them or checking every byte again.
    public static func formatUTF8(_ document: Document) -> ChunkedText {
        var writer = CanonicalWriter(bytes: document.storage.bytes)
        for comment in document.leadingComments { writer.line(0, comment.text) }
        if let root = document.root {
            writer.writeRoot(root)
        }
        for comment in document.trailingComments { writer.line(0, comment.text) }
        return writer.text
    }
}

/// The canonical text being written, line by line into one byte buffer.
struct CanonicalWriter: Sendable {
    let bytes: [UInt8]
    /// The canonical text before `output`: what parts written on other cores left.
    private var earlierText = ChunkedText()
    /// The canonical text written since.
    private(set) var output: [UInt8] = []
    /// Whether any line was written, and whether the last one was empty.
    private var hasLines = false
    private var lastLineIsEmpty = false
    /// Whether the last lines written are a keep-chomped (`|+`, `>+`) block scalar:
    /// an empty line after it would be one more line break of its value.
    private var endsWithKeptBlockScalar = false
    /// Whether the first line written is a blank line from `blankLine()`: a part of
    /// a long sequence drops it if the part before it ended with an empty line.
    private var startsWithBlankLine = false

    /// A writer for a text of about `expectedLength` bytes (the canonical text is
    /// about as long as the source).
    init(bytes: [UInt8], expectedLength: Int? = nil) {
        self.bytes = bytes
        let length = expectedLength ?? bytes.count
        output.reserveCapacity(length + length / 8 + 64)
    }

    /// Everything written, in order.
    var text: ChunkedText {
        var text = earlierText
        text.append(output)
        return text
    }

    mutating func line(_ indent: Int, _ text: String) {
        appendSpaces(indent)
        output.append(contentsOf: text.utf8)
        output.append(.lineFeed)
        hasLines = true
        lastLineIsEmpty = indent == 0 && text.isEmpty
        endsWithKeptBlockScalar = false
    }

    // The common lines (a key and a plain value, a key that opens a block, a
    // dash and a plain value, a list of ids), none with a comment, are written
    // from the source bytes below: building a `String` per line and per key cost
    // more than reading the file.

    /// Writes `indent` spaces, then `prefix` (`- `) if there is one, then `key:`.
    private mutating func startLine(_ indent: Int, prefix: String?, key: MappingEntry) {
        startLine(indent, prefix: prefix)
        key.withKeyBytes { output.append(contentsOf: $0) }
        output.append(.colon)
    }

    /// Writes `indent` spaces, then `prefix` (`- `) if there is one, two columns
    /// to the left, as `emit` in `writeEntry` places it.
    private mutating func startLine(_ indent: Int, prefix: String?) {
        if let prefix {
            appendSpaces(indent - 2)
            output.append(contentsOf: prefix.utf8)
        } else {
            appendSpaces(indent)
        }
    }

    /// Appends `count` spaces: copied from a constant, as `repeatElement` went
    /// through a generic sequence one space at a time.
    private mutating func appendSpaces(_ count: Int) {
        let spaces: StaticString = "                                "
        var left = count
        while left > 0 {
            let run = min(left, spaces.utf8CodeUnitCount)
            output.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: run))
            left -= run
        }
    }

    /// Ends a line with content, begun by `startLine`.
    private mutating func endLine() {
        output.append(.lineFeed)
        hasLines = true
        lastLineIsEmpty = false
        endsWithKeptBlockScalar = false
    }

    /// Where a plain scalar's text is, if it has no comments (its record is its
    /// entry's too, so neither the entry nor the value has one) and stays plain
    /// where it stands (see `inlineValue`): the value written as it is.
    private func plainValue(_ node: Node) -> SourceRange? {
        let record = node.record
        guard record.shape == .scalar, record.style == .plain, !record.flags.contains(.hasTrivia),
              node.storage.withBytes(record.range, { YAMLScalar.isSafePlain($0, allowingTypedLooks: true) })
        else { return nil }
        return record.range
    }

    /// Appends ` ` and the source text of `range`, then ends the line.
    private mutating func endLine(withValueAt range: SourceRange) {
        output.append(.space)
        output.append(contentsOf: bytes[range.start..<range.end])
        endLine()
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
        if output.isEmpty && earlierText.chunks.isEmpty { startsWithBlankLine = true }
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
            if isRoot && position > 0 && Canvas.blockKeys.contains(entry.key) { blankLine() }
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
        guard let schema else { return entries.map { ($0, nil) } }
        let keyed = entries.map { entry in (entry, entry.withKeyBytes { schema.order(ofKeyBytes: $0) }) }
        // Canonical files are already in order: sorting is the exception.
        let isOrdered = zip(keyed, keyed.dropFirst()).allSatisfy { ($0.1 ?? Int.max) <= ($1.1 ?? Int.max) }
        if isOrdered { return keyed }
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
        if let plain = plainValue(value) {
            startLine(indent, prefix: prefix, key: entry)
            return endLine(withValueAt: plain)
        }
        let hasTrailingComment = entry.record.flags.contains(.hasTrivia) && entry.trailingComment != nil
        switch value.kind {
        case .mapping(let entries):
            if hasTrailingComment {
                emit(keyLine("", entry.trailingComment))
            } else {
                startLine(indent, prefix: prefix, key: entry)
                endLine()
            }
            writeMapping(entries, indent: indent + 2, schema: type?.nestedSchema, endComments: value.endComments)
        case .sequence(let items):
            if !hasTrailingComment && appendFlowLine(entry, items: items, indent: indent, prefix: prefix, type: type) {
                return
            }
            if let flow = flowText(value, items: items, indent: indent, key: entry.key, type: type,
                                   trailing: entry.trailingComment) {
                emit(keyLine(" " + flow, entry.trailingComment))
            } else {
                emit(keyLine("", entry.trailingComment))
                writeSequence(value, items: items, indent: indent + 2, elementType: type.map(\.elementType))
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

    /// Writes a block sequence whose dashes stand at `indent`. A long one (a block
    /// of a large canvas) is written in parts, shared out between the cores
    /// (see `ListParts`): items are laid out independently of each other.
    mutating func writeSequence(_ node: Node, items: SequenceItems, indent: Int, elementType: ValueType?) {
        if let parts = writeInParts(items, indent: indent, elementType: elementType) {
            join(parts)
        } else {
            writeItems(items, in: 0..<items.count, indent: indent, elementType: elementType)
        }
        for comment in node.endComments { line(indent, comment.text) }
    }

    /// The items written in consecutive parts, each by its own writer, or `nil` for
    /// a sequence too short to share out (see `ListParts`). A part starts as if after
    /// a non-empty line.
    private func writeInParts(_ items: SequenceItems, indent: Int, elementType: ValueType?) -> [CanonicalWriter]? {
        let source = bytes
        return ListParts.inParallel(items.count) { part, _ in
            var writer = CanonicalWriter(bytes: source, expectedLength: source.count * part.count / items.count)
            writer.hasLines = true
            // Every node view retains the document: through a handle of its own,
            // each core counts references on its own cache line (see
            // `DocumentStorage.handleForOneCore`).
            let ownItems = SequenceItems(storage: items.storage.handleForOneCore(), start: items.start, count: items.count)
            writer.writeItems(ownItems, in: part, indent: indent, elementType: elementType)
            return writer
        }
    }

    /// Keeps the parts' text in order after what was written. Where the text before
    /// a part ended with an empty line (a `|+` block scalar), the blank line the part
    /// began with is dropped, as writing in one go would have done.
    private mutating func join(_ parts: [CanonicalWriter]) {
        earlierText.append(output)
        output = []
        for part in parts {
            // Every part has lines: at least one per item.
            var partText = part.text
            if part.startsWithBlankLine && (lastLineIsEmpty || endsWithKeptBlockScalar) { partText.dropFirstByte() }
            earlierText.append(partText)
            lastLineIsEmpty = part.lastLineIsEmpty
            endsWithKeptBlockScalar = part.endsWithKeptBlockScalar
        }
        hasLines = true
    }

    private mutating func writeItems(_ items: SequenceItems, in positions: Range<Int>, indent: Int,
                                     elementType: ValueType?) {
        for position in positions {
            let item = items[position]
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
                if let plain = plainValue(value) {
                    startLine(indent, prefix: nil)
                    output.append(.dash)
                    endLine(withValueAt: plain)
                    continue
                }
                let (text, extra) = inlineValue(value, indent: indent, ownerIndent: indent, elementType: elementType)
                line(indent, CanonicalWriter.withComment(text.isEmpty ? "-" : "- " + text, item.trailingComment ?? value.lineComment))
                lines(extra, of: value)
            }
        }
    }

    /// A one-line flow sequence, if this list should be one: ids or enum words
    /// (or a list the schema does not know, written as flow), plain words only, no
    /// comments inside, fitting in `flowWidth` columns.
    private func flowText(_ node: Node, items: SequenceItems, indent: Int, key: String, type: ValueType?,
                          trailing: Comment?) -> String? {
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

    /// `key: [a, b]`, the line `flowText` gives, for a list whose elements are all
    /// plain ASCII words without comments, from their bytes; `false`, writing
    /// nothing, for any other list (`flowText` decides those).
    private mutating func appendFlowLine(_ entry: MappingEntry, items: SequenceItems, indent: Int, prefix: String?,
                                         type: ValueType?) -> Bool {
        let node = entry.value
        guard !items.isEmpty, !node.record.flags.contains(.hasTrivia),
              type.map({ $0.elementType.isWordLike }) ?? node.isFlow
        else { return false }
        let lineStart = output.count
        startLine(indent, prefix: prefix, key: entry)
        output.append(contentsOf: " [".utf8)
        let textStart = output.count - 1
        for position in 0..<items.count {
            let record = items[position].record
            let written = record.shape == .scalar && record.style == .plain && !record.flags.contains(.hasTrivia)
                && node.storage.withBytes(record.range) { word in
                    guard CanonicalWriter.isASCIIFlowWord(word) else { return false }
                    if position > 0 { output.append(contentsOf: ", ".utf8) }
                    output.append(contentsOf: word)
                    return true
                }
            guard written else {
                output.removeSubrange(lineStart...)
                return false
            }
        }
        output.append(.closeBracket)
        let keyWidth = entry.withKeyBytes { key in key.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
        guard indent + keyWidth + 2 + (output.count - textStart) <= CanonicalFormatter.flowWidth else {
            output.removeSubrange(lineStart...)
            return false
        }
        endLine()
        return true
    }

    /// `isFlowWord` for ASCII bytes; `false` for anything else.
    private static func isASCIIFlowWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, first != .dash && first != .period else { return false }
        return word.allSatisfy { $0.isASCIILetterOrDigit || $0 == .dash || $0 == 0x5F || $0 == .period }
            && YAMLScalar.isSafePlain(word)
    }

    /// Words that need no quotes inside `[...]`.
    static func isFlowWord(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" && first != "." else { return false }
        let allowed: Bool
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Ids and enum words are ASCII: no Unicode properties needed.
            allowed = text.utf8.allSatisfy { $0.isASCIILetterOrDigit || $0 == .dash || $0 == 0x5F || $0 == .period }
        } else {
            allowed = text.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == "."
            }
        }
        return allowed && YAMLScalar.isSafePlain(text)
    }

    // MARK: Scalars

    /// A scalar's text on its key's line, and for block scalars the content lines
    /// that follow, indented under the key.
    private func inlineValue(_ node: Node, indent: Int, ownerIndent: Int, elementType: ValueType?) -> (String, [String]) {
        guard let scalar = node.scalar else { return ("", []) }
        switch scalar.style {
        case .empty:
            return ("", [])
        case .plain:
            // A plain scalar stays plain (`version: 1.10` stays as written), as long
            // as it reads back as plain text where it now stands.
            let value = scalar.value
            return (YAMLScalar.isSafePlain(value, allowingTypedLooks: true) ? value : CanonicalWriter.quotedOrPlain(value), [])
        case .singleQuoted, .doubleQuoted:
            return (CanonicalWriter.quotedOrPlain(scalar.value), [])
        case .literal(let header), .folded(let header):
            let indicator = scalar.style == .literal(header) ? "|" : ">"
            return blockScalar(node, indicator: indicator, header: header, indent: ownerIndent)
        }
    }

    /// Quoted text becomes plain when plain reads back the same in every YAML tool;
    /// otherwise it takes the quote style that needs the fewest escapes, double
    /// quotes on a tie.
    static func quotedOrPlain(_ value: String) -> String {
        if YAMLScalar.isSafePlain(value) { return value }
        let needsDouble = value.unicodeScalars.contains(where: YAMLScalar.needsEscape)
        let singleEscapes = value.unicodeScalars.filter { $0 == "'" }.count
        let doubleEscapes = value.unicodeScalars.filter { $0 == "\"" || $0 == "\\" }.count
        if !needsDouble && singleEscapes < doubleEscapes {
            // Byte by byte, as YAML reads it: a quote is doubled even where a
            // combining mark after it makes one Swift character of the two.
            let escaped = value.utf8.flatMap { $0 == UInt8(ascii: "'") ? [$0, $0] : [$0] }
            return "'" + String(decoding: escaped, as: UTF8.self) + "'"
        }
        return YAMLScalar.doubleQuoted(value)
    }

    /// A block scalar re-indented two spaces under its owner, its lines otherwise
    /// exactly as written, so its value cannot change.
    private func blockScalar(_ node: Node, indicator: String, header: BlockScalarHeader, indent ownerIndent: Int) -> (String, [String]) {
        let range = node.range
        // The content lines run from the line after the header to the node's end.
        var lineStart = range.start
        while lineStart < bytes.count && bytes[lineStart] != .lineFeed { lineStart += 1 }
        lineStart += 1
        var rawLines: [ArraySlice<UInt8>] = []
        while lineStart < range.end {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != .lineFeed { lineEnd += 1 }
            var textEnd = lineEnd
            if textEnd > lineStart && bytes[textEnd - 1] == .carriageReturn { textEnd -= 1 }
            rawLines.append(bytes[lineStart..<textEnd])
            lineStart = lineEnd + 1
        }
        // The content indentation as the reader found it.
        let sourceIndent: Int
        if let explicit = header.indentation {
            sourceIndent = sourceOwnerIndent(range.start) + Int(explicit)
        } else {
            sourceIndent = rawLines.first { $0.contains { $0 != .space } }.map { $0.prefix { $0 == .space }.count } ?? 0
        }
        let contentIndent = ownerIndent + 2
        var content: [String] = []
        var firstTextStartsWithSpace = false
        var seenText = false
        for raw in rawLines {
            if raw.count <= sourceIndent && raw.allSatisfy({ $0 == .space }) {
                content.append("")
                continue
            }
            let text = raw.dropFirst(min(sourceIndent, raw.count))
            if !seenText {
                firstTextStartsWithSpace = text.first == .space
                seenText = true
            }
            content.append(String(repeating: " ", count: contentIndent) + String(decoding: text, as: UTF8.self))
        }
        var indicators = header.chomping == .strip ? "-" : header.chomping == .keep ? "+" : ""
        if seenText, let scalar = node.scalar, !scalar.value.hasSuffix("\n") {
            // The last line ended the file without a line break, so the value has
            // none; the canonical file ends with one, which only `-` leaves out.
            indicators = "-"
        }
        if firstTextStartsWithSpace || (header.indentation != nil && !seenText) {
            // A first line that starts with a space needs the indentation stated.
            indicators = "2" + indicators
        }
        while content.last == "" { content.removeLast() }
        if header.chomping == .keep, let scalar = node.scalar {
            // The final line breaks are the value's own: one ends the last line of
            // text, each further one is an empty line; without text, every one is.
            let finalBreaks = scalar.value.reversed().prefix { $0 == "\n" }.count
            content += Array(repeating: "", count: max(0, seenText ? finalBreaks - 1 : finalBreaks))
        }
        return (indicator + indicators, content)
    }

    /// The column of the key or dash that owns the block scalar starting at `offset`.
    private func sourceOwnerIndent(_ offset: Int) -> Int {
        var start = offset
        while start > 0 && bytes[start - 1] != .lineFeed { start -= 1 }
        var column = 0
        while start + column < bytes.count && bytes[start + column] == .space { column += 1 }
        // `- key: |` is owned by the key, past the dash; `- |` by the dash itself.
        var index = start + column
        while index + 1 < offset && bytes[index] == .dash && bytes[index + 1] == .space {
            var next = index + 2
            while next < offset && bytes[next] == .space { next += 1 }
            if next >= offset { break }
            index = next
            column = index - start
        }
        return column
    }
}

