import Dispatch

/// A large canvas is read in two halves on two cores. Its root is a block mapping
/// whose keys stand at column 0, and a line with a plain key at column 0 ends
/// whatever came before it, so the entries from such a line on can be read apart
/// from those above it and the two trees joined.
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
                  splitSearchStart.map { splitOffset(in: bytes, searchingFrom: $0) } ?? splitOffset(nearMiddleOf: bytes)
              })
        else { return nil }
        let firstPart = ResultSlots<FirstPart?>(count: 1)
        let secondPart = ResultSlots<SecondPart?>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            source.bytes.withUnsafeBufferPointer { buffer in
                if part == 0 {
                    firstPart[0] = readFirstPart(source, upTo: split, buffer: buffer)
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

    /// The root's entries from the split on: their mapping (its children and end
    /// comments), the tree it is in, and the comments after it.
    private struct SecondPart {
        var tree: TreeBuilder
        var mapping: ReadNode
        var trailingComments: [Comment]
    }

    /// The split nearest the middle, before or after it: the halves take as long
    /// as their bytes, and the whole read as long as the longer half.
    private static func splitOffset(nearMiddleOf bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let middle = bytes.count / 2
        let after = splitOffset(in: bytes, searchingFrom: middle)
        let farthest = after.map { $0 - middle } ?? middle
        // Back from the middle, no farther than the split found after it.
        var lineStart = middle
        while lineStart > 0 && bytes[lineStart - 1] != .lineFeed { lineStart -= 1 }
        while lineStart > 0 && middle - lineStart < farthest {
            if isPlainKeyStart(bytes[lineStart]) && hasContentJustAbove(lineStart, in: bytes) { return lineStart }
            lineStart -= 1
            while lineStart > 0 && bytes[lineStart - 1] != .lineFeed { lineStart -= 1 }
        }
        return after
    }

    /// Where the second half starts: the first line at or past `start` with a
    /// plain key at column 0 and no comment between it and the content above.
    private static func splitOffset(in bytes: UnsafeBufferPointer<UInt8>, searchingFrom start: Int) -> Int? {
        var offset = start
        while offset > 0 && offset < bytes.count && bytes[offset - 1] != .lineFeed { offset += 1 }
        while offset < bytes.count {
            if isPlainKeyStart(bytes[offset]) && hasContentJustAbove(offset, in: bytes) { return offset }
            while offset < bytes.count && bytes[offset] != .lineFeed { offset += 1 }
            offset += 1
        }
        return nil
    }

    /// A letter or digit: the start of a plain key, never of a comment, a marker
    /// (`---`, `...`), a directive, a quoted key or a sequence item.
    private static func isPlainKeyStart(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit
    }

    /// Whether the nearest line above `offset` that is not blank holds content
    /// (not a comment, whose owner depends on what is above it).
    private static func hasContentJustAbove(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = offset - 1  // the line feed ending the line above
        while end > 0 {
            var start = end
            while start > 0 && bytes[start - 1] != .lineFeed { start -= 1 }
            var index = start
            while index < end && (bytes[index] == .space || bytes[index] == .carriageReturn) { index += 1 }
            if index < end { return bytes[index] != .hash && bytes[index] != .tab }
            end = start - 1
        }
        return false
    }

    /// Reads the document up to the split: its root must be a mapping, with no
    /// diagnostic and nothing after it.
    private static func readFirstPart(_ source: SourceFile, upTo end: Int, buffer: UnsafeBufferPointer<UInt8>)
        -> FirstPart? {
        var reader = Reader(bytes: UnsafeBufferPointer(rebasing: buffer[..<end]), tree: TreeBuilder(bytes: source.bytes))
        let (root, leading, trailing) = reader.readDocument()
        guard let root, reader.diagnostics.isEmpty, trailing.isEmpty,
              reader.storage.record(root).shape == .mapping, reader.storage.trivia[root] == nil
        else { return nil }
        return FirstPart(tree: reader.storage, root: reader.storage.record(root), leadingComments: leading,
                         endsWithBlankLine: reader.pendingBlankLine)
    }

    /// Reads the root's entries from the split to the end, as the root mapping's
    /// reader would have gone on.
    private static func readSecondPart(_ source: SourceFile, from split: Int, buffer: UnsafeBufferPointer<UInt8>)
        -> SecondPart? {
        guard InputValidation.firstProblem(in: buffer, from: split) == nil else { return nil }
        var reader = Reader(bytes: buffer, tree: .numberedFrom(split, bytes: source.bytes))
        reader.position = split
        // The root mapping is read at depth 1, as `readBlockNode` reads it.
        let mapping = reader.readMapping(column: 0, depth: 1)
        guard reader.nextContentLine() == nil, reader.diagnostics.isEmpty else { return nil }
        return SecondPart(tree: reader.storage, mapping: mapping, trailingComments: reader.takePendingComments())
    }

    /// One tree from the two, each keeping its arrays: the second half's nodes are
    /// numbered from the split on, past any number of the first's. The root's
    /// entries from both halves are copied to one run at the end of the second
    /// half's nodes (a container's children are contiguous), then the root.
    /// The second half is consumed: its nodes grow in place, uncopied.
    private static func join(_ firstPart: FirstPart, _ secondPart: consuming SecondPart) -> (Document, [Diagnostic])? {
        let (first, root, mapping, trailingComments) = (firstPart.tree, firstPart.root, secondPart.mapping, secondPart.trailingComments)
        var second = (consume secondPart).tree
        let firstEntries = root.first..<(root.first + root.count)
        let secondEntries = mapping.record.first..<(mapping.record.first + mapping.record.count)
        let keys = Set(firstEntries.map { first.keyBytes(of: first.record($0)) })
        guard !secondEntries.contains(where: { keys.contains(second.keyBytes(of: second.record($0))) }) else {
            return nil  // a key in both halves: one reader reports the duplicate
        }
        // The first half's root is not kept (it is rebuilt below), so its own
        // numbers end where the second half's start at the latest.
        guard first.nextNode - 1 <= second.nodeBase, first.nextUnescaped <= second.unescapedBase else { return nil }

        var trivia = first.trivia
        trivia.merge(second.trivia) { _, secondHalf in secondHalf }
        let entriesStart = second.nextNode
        for node in firstEntries {
            if let entryTrivia = first.trivia[node] { trivia[second.nextNode] = entryTrivia }
            second.place(first.record(node))
        }
        for node in secondEntries {
            if let entryTrivia = second.trivia[node] { trivia[second.nextNode] = entryTrivia }
            var entry = second.record(node)
            if node == secondEntries.lowerBound {
                if firstPart.endsWithBlankLine { entry.flags.insert(.blankLineBefore) } else { entry.flags.remove(.blankLineBefore) }
            }
            second.place(entry)
        }
        var joinedRoot = root
        joinedRoot.first = entriesStart
        joinedRoot.count = root.count + mapping.record.count
        joinedRoot.end = mapping.record.end
        let rootIndex = second.nextNode
        if mapping.triviaSlot >= 0 {
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
}
