/// Values that start on a key's or dash's line: plain, quoted and block scalars, and
/// one-line flow sequences.
extension Reader {
    /// Reads the value at `position` and the rest of its line. `ownerColumn` is the
    /// column of the key or dash it belongs to: any later line indented deeper than
    /// it would continue the value, which the subset refuses. `depth` is the
    /// nesting level the value would have, counted as a block's would be: a flow
    /// sequence is a level of nesting too.
    mutating func readInlineValue(ownerColumn: Int, depth: Int) -> (ReadNode, Comment?) {
        let start = position
        let first = bytes[start]
        let node: ReadNode?
        switch first {
        case .openBracket where depth > Reader.maximumDepth:
            report(.tooDeep(maximum: Reader.maximumDepth), at: SourceRange(start: start, end: start + 1))
            node = nil
        case .openBracket:
            node = readFlowSequence()
        case .pipe, .greaterThan:
            return readBlockScalar(ownerColumn: ownerColumn)
        case .quote, .apostrophe:
            node = readQuotedScalar()
        case .openBrace:
            reportFlowMapping(at: start)
            node = nil
        case .ampersand, .asterisk, .exclamation:
            reportNodeProperty(at: start)
            node = nil
        case .dash where isBlankOrEnd(start + 1):
            report(.sequenceOnKeyLine, at: SourceRange(start: start, end: start + 1))
            node = nil
        case .questionMark where isBlankOrEnd(start + 1):
            report(.complexKey, at: SourceRange(start: start, end: start + 1))
            node = nil
        case .colon where isBlankOrEnd(start + 1):
            report(.valueStartsWithColon, at: SourceRange(start: start, end: start + 1))
            node = nil
        case .percent, .at, .backtick, .comma, .closeBracket, .closeBrace:
            report(.plainValueStartsWith(Character(Unicode.Scalar(first))), at: SourceRange(start: start, end: start + 1))
            node = nil
        default:
            node = readPlainScalar()
        }
        var comment: Comment?
        if let node {
            comment = finishLine(from: node.range.end)
        } else {
            // The refused value was reported; its line is skipped.
            skipRestOfLine(from: start)
        }
        if let line = nextContentLine(), line.indent > ownerColumn {
            let range = SourceRange(start: line.contentStart, end: lineEnd(from: line.contentStart))
            if node == nil {
                // The refused value was reported; its continuation lines are part
                // of the same problem.
            } else if let node, node.record.style == .plain {
                report(.plainTextOverNextLine, at: range)
            } else {
                report(.indentedMoreThanItsKey, at: range)
            }
            position = line.start
            skipLine(andDeeperThan: ownerColumn)
        }
        return (node ?? emptyNode(at: start), comment)
    }

    // MARK: Plain scalars

    /// A plain scalar runs to the end of the line or to a ` #` comment; a `: ` in it
    /// would start a nested mapping on the same line, which YAML refuses.
    private mutating func readPlainScalar() -> ReadNode? {
        let start = position
        var index = start
        var end = start
        while index < bytes.count && !bytes[index].isLineEnd {
            let current = bytes[index]
            if current == .hash && (bytes[index - 1] == .space || bytes[index - 1] == .tab) { break }
            if current == .colon && isBlankOrEnd(index + 1) {
                report(.colonInPlainValue, at: SourceRange(start: index, end: index + 1))
                return nil
            }
            if current == .tab {
                // A tab is allowed only inside quotes; trailing tabs are still tabs.
                reportTab(at: index)
                return nil
            }
            if current != .space { end = index + 1 }
            index += 1
        }
        return ReadNode(record: .scalar(SourceRange(start: start, end: end), style: .plain))
    }

    // MARK: Quoted scalars

    /// Reads a single- or double-quoted scalar that must close on its line; returns
    /// `nil` after reporting a problem. A value without escapes is read from the
    /// source when needed; only one with escapes is stored unescaped.
    mutating func readQuotedScalar() -> ReadNode? {
        let start = position
        guard let close = closingQuote(from: start) else {
            report(.unclosedQuote, at: SourceRange(start: start, end: lineEnd(from: start)))
            return nil
        }
        let range = SourceRange(start: start, end: close + 1)
        position = close + 1
        let isSingle = bytes[start] == .apostrophe
        var node = ReadNode(record: .scalar(range, style: isSingle ? .singleQuoted : .doubleQuoted))
        let inside = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<close])
        guard inside.contains(isSingle ? .apostrophe : .backslash) else { return node }
        let valueStart = storage.unescaped.count
        if isSingle {
            var index = start + 1
            while index < close {
                storage.unescaped.append(bytes[index])
                index += bytes[index] == .apostrophe ? 2 : 1
            }
        } else if !unescapeDoubleQuoted(from: start + 1, to: close) {
            storage.unescaped.removeSubrange(valueStart...)
            return nil
        }
        node.record.first = Int32(valueStart)
        node.record.count = Int32(storage.unescaped.count - valueStart)
        return node
    }

    /// Applies the escapes the contract accepts: `\\ \" \n \t \r \0 \xXX \uXXXX
    /// \UXXXXXXXX`, appending the value to `storage.unescaped`. Reports the first
    /// bad escape and returns `false`.
    private mutating func unescapeDoubleQuoted(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            let current = bytes[index]
            guard current == .backslash else {
                storage.unescaped.append(current)
                index += 1
                continue
            }
            let escape = index + 1 < end ? bytes[index + 1] : 0
            var digits = 0
            switch escape {
            case .backslash, .quote: storage.unescaped.append(escape)
            case UInt8(ascii: "n"): storage.unescaped.append(.lineFeed)
            case UInt8(ascii: "t"): storage.unescaped.append(.tab)
            case UInt8(ascii: "r"): storage.unescaped.append(.carriageReturn)
            case UInt8(ascii: "0"): storage.unescaped.append(0)
            case UInt8(ascii: "x"): digits = 2
            case UInt8(ascii: "u"): digits = 4
            case UInt8(ascii: "U"): digits = 8
            default:
                let escapeEnd = index + 1 < end ? index + 2 : index + 1
                report(.unknownEscape(text(index, escapeEnd)), at: SourceRange(start: index, end: escapeEnd))
                return false
            }
            if digits == 0 {
                index += 2
                continue
            }
            let digitsStart = index + 2
            var codePoint: UInt32 = 0
            var valid = digitsStart + digits <= end
            if valid {
                for offset in digitsStart..<digitsStart + digits {
                    guard let digit = hexValue(bytes[offset]) else { valid = false; break }
                    codePoint = codePoint << 4 | digit
                }
            }
            guard valid, let scalar = Unicode.Scalar(codePoint) else {
                let escapeEnd = min(end, digitsStart + digits)
                report(.invalidEscape(text(index, escapeEnd)), at: SourceRange(start: index, end: escapeEnd))
                return false
            }
            storage.unescaped.append(contentsOf: UTF8.encode(scalar)!)
            index = digitsStart + digits
        }
        return true
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
