/// Reads the YAML subset of the contract (section 1.1) from UTF-8 bytes into a
/// `Document`, collecting every syntax problem it can recover from.
///
/// The reader is a recursive descent over lines: a block node is a mapping, a
/// sequence or a scalar, decided by the first characters of its line. Comments and
/// blank lines between content lines are gathered as pending trivia and handed to
/// the next entry, or to the block they close. Recursion is bounded by
/// `maximumDepth`, so no input can overflow the stack.
public struct Reader {
    /// The deepest nesting of mappings and sequences a file may have.
    public static let maximumDepth = 32

    /// Reads a whole file. Returns the document (possibly partial when there are
    /// errors) and the diagnostics in the order of the file.
    public static func read(_ source: SourceFile) -> (document: Document, diagnostics: [Diagnostic]) {
        if let (document, diagnostics) = readInParts(source) { return (document, diagnostics) }
        return readInOneGo(source)
    }

    /// Reads the whole file with one reader.
    static func readInOneGo(_ source: SourceFile) -> (document: Document, diagnostics: [Diagnostic]) {
        source.bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, tree: TreeBuilder(bytes: source.bytes))
            let (root, leading, trailing) = reader.readDocument()
            let document = Document(storage: DocumentStorage(reader.storage), rootIndex: root,
                                    leadingComments: leading, trailingComments: trailing)
            return (document, reader.diagnostics.sortedByPosition())
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the tree is built.
    var storage: TreeBuilder
    /// The current byte offset. Between nodes it is always the start of a line.
    var position = 0
    var diagnostics: [Diagnostic] = []
    var pendingComments: [Comment] = []
    var pendingBlankLine = false
    /// The content line `nextContentLine()` found last: a value asks for the next
    /// line to refuse continuations, then its block asks again.
    var lastContentLine: ContentLine?

    init(bytes: UnsafeBufferPointer<UInt8>, tree: TreeBuilder) {
        self.bytes = bytes
        self.storage = tree
    }

    // MARK: - Building the tree

    /// A node read but not yet placed: the entry that holds it adds its key and
    /// comments, then hands it to the container being read. A plain value (its
    /// comments wait in a trivia slot), so passing it around costs no reference
    /// counting.
    struct ReadNode {
        var record: NodeRecord
        /// The node's slot in `TreeBuilder.triviaSlots`, or -1 for no comments.
        var triviaSlot: Int32 = -1

        var range: SourceRange { record.range }
    }

    /// Changes the comments of a node, giving it a trivia slot first if needed.
    mutating func editTrivia(of node: inout ReadNode, _ edit: (inout Trivia) -> Void) {
        if node.triviaSlot < 0 { node.triviaSlot = storage.newTriviaSlot() }
        edit(&storage.triviaSlots[Int(node.triviaSlot)])
    }

    /// Places a child in the container being read.
    mutating func addChild(_ node: ReadNode) {
        storage.addChild(node.record, triviaSlot: node.triviaSlot)
    }

    func emptyNode(at offset: Int) -> ReadNode {
        ReadNode(record: .scalar(.point(offset), style: .empty))
    }

    /// Ends a container whose children start at `base` in `storage.open`.
    mutating func containerNode(_ shape: NodeRecord.Shape, start: Int, end: Int, childrenFrom base: Int,
                                isFlow: Bool = false) -> ReadNode {
        let (first, count) = storage.closeChildren(from: base)
        var record = NodeRecord(start: Int32(start), end: Int32(end), shape: shape)
        record.first = first
        record.count = count
        if isFlow { record.flags.insert(.isFlow) }
        return ReadNode(record: record)
    }

    /// Where the last child of an open container ends, key or value.
    func endOfChildren(from base: Int, orElse start: Int) -> Int {
        guard storage.open.count > base, let last = storage.open.last else { return start }
        return Int(max(last.end, last.keyEnd))
    }

    /// Gives a node the key or dash that holds it and the entry's comments.
    mutating func entry(_ node: ReadNode, keyStart: Int, keyEnd: Int, leading: [Comment], trailing: Comment?,
                        blankLineBefore: Bool) -> ReadNode {
        var node = node
        node.record.keyStart = Int32(keyStart)
        node.record.keyEnd = Int32(keyEnd)
        if blankLineBefore { node.record.flags.insert(.blankLineBefore) }
        if !leading.isEmpty || trailing != nil {
            editTrivia(of: &node) {
                $0.leadingComments = leading
                $0.trailingComment = trailing
            }
        }
        return node
    }

