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
            report(.tooDeep, "nesting deeper than \(Reader.maximumDepth) levels", at: SourceRange(start: start, end: start + 1),
                   help: "a canvas never needs this depth; flatten the structure")
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
            report(.syntax, "a sequence cannot start on the same line as its key",
                   at: SourceRange(start: start, end: start + 1), help: "put each '- item' on a line of its own, under the key")
            node = nil
        case .questionMark where isBlankOrEnd(start + 1):
            report(.complexKey, "complex keys ('? ') are not supported", at: SourceRange(start: start, end: start + 1),
                   help: "write the key as 'key: value'")
            node = nil
        case .colon where isBlankOrEnd(start + 1):
            report(.syntax, "a value cannot start with ': '", at: SourceRange(start: start, end: start + 1),
                   help: "put the value in quotes")
            node = nil
        case .percent, .at, .backtick, .comma, .closeBracket, .closeBrace:
            report(.syntax, "a plain value cannot start with '\(Character(Unicode.Scalar(first)))'",
                   at: SourceRange(start: start, end: start + 1), help: "put the value in quotes")
            node = nil
        default:
            node = readPlainScalar()
        }
        var comment: Comment?
        if let node {
            comment = finishLine(from: node.range.end)
        } else {
            // The refused value was reported; its line is skipped.
            position = lineStart(after: lineEnd(from: start))
        }
        if let line = nextContentLine(), line.indent > ownerColumn {
            let range = SourceRange(start: line.contentStart, end: lineEnd(from: line.contentStart))
            if node == nil {
                // The refused value was reported; its continuation lines are part
                // of the same problem.
            } else if let node, node.record.style == .plain {
                report(.multilineScalar, "text goes on over the next line", at: range,
                       help: "use '>' to fold long text into one paragraph, or '|' to keep its line breaks")
            } else {
                report(.badIndentation, "this line is indented more than the key it follows", at: range,
                       help: "align it with the key it belongs to")
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
                report(.syntax, "unquoted ':' followed by a space inside a value",
                       at: SourceRange(start: index, end: index + 1), help: "put the whole value in quotes")
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
            report(.multilineScalar, "quoted text is not closed on its line",
                   at: SourceRange(start: start, end: lineEnd(from: start)),
                   help: "close the quote on the same line, or use '>' or '|' for long text")
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
        node.record.first = storage.unescapedBase + Int32(valueStart)
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
                report(.badEscape, "unknown escape '\(text(index, escapeEnd))' in double-quoted text",
                       at: SourceRange(start: index, end: escapeEnd),
                       help: "write '\\\\' for a backslash, or use single quotes, where '\\' has no special meaning")
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
                report(.badEscape, "invalid escape '\(text(index, escapeEnd))' in double-quoted text",
                       at: SourceRange(start: index, end: escapeEnd),
                       help: "'\\x' takes 2 hex digits, '\\u' 4 and '\\U' 8, naming a Unicode scalar")
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

    // MARK: Flow sequences

    /// Reads a one-line flow sequence of scalars: `[a, 'b c', "d"]`; returns `nil`
    /// after reporting a problem.
    private mutating func readFlowSequence() -> ReadNode? {
        let start = position
        let base = storage.open.count
        // A refused element leaves the open elements of this sequence behind.
        defer { if storage.open.count > base { storage.dropChildren(from: base) } }
        var index = start + 1
        var expectsItem = true
        while true {
            while index < bytes.count && bytes[index] == .space { index += 1 }
            if isAtLineEnd(index) || (bytes[index] == .hash && bytes[index - 1] == .space) {
                report(.multilineFlowSequence, "'[' is not closed on its line", at: SourceRange(start: start, end: start + 1),
                       help: "flow sequences must fit on one line; otherwise write one '- item' per line")
                return nil
            }
            let current = bytes[index]
            switch current {
            case .closeBracket:
                position = index + 1
                return containerNode(.sequence, start: start, end: index + 1, childrenFrom: base, isFlow: true)
            case .comma:
                if expectsItem {
                    report(.syntax, "empty element in a flow sequence", at: SourceRange(start: index, end: index + 1),
                           help: "remove the extra ','")
                    return nil
                }
                expectsItem = true
                index += 1
                continue
            case .openBracket:
                report(.nestedFlowSequence, "nested flow sequences are not supported",
                       at: SourceRange(start: index, end: index + 1), help: "a canvas list holds scalars only")
                return nil
            case .openBrace:
                reportFlowMapping(at: index)
                return nil
            case .ampersand, .asterisk, .exclamation:
                reportNodeProperty(at: index)
                return nil
            case .tab:
                reportTab(at: index)
                return nil
            default:
                break
            }
            if !expectsItem {
                report(.syntax, "missing ',' between flow sequence elements", at: .point(index),
                       help: "separate the elements with ', '")
                return nil
            }
            position = index
            let isQuoted = current == .quote || current == .apostrophe
            guard var element = isQuoted ? readQuotedScalar() : readFlowPlainScalar(at: index) else { return nil }
            element.record.keyStart = element.record.start
            element.record.keyEnd = element.record.start
            addChild(element)
            index = element.range.end
            expectsItem = false
        }
    }

    /// A plain element of a flow sequence ends at `,`, `]`, a comment or the line
    /// end; `[`, `{`, `}` and a `: ` inside it are refused.
    private mutating func readFlowPlainScalar(at start: Int) -> ReadNode? {
        let first = bytes[start]
        let startsWithIndicator: Bool
        switch first {
        // A lone `-` (`[-]`, `[a, -]`) is refused by YAML 1.2 as well.
        case .dash: startsWithIndicator = isBlankOrEnd(start + 1) || byte(at: start + 1) == .comma
            || byte(at: start + 1) == .closeBracket
        // YAML tools read `[?z]` as a mapping and refuse `[:y]`.
        case .questionMark, .colon: startsWithIndicator = true
        case .pipe, .greaterThan, .percent, .at, .backtick, .closeBrace, .hash: startsWithIndicator = true
        default: startsWithIndicator = false
        }
        if startsWithIndicator {
            report(.syntax, "a flow sequence element cannot start with '\(Character(Unicode.Scalar(first)))'",
                   at: SourceRange(start: start, end: start + 1), help: "put the element in quotes")
            return nil
        }
        var index = start
        var end = start
        scan: while index < bytes.count && !bytes[index].isLineEnd {
            let current = bytes[index]
            switch current {
            case .comma, .closeBracket:
                break scan
            case .hash where bytes[index - 1] == .space:
                break scan
            case .colon where isBlankOrEnd(index + 1) || byte(at: index + 1) == .comma || byte(at: index + 1) == .closeBracket:
                reportFlowMapping(at: start)
                return nil
            case .openBracket, .openBrace, .closeBrace:
                report(.syntax, "'\(Character(Unicode.Scalar(current)))' inside a flow sequence element",
                       at: SourceRange(start: index, end: index + 1), help: "put the element in quotes")
                return nil
            case .tab:
                reportTab(at: index)
                return nil
            case .space:
                break
            default:
                end = index + 1
            }
            index += 1
        }
        return ReadNode(record: .scalar(SourceRange(start: start, end: end), style: .plain))
    }

    // MARK: Block scalars

    /// Reads a literal (`|`) or folded (`>`) block scalar with its header and content
    /// lines, folding exactly as PyYAML and libyaml do.
    private mutating func readBlockScalar(ownerColumn: Int) -> (ReadNode, Comment?) {
        let start = position
        let isFolded = bytes[start] == .greaterThan
        var chomping: BlockScalarHeader.Chomping?
        var increment: Int?
        var index = start + 1
        while index < bytes.count, !isBlankOrEnd(index) {
            let current = bytes[index]
            if (current == .dash || current == .plus) && chomping == nil {
                chomping = current == .dash ? .strip : .keep
            } else if current >= UInt8(ascii: "1") && current <= UInt8(ascii: "9") && increment == nil {
                increment = Int(current - UInt8(ascii: "0"))
            } else {
                report(.syntax, "unexpected '\(text(index, index + 1))' in a block scalar header",
                       at: SourceRange(start: index, end: index + 1),
                       help: "a header is '|' or '>', optionally followed by '-' or '+' (and an indentation digit 1-9)")
                position = lineStart(after: lineEnd(from: start))
                return (emptyNode(at: start), nil)
            }
            index += 1
        }
        let header = BlockScalarHeader(chomping: chomping ?? .clip, indentation: increment.map { Int8($0) })
        let headerEnd = index
        let comment = finishLine(from: headerEnd)
        let minimumIndent = max(ownerColumn + 1, 1)
        var line = position
        var breaks = 0
        let indent: Int
        if let increment {
            indent = minimumIndent + increment - 1
            // Leading blank lines are line breaks of the value, as with a detected
            // indentation: a line of at most `indent` spaces. A longer run of spaces
            // is text (spaces past the indentation), read below.
            while line < bytes.count {
                let spaces = countSpaces(at: line, upTo: indent)
                guard line + spaces < bytes.count, bytes[line + spaces].isLineEnd else { break }
                breaks += 1
                line = lineStart(after: line + spaces)
            }
        } else {
            // Leading blank lines, then the first line of text, set the indentation.
            var maximumIndent = 0
            while line < bytes.count {
                let spaces = countSpaces(at: line)
                maximumIndent = max(maximumIndent, spaces)
                guard line + spaces < bytes.count, bytes[line + spaces].isLineEnd else { break }
                breaks += 1
                line = lineStart(after: line + spaces)
            }
            indent = max(minimumIndent, maximumIndent)
            let spaces = line < bytes.count ? countSpaces(at: line) : 0
            if line < bytes.count && spaces < indent && spaces >= minimumIndent
                && !bytes[line + spaces].isLineEnd && maximumIndent > spaces {
                report(.badIndentation, "a blank line at the start of this block scalar has more spaces than its first line of text",
                       at: SourceRange(start: line, end: line + spaces), help: "remove the spaces from the blank lines above")
            }
        }
        var chunks: [UInt8] = []
        var endsWithLineBreak = false
        var contentEnd = headerEnd
        var afterContent = position
        while let content = blockContent(at: line, indent: indent) {
            chunks.append(contentsOf: repeatElement(.lineFeed, count: breaks))
            breaks = 0
            let leadingNonSpace = bytes[content.start] != .space && bytes[content.start] != .tab
            chunks.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[content.start..<content.end]))
            endsWithLineBreak = content.end < bytes.count
            contentEnd = content.end
            line = lineStart(after: content.end)
            afterContent = line
            while line < bytes.count {
                let spaces = countSpaces(at: line, upTo: indent)
                guard line + spaces < bytes.count, bytes[line + spaces].isLineEnd else { break }
                breaks += 1
                line = lineStart(after: line + spaces)
            }
            guard let next = blockContent(at: line, indent: indent) else { break }
            if isFolded && endsWithLineBreak && leadingNonSpace
                && bytes[next.start] != .space && bytes[next.start] != .tab {
                if breaks == 0 { chunks.append(.space) }
            } else {
                chunks.append(.lineFeed)
            }
        }
        if header.chomping != .strip && endsWithLineBreak { chunks.append(.lineFeed) }
        if header.chomping == .keep { chunks.append(contentsOf: repeatElement(.lineFeed, count: breaks)) }
        position = afterContent
        let range = SourceRange(start: start, end: contentEnd)
        var record = NodeRecord.scalar(range, style: isFolded ? .folded : .literal)
        record.header = header.chomping.rawValue | UInt8(header.indentation ?? 0) << 2
        (record.first, record.count) = storage.addUnescaped(chunks)
        return (ReadNode(record: record), comment)
    }

    /// The text of a block scalar line after its indentation, if the line is one: at
    /// least `indent` spaces followed by anything, or more than `indent` spaces.
    private func blockContent(at line: Int, indent: Int) -> (start: Int, end: Int)? {
        guard line < bytes.count else { return nil }
        let spaces = countSpaces(at: line, upTo: indent)
        guard spaces == indent else { return nil }
        let start = line + indent
        let end = lineEnd(from: start)
        // A line with exactly `indent` spaces and nothing else is a blank line.
        guard end > start else { return nil }
        return (start, end)
    }

    private func countSpaces(at line: Int, upTo limit: Int = .max) -> Int {
        var index = line
        while index < bytes.count && bytes[index] == .space && index - line < limit { index += 1 }
        return index - line
    }
}
