/// How the formatter writes scalars: plain where plain reads back the same,
/// quoted with the fewest escapes otherwise, block scalars re-indented with their
/// lines exactly as written.
extension CanonicalWriter {
    /// A scalar's text on its key's line, and for block scalars the content lines
    /// that follow, indented under the key.
    func inlineValue(_ node: Node, indent: Int, ownerIndent: Int, elementType: ValueType?) -> (String, [String]) {
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