    /// Gives a block the comments that close it.
    mutating func closeBlock(_ node: inout ReadNode, endComments: [Comment]) {
        if !endComments.isEmpty { editTrivia(of: &node) { $0.endComments = endComments } }
    }

    // MARK: - Lines

    /// A line that holds content, found by `nextContentLine()`.
    struct ContentLine {
        /// Offset of the line's first byte.
        var start: Int
        /// Number of leading spaces: the line's column of indentation.
        var indent: Int
        /// Offset of the first content byte.
        var contentStart: Int { start + indent }
    }

    /// The offset of the end of the line's text (its LF or CR, or the end of input).
    func lineEnd(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count && !bytes[index].isLineEnd { index += 1 }
        return index
    }

    /// The offset of the start of the next line after a line end.
    func lineStart(after end: Int) -> Int {
        guard end < bytes.count else { return end }
        return bytes[end] == .carriageReturn ? end + 2 : end + 1
    }

    func isAtLineEnd(_ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset].isLineEnd
    }

    func byte(at offset: Int) -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    /// `true` if the byte at `offset` ends a token: a space, a tab, or a line end.
    func isBlankOrEnd(_ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] == .space || bytes[offset] == .tab || bytes[offset].isLineEnd
    }

    /// Skips blank lines and comment lines from the current line start, collecting
    /// them as pending trivia, and returns the next line that holds content, leaving
    /// `position` at its start. Calling it again without consuming the line returns
    /// the same line.
    mutating func nextContentLine() -> ContentLine? {
        if let last = lastContentLine, last.start == position { return last }
        while position < bytes.count {
            let start = position
            var index = start
            while index < bytes.count && bytes[index] == .space { index += 1 }
            // Content lines, the common case, return without scanning to their end.
            if index < bytes.count && !bytes[index].isLineEnd && bytes[index] != .tab && bytes[index] != .hash {
                lastContentLine = ContentLine(start: start, indent: index - start)
                return lastContentLine
            }
            let end = lineEnd(from: index)
            if index < end && bytes[index] == .tab {
                report(.tabIndentation, "tab in indentation", at: SourceRange(start: index, end: index + 1),
                       help: "indent with spaces only")
            } else if index == end {
                pendingBlankLine = true
            } else {
                pendingComments.append(comment(from: index, to: end, indent: index - start))
            }
            position = lineStart(after: end)
        }
        return nil
    }

    func comment(from start: Int, to end: Int, indent: Int) -> Comment {
        var last = end
        while last > start && (bytes[last - 1] == .space || bytes[last - 1] == .tab) { last -= 1 }
        return Comment(text: text(start, last), range: SourceRange(start: start, end: last), indent: indent)
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Finishes the current line after a value: spaces, then a comment or the line
    /// end. Anything else is reported. Leaves `position` at the next line's start.
    mutating func finishLine(from offset: Int) -> Comment? {
        var index = offset
        while index < bytes.count && bytes[index] == .space { index += 1 }
        let end = lineEnd(from: index)
        defer { position = lineStart(after: end) }
        if index == end { return nil }
        if bytes[index] == .hash && index > offset {
            return comment(from: index, to: end, indent: index - lineStartOffset(of: index))
        }
        if bytes[index] == .tab {
            reportTab(at: index)
        } else {
            report(.syntax, "unexpected text after the value", at: SourceRange(start: index, end: end),
                   help: "quote the whole value, or start a comment with ' #'")
        }
        return nil
    }

    func lineStartOffset(of offset: Int) -> Int {
        var index = offset
        while index > 0 && bytes[index - 1] != .lineFeed { index -= 1 }
        return index
    }

    /// Skips the rest of the current line and every following line indented deeper
    /// than `column`: recovery after an error, so one mistake gives one diagnostic.
    mutating func skipLine(andDeeperThan column: Int) {
        position = lineStart(after: lineEnd(from: position))
        while let line = nextContentLine(), line.indent > column {
            position = lineStart(after: lineEnd(from: line.start))
        }
    }

    // MARK: - Diagnostics

    mutating func report(_ code: DiagnosticCode, _ message: String, at range: SourceRange,
                         help: String? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(code, message, at: range, help: help, notes: notes))
    }

    mutating func reportTab(at offset: Int) {
        report(.syntax, "tab character outside quotes", at: SourceRange(start: offset, end: offset + 1),
               help: "use spaces; tabs may appear only inside quotes, comments and block scalars")
    }

    // MARK: - Document

    /// Reads the whole input: the root node, and the comments of a file without
    /// content or after its last content line.
    mutating func readDocument() -> (root: NodeID?, leading: [Comment], trailing: [Comment]) {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            position = 3
        }
        if let problem = InputValidation.firstProblem(in: bytes, from: position) {
            // Nothing after an encoding problem can be trusted to be read right.
            diagnostics.append(problem)
            return (nil, [], [])
        }
        var line = nextContentLine()
        while let directive = line, bytes[directive.contentStart] == .percent {
            report(.directive, "directives such as '%YAML' are not supported",
                   at: SourceRange(start: directive.contentStart, end: lineEnd(from: directive.contentStart)),
                   help: "remove the line")
            position = lineStart(after: lineEnd(from: directive.start))
            line = nextContentLine()
        }
        if let first = line, isDocumentMarker(first, .dash) {
            let afterMarker = first.contentStart + 3
            if let commentOnMarker = finishMarkerLine(from: afterMarker) {
                pendingComments.append(commentOnMarker)
            }
            line = nextContentLine()
        }
        // A document with no content, ended by `...` or by the next `---`: the
        // file holds no canvas, and whatever comes after it is another document.
        if let first = line, isDocumentMarker(first, .dash) || isDocumentMarker(first, .period) {
            if isDocumentMarker(first, .dash) {
                reportSecondDocument(at: first)
            } else {
                finishEndMarker(first)
            }
            return (nil, takePendingComments(), [])
        }
        let root: NodeID
        if let first = line {
            let node = readBlockNode(first, ownerColumn: -1, depth: 0)
            root = storage.addRoot(node.record, triviaSlot: node.triviaSlot)
        } else {
            let comments = takePendingComments()
            return (nil, comments, [])
        }
        while let extra = nextContentLine() {
            if isDocumentMarker(extra, .dash) {
                reportSecondDocument(at: extra)
                break
            }
            if isDocumentMarker(extra, .period) {
                finishEndMarker(extra)
                break
            }
            report(.badIndentation, "unexpected content; check the indentation of this line",
                   at: SourceRange(start: extra.contentStart, end: lineEnd(from: extra.contentStart)))
            position = extra.start
            skipLine(andDeeperThan: extra.indent)
        }
        return (root, [], takePendingComments())
    }

    /// Refuses the document that a `---` line starts after the first one, and
    /// everything after it.
    mutating func reportSecondDocument(at marker: ContentLine) {
        report(.multipleDocuments, "a second document is not supported",
               at: SourceRange(start: marker.contentStart, end: marker.contentStart + 3),
               help: "keep one canvas per file")
        position = bytes.count
    }

    /// Reads the `...` line that ends the document: only comments and blank lines
    /// may follow it; any content after it would be a second document.
    mutating func finishEndMarker(_ marker: ContentLine) {
        position = marker.contentStart + 3
        if let comment = finishMarkerLine(from: position, marker: "...") { pendingComments.append(comment) }
        guard let next = nextContentLine() else { return }
        report(.multipleDocuments, "a second document is not supported",
               at: SourceRange(start: next.contentStart, end: lineEnd(from: next.contentStart)),
               help: "keep one canvas per file; the '...' line above ends the document")
        position = bytes.count
    }

    /// `---` or `...` at column 0, followed by a space or the line end.
    func isDocumentMarker(_ line: ContentLine, _ marker: UInt8) -> Bool {
        let start = line.contentStart
        return line.indent == 0 && start + 3 <= bytes.count
            && bytes[start] == marker && bytes[start + 1] == marker && bytes[start + 2] == marker
            && isBlankOrEnd(start + 3)
    }

    /// Finishes a `---` or `...` line: nothing but a comment may follow the marker.
    mutating func finishMarkerLine(from offset: Int, marker: String = "---") -> Comment? {
        var index = offset
        while index < bytes.count && bytes[index] == .space { index += 1 }
        let end = lineEnd(from: index)
        if index < end && bytes[index] != .hash {
            report(.syntax, "content on the '\(marker)' line is not supported", at: SourceRange(start: index, end: end),
                   help: marker == "---" ? "start the canvas on the next line" : "remove it, or put it in a comment")
            position = lineStart(after: end)
            return nil
        }
        return finishLine(from: offset)
    }

    mutating func takePendingComments() -> [Comment] {
        defer { pendingComments = [] }
        return pendingComments
    }

    /// Hands pending comments that are indented at least `threshold` to a block that
    /// ends here; the rest stay pending for whatever comes next.
    mutating func claimEndComments(indentedAtLeast threshold: Int) -> [Comment] {
        var count = 0
        while count < pendingComments.count && pendingComments[count].indent >= threshold { count += 1 }
        let claimed = Array(pendingComments.prefix(count))
        pendingComments.removeFirst(count)
        return claimed
    }

    // MARK: - Block nodes

    /// Reads the node that starts on `line`, owned by a key or dash at `ownerColumn`.
    mutating func readBlockNode(_ line: ContentLine, ownerColumn: Int, depth: Int) -> ReadNode {
        position = line.contentStart
        if isSequenceIndicator(at: position) {
            return readSequence(column: line.indent, depth: depth + 1, isIndentless: false)
        }
        if lineHasKey(from: position) {
            return readMapping(column: line.indent, depth: depth + 1)
        }
        var (node, comment) = readInlineValue(ownerColumn: ownerColumn, depth: depth + 1)
        if let comment { editTrivia(of: &node) { $0.lineComment = comment } }
        return node
    }

    /// `-` followed by a space or the line end.
    func isSequenceIndicator(at offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] == .dash && isBlankOrEnd(offset + 1)
    }

    /// Whether the text from `offset` to the end of the line is a `key: value`: a
    /// `:` followed by a space or the line end, before any comment.
    func lineHasKey(from offset: Int) -> Bool {
        var index = offset
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case .quote, .apostrophe:
            // A quoted key, refused later with its own message.
            guard let close = closingQuote(from: index) else { return false }
            index = close + 1
            while index < bytes.count && bytes[index] == .space { index += 1 }
            return index < bytes.count && bytes[index] == .colon && isBlankOrEnd(index + 1)
        case .openBracket, .openBrace, .pipe, .greaterThan:
            return false
        case .questionMark where isBlankOrEnd(index + 1):
            return true
        default:
            break
        }
        while index < bytes.count && !bytes[index].isLineEnd {
            let current = bytes[index]
            if current == .colon && isBlankOrEnd(index + 1) { return true }
            if current == .hash && index > offset && (bytes[index - 1] == .space || bytes[index - 1] == .tab) {
                return false
            }
            index += 1
        }
        return false
    }

    /// The offset of the quote that closes the quoted scalar opening at `offset`, on
    /// the same line, or `nil`.
    func closingQuote(from offset: Int) -> Int? {
        let quote = bytes[offset]
        var index = offset + 1
        while index < bytes.count && !bytes[index].isLineEnd {
            if quote == .apostrophe && bytes[index] == .apostrophe {
                if index + 1 < bytes.count && bytes[index + 1] == .apostrophe { index += 2; continue }
                return index
            }
            if quote == .quote {
                if bytes[index] == .backslash { index += 2; continue }
                if bytes[index] == .quote { return index }
            }
            index += 1
        }
        return nil
    }

    mutating func reportTooDeep(at offset: Int, column: Int) -> ReadNode {
        report(.tooDeep, "nesting deeper than \(Reader.maximumDepth) levels",
               at: .point(offset), help: "a canvas never needs this depth; flatten the structure")
        position = lineStartOffset(of: offset)
        skipLine(andDeeperThan: column - 1)
        return emptyNode(at: offset)
    }

    // MARK: Mappings

    /// Reads a block mapping whose keys stand at `column`; `position` is at its
    /// first key, which may follow a `- ` on the same line.
    mutating func readMapping(column: Int, depth: Int) -> ReadNode {
        let start = position
        if depth > Reader.maximumDepth { return reportTooDeep(at: start, column: column) }
        let base = storage.open.count
        var keyIndex: [String: Int] = [:]
        var keysSeen = KeySummary()
        // After a line is skipped in recovery, the next line must be found again
        // before an entry can be read at `position`.
        var atEntry = true
        while true {
            if atEntry, let entry = readEntry(column: column, depth: depth) {
                let keyRange = entry.record.keyRange
                if let firstIndex = duplicateIndex(of: keyRange, amongEntriesFrom: base, seen: &keysSeen, index: &keyIndex) {
                    let key = text(keyRange.start, keyRange.end)
                    report(.duplicateKey, "duplicate key '\(key)'", at: keyRange,
                           help: "remove one of them, or merge their values",
                           notes: [.init("'\(key)' first defined here", at: storage.open[firstIndex].keyRange)])
                } else {
                    addChild(entry)
                }
            }
            guard let line = nextContentLine(), line.indent >= column else { break }
            if line.indent > column {
                report(.badIndentation, "this line is indented more than the keys around it",
                       at: SourceRange(start: line.contentStart, end: lineEnd(from: line.contentStart)),
                       help: "align it with the keys of its mapping, or put it under a key that takes a nested value")
                position = line.start
                skipLine(andDeeperThan: column)
                atEntry = false
                continue
            }
            if isDocumentMarker(line, .dash) || isDocumentMarker(line, .period) { break }
            position = line.contentStart
            if isSequenceIndicator(at: position) {
                report(.syntax, "a sequence item where a key was expected",
                       at: SourceRange(start: position, end: position + 1),
                       help: "indent the item under the key it belongs to")
                skipLine(andDeeperThan: column)
                atEntry = false
                continue
            }
            atEntry = true
        }
        let end = endOfChildren(from: base, orElse: start)
        var node = containerNode(.mapping, start: start, end: end, childrenFrom: base)
        closeBlock(&node, endComments: claimEndComments(indentedAtLeast: column))
        return node
    }

    /// Finds an earlier entry of the open mapping with the same key, returning its
    /// index in `storage.open`. Small mappings are searched directly; past 16 keys an
    /// index keeps hostile files with thousands of keys linear.
    func duplicateIndex(of key: SourceRange, amongEntriesFrom base: Int, seen: inout KeySummary,
                        index: inout [String: Int]) -> Int? {
        let wanted = UnsafeBufferPointer(rebasing: bytes[key.start..<key.end])
        let open = storage.open
        if open.count - base < 16 {
            // Most keys differ from every earlier one in length or end bytes.
            guard seen.mayContain(wanted) else { return nil }
            return open[base...].firstIndex {
                UnsafeBufferPointer(rebasing: bytes[Int($0.keyStart)..<Int($0.keyEnd)]).elementsEqual(wanted)
            }
        }
        if index.isEmpty {
            for offset in base..<open.count {
                index[text(Int(open[offset].keyStart), Int(open[offset].keyEnd))] = offset
            }
        }
        let keyText = text(key.start, key.end)
        if let existing = index[keyText] { return existing }
        index[keyText] = open.count
        return nil
    }

    /// A 64-bit summary of the keys of a mapping, so that a new key is compared
    /// with the earlier ones only when its length and end bytes match one.
    struct KeySummary {
        private var bits: UInt64 = 0

        /// Whether an equal key may have been seen; records this one.
        mutating func mayContain(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
            let hash = key.count &* 31 &+ Int(key.first ?? 0) &* 7 &+ Int(key.last ?? 0)
            let bit = UInt64(1) << UInt64(hash & 63)
            defer { bits |= bit }
            return bits & bit != 0
        }
    }

    /// Reads one `key: value` at `position`. Returns `nil` after reporting a line
    /// that is not a valid entry.
    mutating func readEntry(column: Int, depth: Int) -> ReadNode? {
        let leading = takePendingComments()
        let blankLineBefore = pendingBlankLine
        pendingBlankLine = false
        let keyStart = position
        guard let keyEnd = readKey(column: column) else { return nil }
        // `position` is just past the colon.
        var index = position
        while index < bytes.count && bytes[index] == .space { index += 1 }
        let value: ReadNode
        let trailing: Comment?
        if index < bytes.count && bytes[index] == .tab {
            reportTab(at: index)
            skipLine(andDeeperThan: column)
            value = emptyNode(at: keyEnd + 1)
            trailing = nil
        } else if isAtLineEnd(index) || bytes[index] == .hash {
            trailing = finishLine(from: position)
            value = readNestedValue(ownerColumn: column, depth: depth, emptyAt: keyEnd + 1)
        } else {
            position = index
            (value, trailing) = readInlineValue(ownerColumn: column, depth: depth + 1)
        }
        return entry(value, keyStart: keyStart, keyEnd: keyEnd, leading: leading, trailing: trailing,
                     blankLineBefore: blankLineBefore)
    }

    /// The value of a key or dash whose line ends after it: a block on the following
    /// lines, an indentless sequence at a key's own column, or an empty value. A
    /// dash at a dash's own column is the next item, never a nested sequence.
    mutating func readNestedValue(ownerColumn: Int, depth: Int, emptyAt offset: Int, ownerIsKey: Bool = true) -> ReadNode {
        guard let line = nextContentLine() else { return emptyNode(at: offset) }
        if line.indent > ownerColumn {
            return readBlockNode(line, ownerColumn: ownerColumn, depth: depth)
        }
        if ownerIsKey && line.indent == ownerColumn && ownerColumn >= 0 && isSequenceIndicator(at: line.contentStart)
            && !isDocumentMarker(line, .dash) {
            position = line.contentStart
            return readSequence(column: ownerColumn, depth: depth + 1, isIndentless: true)
        }
        return emptyNode(at: offset)
    }

    /// Reads a plain key and its colon, leaving `position` after the colon, and
    /// returns the end of the key's text; reports refused key forms.
    mutating func readKey(column: Int) -> Int? {
        let start = position
        let first = bytes[start]
        switch first {
        case .questionMark where isBlankOrEnd(start + 1):
            report(.complexKey, "complex keys ('? ') are not supported", at: SourceRange(start: start, end: start + 1),
                   help: "write the key as 'key: value'")
            skipLine(andDeeperThan: column)
            return nil
        case .quote, .apostrophe:
            let close = closingQuote(from: start) ?? lineEnd(from: start) - 1
            report(.quotedKey, "quoted keys are not supported", at: SourceRange(start: start, end: close + 1),
                   help: "write the key without quotes")
            skipLine(andDeeperThan: column)
            return nil
        case .ampersand, .asterisk, .exclamation, .openBracket, .openBrace, .percent, .at, .backtick,
             .pipe, .greaterThan, .comma, .closeBracket, .closeBrace:
            if first == .ampersand || first == .asterisk || first == .exclamation {
                reportNodeProperty(at: start)
            } else if first == .openBrace {
                reportFlowMapping(at: start)
            } else {
                report(.syntax, "a key cannot start with '\(Character(Unicode.Scalar(first)))'",
                       at: SourceRange(start: start, end: start + 1), help: "keys are lowercase words joined by '-'")
            }
            skipLine(andDeeperThan: column)
            return nil
        default:
            break
        }
        var index = start
        while index < bytes.count && !bytes[index].isLineEnd {
            if bytes[index] == .colon && isBlankOrEnd(index + 1) { break }
            if bytes[index] == .hash && index > start && (bytes[index - 1] == .space || bytes[index - 1] == .tab) { break }
            index += 1
        }
        guard index < bytes.count && bytes[index] == .colon else {
            let end = lineEnd(from: start)
            var trimmedEnd = index
            while trimmedEnd > start && bytes[trimmedEnd - 1] == .space { trimmedEnd -= 1 }
            if nextLineIsDeeperKey(after: end, than: column) {
                report(.multilineKey, "a key cannot go on over the next line",
                       at: SourceRange(start: start, end: trimmedEnd), help: "write the whole key and its ':' on one line")
            } else {
                report(.syntax, "expected 'key: value'", at: SourceRange(start: start, end: trimmedEnd),
                       help: "add ': ' after the key, or indent this line under the key it continues")
            }
            skipLine(andDeeperThan: column)
            return nil
        }
        var keyEnd = index
        while keyEnd > start && bytes[keyEnd - 1] == .space { keyEnd -= 1 }
        if keyEnd == start {
            report(.syntax, "a ':' without a key before it", at: SourceRange(start: start, end: start + 1),
                   help: "write the key before the ':', or quote the value if the ':' is part of it")
            skipLine(andDeeperThan: column)
            return nil
        }
        for offset in start..<keyEnd where bytes[offset] == .tab {
            reportTab(at: offset)
            skipLine(andDeeperThan: column)
            return nil
        }
        position = index + 1
        return keyEnd
    }

    func nextLineIsDeeperKey(after end: Int, than column: Int) -> Bool {
        let next = lineStart(after: end)
        var index = next
        while index < bytes.count && bytes[index] == .space { index += 1 }
        return index - next > column && index < bytes.count && !bytes[index].isLineEnd
            && bytes[index] != .hash && lineHasKey(from: index)
    }

    mutating func reportNodeProperty(at offset: Int) {
        var end = offset + 1
        while end < bytes.count && !isBlankOrEnd(end) && bytes[end] != .comma && bytes[end] != .closeBracket { end += 1 }
        let range = SourceRange(start: offset, end: end)
        switch bytes[offset] {
        case .ampersand:
            report(.anchor, "anchors ('&name') are not supported", at: range,
                   help: "write the value out in full where it is needed")
        case .asterisk:
            report(.alias, "aliases ('*name') are not supported", at: range,
                   help: "write the value out in full; to point at an item, use its id")
        default:
            report(.tag, "tags ('!tag') are not supported", at: range,
                   help: "remove the tag: the schema alone decides every value's type")
        }
    }

    mutating func reportFlowMapping(at offset: Int) {
        report(.flowMapping, "flow mappings ('{...}') are not supported", at: SourceRange(start: offset, end: offset + 1),
               help: "write the mapping as indented 'key: value' lines")
    }

    // MARK: Sequences

    /// Reads a block sequence whose dashes stand at `column`; `position` is at the
    /// first dash. An indentless sequence stands at its key's own column.
    mutating func readSequence(column: Int, depth: Int, isIndentless: Bool) -> ReadNode {
        let start = position
        if depth > Reader.maximumDepth { return reportTooDeep(at: start, column: column) }
        let base = storage.open.count
        var atItem = true
        while true {
            if atItem {
                addChild(readSequenceItem(column: column, depth: depth))
            }
            guard let line = nextContentLine(), line.indent >= column else { break }
            if line.indent > column {
                report(.badIndentation, "this line is indented more than the items around it",
                       at: SourceRange(start: line.contentStart, end: lineEnd(from: line.contentStart)),
                       help: "align it with the item it belongs to")
                position = line.start
                skipLine(andDeeperThan: column)
                atItem = false
                continue
            }
            guard isSequenceIndicator(at: line.contentStart), !isDocumentMarker(line, .dash) else { break }
            position = line.contentStart
            atItem = true
        }
        let end = endOfChildren(from: base, orElse: start)
        var node = containerNode(.sequence, start: start, end: end, childrenFrom: base)
        closeBlock(&node, endComments: claimEndComments(indentedAtLeast: isIndentless ? column + 1 : column))
        return node
    }

    mutating func readSequenceItem(column: Int, depth: Int) -> ReadNode {
        let dash = position
        let leading = takePendingComments()
        let blankLineBefore = pendingBlankLine
        pendingBlankLine = false
        var index = dash + 1
        while index < bytes.count && bytes[index] == .space { index += 1 }
        var value: ReadNode
        var trailing: Comment?
        if index < bytes.count && bytes[index] == .tab {
            reportTab(at: index)
            skipLine(andDeeperThan: column)
            value = emptyNode(at: dash + 1)
        } else if isAtLineEnd(index) || bytes[index] == .hash {
            trailing = finishLine(from: dash + 1)
            value = readNestedValue(ownerColumn: column, depth: depth, emptyAt: dash + 1, ownerIsKey: false)
        } else {
            position = index
            let valueColumn = index - lineStartOffset(of: index)
            if isSequenceIndicator(at: index) {
                value = readSequence(column: valueColumn, depth: depth + 1, isIndentless: false)
            } else if lineHasKey(from: index) {
                value = readMapping(column: valueColumn, depth: depth + 1)
            } else {
                (value, trailing) = readInlineValue(ownerColumn: column, depth: depth + 1)
            }
        }
        return entry(value, keyStart: dash, keyEnd: dash + 1, leading: leading, trailing: trailing,
                     blankLineBefore: blankLineBefore)
    }
}
