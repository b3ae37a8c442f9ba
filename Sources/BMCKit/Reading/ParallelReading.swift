import Dispatch

/// A large canvas is read in two halves on two cores. Its root is a block mapping
/// whose keys stand at column 0, and a line with a plain key at column 0 ends
/// whatever came before it, so the entries from such a line on can be read apart
/// from those above it and the two trees joined. A canvas is mostly a few long
/// blocks, so the half may also start inside one: at an item of the block
/// sequence of the root entry around the middle (a dash at that sequence's
/// column ends the item above it just as surely). Then the second reader starts
/// with the rest of that sequence, and the join puts its items after the first
/// half's.
///
/// The two halves must give exactly the tree one reader would, so anything out of
/// the ordinary sends the file back to the one reader: a diagnostic in either half
/// (errors are reported as one reader reports them), a comment just above the
/// split (its owner depends on what is above), a key in both halves, or anything
/// after the root. Valid canvases, the large ones above all, are the ordinary case.
extension Reader {
    /// Files below this size are read in one go: two threads cost more than they save.
    static let sizeReadInParts = 1 << 20

    /// The document and diagnostics, read in two parts, or `nil` when the file is
    /// not one that can be (see above). Tests lower `minimumSize`, and move the
    /// search for the split from the middle to any offset.
    static func readInParts(_ source: SourceFile, minimumSize: Int = sizeReadInParts,
                            splitSearchStart: Int? = nil) -> (Document, [Diagnostic])? {
        guard ProcessorCount.online > 1, source.bytes.count >= max(minimumSize, 1),
              let split = source.bytes.withUnsafeBufferPointer({ bytes in
                  splitSearchStart.map { split(in: bytes, searchingFrom: $0) } ?? split(nearMiddleOf: bytes)
              })
        else { return nil }
        let firstPart = ResultSlots<FirstPart?>(count: 1)
        let secondPart = ResultSlots<SecondPart?>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            source.bytes.withUnsafeBufferPointer { buffer in
                if part == 0 {
                    firstPart[0] = readFirstPart(source, upTo: split.offset, buffer: buffer)
                } else {
                    secondPart[0] = readSecondPart(source, from: split, buffer: buffer)
                }
            }
        }
        guard case let first?? = firstPart.take(0), case let second?? = secondPart.take(0) else { return nil }
        return join(first, second)
    }

    /// `readInParts` for the fuzz target, which holds it to one reader's tree: the
    /// document read in two parts at any size, with the split searched for from
    /// `splitSearchStart` (or near the middle), or `nil` where it falls back.
    @_spi(Fuzzing) public static func documentReadInParts(_ source: SourceFile, splitSearchStart: Int? = nil) -> Document? {
        readInParts(source, minimumSize: 0, splitSearchStart: splitSearchStart)?.0
    }

    /// Where the second half starts: a line with a root key, or with an item of the
    /// block sequence of the root entry above it, whose dashes stand at
    /// `sequenceColumn`.
    struct Split {
        var offset: Int
        var sequenceColumn: Int?
    }

    /// The root mapping of the document up to the split, and the tree it is in.
    private struct FirstPart {
        var tree: TreeBuilder
        var root: NodeRecord
        var leadingComments: [Comment]
        /// Whether blank lines came after the last entry: the first entry of the
        /// second half has a blank line before it if so (a block scalar may have
        /// taken them as its own, which only this reader knows).
        var endsWithBlankLine: Bool
    }

    /// The root's entries from the split on: the rest of a sequence when the split
    /// is inside one, then a mapping of the root entries after it (its children
    /// and end comments), the tree they are in, and the comments after them.
    private struct SecondPart {
        var tree: TreeBuilder
        var sequence: ReadNode?
        var mapping: ReadNode?
        var trailingComments: [Comment]
    }

    /// The split nearest the middle, before or after it: the halves take as long
    /// as their bytes, and the whole read as long as the longer half.
    static func split(nearMiddleOf bytes: UnsafeBufferPointer<UInt8>) -> Split? {
        let middle = bytes.count / 2
        var lineStart = lineStart(of: middle, in: bytes)
        var sequenceColumn = sequenceColumn(ofEntryAround: lineStart, in: bytes)
        let splitAfter = split(in: bytes, fromLineAt: self.lineStart(atOrAfter: middle, in: bytes),
                               sequenceColumn: sequenceColumn)
        let farthest = splitAfter.map { $0.offset - middle } ?? middle
        // Back from the middle, no farther than the split found after it. Items
        // count only while still in the middle's root entry.
        while lineStart > 0 && middle - lineStart < farthest {
            if let found = candidate(at: lineStart, sequenceColumn: sequenceColumn, in: bytes) { return found }
            if isRootEntryStart(lineStart, in: bytes) { sequenceColumn = nil }
            lineStart = self.lineStart(of: lineStart - 1, in: bytes)
        }
        return splitAfter
    }

    /// The first split at or past `start`.
    private static func split(in bytes: UnsafeBufferPointer<UInt8>, searchingFrom start: Int) -> Split? {
        let offset = lineStart(atOrAfter: start, in: bytes)
        return split(in: bytes, fromLineAt: offset, sequenceColumn: sequenceColumn(ofEntryAround: offset, in: bytes))
    }

    /// The start of the line that holds `offset` (of the last line, past the end).
    private static func lineStart(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        (lastLineFeed(before: min(offset, bytes.count), in: bytes) ?? -1) + 1
    }

    /// `offset` if a line starts there, else the start of the next line.
    private static func lineStart(atOrAfter offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = offset
        while offset > 0 && offset < bytes.count && bytes[offset - 1] != .lineFeed { offset += 1 }
        return offset
    }

    /// The first split from the line at `start` on, in the root entry whose
    /// sequence column is `sequenceColumn` and in those after it.
    private static func split(in bytes: UnsafeBufferPointer<UInt8>, fromLineAt start: Int, sequenceColumn: Int?) -> Split? {
        var offset = start
        var sequenceColumn = sequenceColumn
        while offset < bytes.count {
            if isRootEntryStart(offset, in: bytes) {
                if let found = candidate(at: offset, sequenceColumn: nil, in: bytes) { return found }
                sequenceColumn = self.sequenceColumn(ofEntryAt: offset, in: bytes)
            } else if let found = candidate(at: offset, sequenceColumn: sequenceColumn, in: bytes) {
                return found
            }
            while offset < bytes.count && bytes[offset] != .lineFeed { offset += 1 }
            offset += 1
        }
        return nil
    }

    /// A split at the line starting at `offset`, if it can be one: a root key, or
    /// an item of the sequence whose dashes stand at `sequenceColumn`; either with
    /// content just above it, not a comment.
    private static func candidate(at offset: Int, sequenceColumn: Int?, in bytes: UnsafeBufferPointer<UInt8>) -> Split? {
        if isPlainKeyStart(bytes[offset]) {
            return hasContentJustAbove(offset, in: bytes) ? Split(offset: offset, sequenceColumn: nil) : nil
        }
        // The content above must be indented: at column 0 it is the sequence's key,
        // and a split at its first item would leave the first half an empty value,
        // not a sequence to go on.
        guard let column = sequenceColumn, isItem(at: offset, column: column, in: bytes),
              let above = contentJustAbove(offset, in: bytes), isContent(bytes[above]),
              above > 0 && bytes[above - 1] != .lineFeed
        else { return nil }
        return Split(offset: offset, sequenceColumn: column)
    }

    /// Whether the line at `offset` is a dash at `column`, followed by a space or
    /// the line end.
    private static func isItem(at offset: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let dash = offset + column
        guard dash + 1 < bytes.count, bytes[dash] == .dash, isSpaceOrEnd(dash + 1, in: bytes) else { return false }
        return (offset..<dash).allSatisfy { bytes[$0] == .space }
    }

    /// Content at column 0 (a root key, or anything else that ends a root entry).
    private static func isRootEntryStart(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        offset < bytes.count && !bytes[offset].isLineEnd && bytes[offset] != .space && bytes[offset] != .hash
    }

    /// The column of the dashes of the root entry that `offset` is in, if its value
    /// is a block sequence indented under its key: found from the line with
    /// content at column 0 nearest above.
    private static func sequenceColumn(ofEntryAround offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // The entry's key may be megabytes above (a block is most of a canvas), so
        // line feeds are looked for eight bytes at a time.
        var lineStart = lineStart(of: offset, in: bytes)
        while !isRootEntryStart(lineStart, in: bytes) {
            guard lineStart > 0 else { return nil }
            lineStart = self.lineStart(of: lineStart - 1, in: bytes)
        }
        return sequenceColumn(ofEntryAt: lineStart, in: bytes)
    }

    /// The offset of the last line feed before `end`, if there is one.
    static func lastLineFeed(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var end = end
        let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while end >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + end - 8).loadUnaligned(as: UInt64.self))
            let difference = word ^ lineFeeds
            // The high bit of each byte that is a line feed, exactly (no carries
            // between bytes); the last in memory is the most significant.
            let isLineFeed = ~(((difference & low7) &+ low7) | difference | low7)
            if isLineFeed != 0 { return end - 8 + (63 - isLineFeed.leadingZeroBitCount) / 8 }
            end -= 8
        }
        while end > 0 {
            end -= 1
            if bytes[end] == .lineFeed { return end }
        }
        return nil
    }

    /// For a root entry at `offset` whose line ends after `key:` (or a comment),
    /// the column of the dash on the next line with content, if it is one.
    private static func sequenceColumn(ofEntryAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isPlainKeyStart(bytes[offset]) else { return nil }
        var index = offset
        while index < bytes.count && !bytes[index].isLineEnd && !(bytes[index] == .colon && isSpaceOrEnd(index + 1, in: bytes)) {
            index += 1
        }
        guard index < bytes.count, bytes[index] == .colon else { return nil }
        index += 1
        while index < bytes.count && bytes[index] == .space { index += 1 }
        guard index >= bytes.count || bytes[index].isLineEnd || bytes[index] == .hash else { return nil }
        // The next line with content.
        while index < bytes.count {
            while index < bytes.count && bytes[index] != .lineFeed { index += 1 }
            index += 1
            let lineStart = index
            while index < bytes.count && bytes[index] == .space { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index].isLineEnd || bytes[index] == .hash { continue }
            let column = index - lineStart
            return column > 0 && isItem(at: lineStart, column: column, in: bytes) ? column : nil
        }
        return nil
    }

    private static func isSpaceOrEnd(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        offset >= bytes.count || bytes[offset] == .space || bytes[offset].isLineEnd
    }

    /// A letter or digit: the start of a plain key, never of a comment, a marker
    /// (`---`, `...`), a directive, a quoted key or a sequence item.
    private static func isPlainKeyStart(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit
    }

    /// Whether the nearest line above `offset` that is not blank holds content
    /// (not a comment, whose owner depends on what is above it).
    private static func hasContentJustAbove(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        contentJustAbove(offset, in: bytes).map { isContent(bytes[$0]) } ?? false
    }

    /// The first byte of the nearest line above `offset` that is not blank.
    private static func contentJustAbove(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var end = offset - 1  // the line feed ending the line above
        while end > 0 {
            var start = end
            while start > 0 && bytes[start - 1] != .lineFeed { start -= 1 }
            var index = start
            while index < end && (bytes[index] == .space || bytes[index] == .carriageReturn) { index += 1 }
            if index < end { return index }
            end = start - 1
        }
        return nil
    }

    /// A line's first byte that makes it content: not a comment, nor a tab.
    private static func isContent(_ byte: UInt8) -> Bool {
        byte != .hash && byte != .tab
    }

    /// Reads the document up to the split: its root must be a mapping, with no
    /// diagnostic and nothing after it.
    private static func readFirstPart(_ source: SourceFile, upTo end: Int, buffer: UnsafeBufferPointer<UInt8>)
        -> FirstPart? {
        var reader = Reader(bytes: UnsafeBufferPointer(rebasing: buffer[..<end]), tree: TreeBuilder(bytes: source.bytes, partLength: end))
        let (root, leading, trailing) = reader.readDocument()
        guard let root, reader.diagnostics.isEmpty, trailing.isEmpty,
              reader.storage.record(root).shape == .mapping, reader.storage.trivia[root] == nil
        else { return nil }
        return FirstPart(tree: reader.storage, root: reader.storage.record(root), leadingComments: leading,
                         endsWithBlankLine: reader.pendingBlankLine)
    }

    /// Reads the root's entries from the split to the end, as the root mapping's
    /// reader would have gone on.
    private static func readSecondPart(_ source: SourceFile, from split: Split, buffer: UnsafeBufferPointer<UInt8>)
        -> SecondPart? {
        guard InputValidation.firstProblem(in: buffer, from: split.offset) == nil else { return nil }
        var reader = Reader(bytes: buffer, tree: .numberedFrom(split.offset, bytes: source.bytes))
        reader.position = split.offset
        var sequence: ReadNode?
        if let column = split.sequenceColumn {
            // The rest of a root entry's sequence, at depth 2 as `readBlockNode`
            // reads it under the root; then the root's entries go on as its
            // mapping would go on (anything else there is an error: one reader).
            reader.position = split.offset + column  // at the dash
            sequence = reader.readSequence(column: column, depth: 2, isIndentless: false)
            guard let line = reader.nextContentLine() else {
                guard reader.diagnostics.isEmpty, reader.takePendingComments().isEmpty else { return nil }
                return SecondPart(tree: reader.storage, sequence: sequence, mapping: nil, trailingComments: [])
            }
            guard line.indent == 0, !reader.isDocumentMarker(line, .dash), !reader.isDocumentMarker(line, .period),
                  !reader.isSequenceIndicator(at: line.contentStart)
            else { return nil }
            reader.position = line.contentStart
        }
        // The root mapping is read at depth 1, as `readBlockNode` reads it.
        let mapping = reader.readMapping(column: 0, depth: 1)
        guard reader.nextContentLine() == nil, reader.diagnostics.isEmpty else { return nil }
        return SecondPart(tree: reader.storage, sequence: sequence, mapping: mapping,
                          trailingComments: reader.takePendingComments())
    }

    /// One tree from the two, each keeping its arrays: the second half's nodes are
    /// numbered from the split on, past any number of the first's. The root's
    /// entries from both halves are copied to one run at the end of the second
    /// half's nodes (a container's children are contiguous), then the root. A
    /// sequence split in two becomes the first half's last entry with the items
    /// of both halves, copied to a run of their own first.
    /// The second half is consumed: its nodes grow in place, uncopied.
    private static func join(_ firstPart: FirstPart, _ secondPart: consuming SecondPart) -> (Document, [Diagnostic])? {
        let (first, root, trailingComments) = (firstPart.tree, firstPart.root, secondPart.trailingComments)
        let (sequence, mapping) = (secondPart.sequence, secondPart.mapping)
        var second = (consume secondPart).tree
        let firstEntries = root.first..<(root.first + root.count)
        let secondEntries = mapping.map { $0.record.first..<($0.record.first + $0.record.count) } ?? 0..<0
        let keys = Set(firstEntries.map { first.keyBytes(of: first.record($0)) })
        guard !secondEntries.contains(where: { keys.contains(second.keyBytes(of: second.record($0))) }) else {
            return nil  // a key in both halves: one reader reports the duplicate
        }
        // The first half's root is not kept (it is rebuilt below), so its own
        // numbers end where the second half's start at the latest.
        guard first.nextNode - 1 <= second.nodeBase, first.nextUnescaped <= second.unescapedBase else { return nil }

        var trivia = first.trivia
        trivia.merge(second.trivia) { _, secondHalf in secondHalf }
        /// The first node after the split gets the blank line above it from the
        /// first half's reader (a block scalar may have taken it as its own).
        func markBlankLineBefore(_ record: inout NodeRecord) {
            if firstPart.endsWithBlankLine { record.flags.insert(.blankLineBefore) } else { record.flags.remove(.blankLineBefore) }
        }
        var splitSequence: (record: NodeRecord, trivia: Trivia?)?
        if let sequence {
            guard let last = firstEntries.last else { return nil }
            let head = first.record(last)
            // The first half must end in the block sequence the second half goes on.
            guard head.shape == .sequence, !head.flags.contains(.isFlow),
                  first.column(of: Int(head.start)) == first.column(of: Int(sequence.record.start))
            else { return nil }
            let itemsStart = second.nextNode
            for node in head.first..<(head.first + head.count) {
                if let itemTrivia = first.trivia[node] { trivia[second.nextNode] = itemTrivia }
                second.place(first.record(node))
            }
            let tailItems = sequence.record.first..<(sequence.record.first + sequence.record.count)
            for node in tailItems {
                if let itemTrivia = second.trivia[node] { trivia[second.nextNode] = itemTrivia }
                var item = second.record(node)
                if node == tailItems.lowerBound { markBlankLineBefore(&item) }
                second.place(item)
            }
            var joined = head
            joined.first = itemsStart
            joined.count = head.count + sequence.record.count
            joined.end = sequence.record.end
            // The entry's comments are the first half's; the block's end comments the second's.
            var sequenceTrivia = head.flags.contains(.hasTrivia) ? first.trivia[last] : nil
            if sequence.triviaSlot >= 0 {
                sequenceTrivia = sequenceTrivia ?? Trivia()
                sequenceTrivia?.endComments = second.triviaSlots[Int(sequence.triviaSlot)].endComments
                joined.flags.insert(.hasTrivia)
            }
            splitSequence = (joined, sequenceTrivia)
        }
        let entriesStart = second.nextNode
        for node in firstEntries {
            if let splitSequence, node == firstEntries.upperBound - 1 {
                if let sequenceTrivia = splitSequence.trivia { trivia[second.nextNode] = sequenceTrivia }
                second.place(splitSequence.record)
                continue
            }
            if let entryTrivia = first.trivia[node] { trivia[second.nextNode] = entryTrivia }
            second.place(first.record(node))
        }
        for node in secondEntries {
            if let entryTrivia = second.trivia[node] { trivia[second.nextNode] = entryTrivia }
            var entry = second.record(node)
            if node == secondEntries.lowerBound && sequence == nil { markBlankLineBefore(&entry) }
            second.place(entry)
        }
        var joinedRoot = root
        joinedRoot.first = entriesStart
        joinedRoot.count = root.count + Int32(secondEntries.count)
        if let end = mapping?.record.end ?? sequence?.record.end { joinedRoot.end = end }
        let rootIndex = second.nextNode
        if let mapping, mapping.triviaSlot >= 0 {
            joinedRoot.flags.insert(.hasTrivia)
            trivia[rootIndex] = second.triviaSlots[Int(mapping.triviaSlot)]
        }
        second.place(joinedRoot)
        let storage = DocumentStorage(first, tail: second, trivia: trivia)
        let document = Document(storage: storage, rootIndex: rootIndex,
                                leadingComments: firstPart.leadingComments, trailingComments: trailingComments)
        return (document, [])
    }
}

private extension TreeBuilder {
    func keyBytes(of record: NodeRecord) -> ArraySlice<UInt8> {
        bytes[Int(record.keyStart)..<Int(record.keyEnd)]
    }

    /// The column of a byte: how far it is from the start of its line.
    func column(of offset: Int) -> Int {
        var lineStart = offset
        while lineStart > 0 && bytes[lineStart - 1] != .lineFeed { lineStart -= 1 }
        return offset - lineStart
    }
}
