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
    /// The longest key, in bytes. No schema key comes near it; the bound lets the
    /// tree keep a key's length in 16 bits.
    public static let maximumKeyLength = Int(UInt16.max)

    /// Reads a whole file. Returns the document (possibly partial when there are
    /// errors: see `Document.damage`) and the diagnostics in the order of the file.
    public static func read(_ source: SourceFile) -> (document: Document, diagnostics: [Diagnostic]) {
        source.bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, tree: TreeBuilder(bytes: source.bytes))
            let (root, leading, trailing) = reader.readDocument()
            let document = Document(storage: DocumentStorage(reader.storage), rootIndex: root,
                                    leadingComments: leading, trailingComments: trailing,
                                    damage: reader.damage.sorted { $0.start < $1.start })
            return (document, reader.diagnostics.sortedByPosition())
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the tree is built.
    var storage: TreeBuilder
    /// The current byte offset. Between nodes it is always the start of a line.
    var position = 0
    var diagnostics: [Diagnostic] = []
    /// The text refused or skipped (`Document.damage`).
    var damage: [SourceRange] = []
    /// The end of the last text skipped in recovery: a block that skipped lines of
    /// its own reaches at least this far, so what it lost is inside its range.
    var skippedUpTo = 0
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
                report(.tabInIndentation, at: SourceRange(start: index, end: index + 1))
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
            report(.textAfterValue, at: SourceRange(start: index, end: end))
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
        let start = position
        var end = lineEnd(from: position)
        position = lineStart(after: end)
        while let line = nextContentLine(), line.indent > column {
            end = lineEnd(from: line.start)
            position = lineStart(after: end)
        }
        markSkipped(SourceRange(start: start, end: end))
    }

    /// The rest of the line from `offset` is skipped (a refused value).
    mutating func skipRestOfLine(from offset: Int) {
        let end = lineEnd(from: offset)
        markSkipped(SourceRange(start: offset, end: end))
        position = lineStart(after: end)
    }

    /// Everything from the current line on is skipped (after a second document).
    mutating func skipRest() {
        markSkipped(SourceRange(start: position, end: bytes.count))
        position = bytes.count
    }

    mutating func markSkipped(_ range: SourceRange) {
        damage.append(range)
        skippedUpTo = max(skippedUpTo, range.end)
    }

    // MARK: - Diagnostics

    /// Reports a problem; the text it is about counts as damaged (see `Document.damage`).
    mutating func report(_ problem: SyntaxProblem, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(problem, at: range, notes: notes))
        damage.append(range)
    }

    mutating func reportTab(at offset: Int) {
        report(.tabOutsideQuotes, at: SourceRange(start: offset, end: offset + 1))
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
            markSkipped(SourceRange(start: 0, end: bytes.count))
            return (nil, [], [])
        }
        var line = nextContentLine()
        while let directive = line, bytes[directive.contentStart] == .percent {
            report(.directive, at: SourceRange(start: directive.contentStart, end: lineEnd(from: directive.contentStart)))
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
            report(.unexpectedContent, at: SourceRange(start: extra.contentStart, end: lineEnd(from: extra.contentStart)))
            position = extra.start
            skipLine(andDeeperThan: extra.indent)
        }
        return (root, [], takePendingComments())
    }

    /// Refuses the document that a `---` line starts after the first one, and
    /// everything after it.
    mutating func reportSecondDocument(at marker: ContentLine) {
        report(.secondDocument(afterEndMarker: false), at: SourceRange(start: marker.contentStart, end: marker.contentStart + 3))
        skipRest()
    }

    /// Reads the `...` line that ends the document: only comments and blank lines
    /// may follow it; any content after it would be a second document.
    mutating func finishEndMarker(_ marker: ContentLine) {
        position = marker.contentStart + 3
        if let comment = finishMarkerLine(from: position, marker: "...") { pendingComments.append(comment) }
        guard let next = nextContentLine() else { return }
        report(.secondDocument(afterEndMarker: true), at: SourceRange(start: next.contentStart, end: lineEnd(from: next.contentStart)))
        skipRest()
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
            report(.contentOnMarkerLine(marker: marker), at: SourceRange(start: index, end: end))
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
}
