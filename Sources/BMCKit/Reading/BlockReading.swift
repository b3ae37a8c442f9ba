/// Block nodes: mappings of `key: value` lines and sequences of `- item` lines,
/// read line by line, each at the column of its first key or dash.
extension Reader {
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
        report(.tooDeep(maximum: Reader.maximumDepth), at: .point(offset))
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
                    report(.duplicateKey(key), at: keyRange,
                           notes: [.init(.firstDefinedHere(key), at: storage.open[firstIndex].keyRange)])
                } else {
                    addChild(entry)
                }
            }
            guard let line = nextContentLine(), line.indent >= column else { break }
            if line.indent > column {
                report(.indentedMoreThanKeys, at: SourceRange(start: line.contentStart, end: lineEnd(from: line.contentStart)))
                position = line.start
                skipLine(andDeeperThan: column)
                atEntry = false
                continue
            }
            if isDocumentMarker(line, .dash) || isDocumentMarker(line, .period) { break }
            position = line.contentStart
            if isSequenceIndicator(at: position) {
                report(.sequenceItemWhereKeyExpected, at: SourceRange(start: position, end: position + 1))
                skipLine(andDeeperThan: column)
                atEntry = false
                continue
            }
            atEntry = true
        }
        let end = max(endOfChildren(from: base, orElse: start), skippedUpTo > start ? skippedUpTo : start)
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
            report(.complexKey, at: SourceRange(start: start, end: start + 1))
            skipLine(andDeeperThan: column)
            return nil
        case .quote, .apostrophe:
            let close = closingQuote(from: start) ?? lineEnd(from: start) - 1
            report(.quotedKey, at: SourceRange(start: start, end: close + 1))
            skipLine(andDeeperThan: column)
            return nil
        case .ampersand, .asterisk, .exclamation, .openBracket, .openBrace, .percent, .at, .backtick,
             .pipe, .greaterThan, .comma, .closeBracket, .closeBrace:
            if first == .ampersand || first == .asterisk || first == .exclamation {
                reportNodeProperty(at: start)
            } else if first == .openBrace {
                reportFlowMapping(at: start)
            } else {
                report(.keyStartsWith(Character(Unicode.Scalar(first))), at: SourceRange(start: start, end: start + 1))
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
                report(.multilineKey, at: SourceRange(start: start, end: trimmedEnd))
            } else {
                report(.expectedKeyValue, at: SourceRange(start: start, end: trimmedEnd))
            }
            skipLine(andDeeperThan: column)
            return nil
        }
        var keyEnd = index
        while keyEnd > start && bytes[keyEnd - 1] == .space { keyEnd -= 1 }
        if keyEnd == start {
            report(.colonWithoutKey, at: SourceRange(start: start, end: start + 1))
            skipLine(andDeeperThan: column)
            return nil
        }
        if keyEnd - start > Reader.maximumKeyLength {
            report(.keyTooLong(maximum: Reader.maximumKeyLength), at: SourceRange(start: start, end: keyEnd))
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
            report(.anchor, at: range)
        case .asterisk:
            report(.alias, at: range)
        default:
            report(.tag, at: range)
        }
    }

    mutating func reportFlowMapping(at offset: Int) {
        report(.flowMapping, at: SourceRange(start: offset, end: offset + 1))
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
                report(.indentedMoreThanItems, at: SourceRange(start: line.contentStart, end: lineEnd(from: line.contentStart)))
                position = line.start
                skipLine(andDeeperThan: column)
                atItem = false
                continue
            }
            guard isSequenceIndicator(at: line.contentStart), !isDocumentMarker(line, .dash) else { break }
            position = line.contentStart
            atItem = true
        }
        let end = max(endOfChildren(from: base, orElse: start), skippedUpTo > start ? skippedUpTo : start)
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
