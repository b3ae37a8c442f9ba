/// Literal (`|`) and folded (`>`) block scalars, with their chomping and
/// indentation indicators.
extension Reader {
    /// Reads a literal (`|`) or folded (`>`) block scalar with its header and content
    /// lines, folding exactly as PyYAML and libyaml do.
    mutating func readBlockScalar(ownerColumn: Int) -> (ReadNode, Comment?) {
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
                report(.blockScalarHeader(Character(text(index, index + 1))), at: SourceRange(start: index, end: index + 1))
                skipRestOfLine(from: start)
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
                report(.blankLineMoreIndented, at: SourceRange(start: line, end: line + spaces))
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
