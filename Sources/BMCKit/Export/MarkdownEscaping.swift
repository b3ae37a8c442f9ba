/// Escaping of canvas text for GitHub-flavoured Markdown, so that no text from a
/// canvas can become markup: no raw HTML, no emphasis, links, autolinks, math,
/// tables, headings, lists or quotes, whatever the authors wrote.
enum MarkdownEscaping {
    /// Characters that are markup anywhere on a line. Backslash escapes are defined
    /// for every ASCII punctuation character, so escaping is always safe.
    private static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "$", "@", "!", "{", "}",
    ]

    /// One line of inline text (headings, list items, table cells): line breaks
    /// become spaces. `atLineStart` is false for text that follows other text on
    /// its line (after a label, inside a heading or a link), where `1.` or `-`
    /// cannot start a block and need no escape.
    static func inline(_ text: String, atLineStart: Bool = true) -> String {
        escapeLine(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }, atLineStart: atLineStart)
    }

    /// Text that may span lines, as paragraphs: each line escaped, blank lines kept
    /// as paragraph breaks, every line prefixed with `indent` (to stay inside a list
    /// item), leading spaces dropped so no line becomes a code block.
    static func paragraphs(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        var previousBlank = true
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = rawLine.drop { $0 == " " || $0 == "\t" }
            if trimmed.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if !previousBlank { lines.append("") }
                previousBlank = true
                continue
            }
            // A hard line break keeps the author's line breaks inside a paragraph.
            if !previousBlank, let last = lines.popLast() { lines.append(last + "\\") }
            lines.append(indent + escapeLine(Array(trimmed.unicodeScalars), atLineStart: true))
            previousBlank = false
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func escapeLine(_ scalars: [Unicode.Scalar], atLineStart: Bool) -> String {
        var output = String.UnicodeScalarView()
        var index = 0
        // Leading spaces could start a code block; trailing ones a hard break.
        while index < scalars.count && (scalars[index] == " " || scalars[index] == "\t") { index += 1 }
        var end = scalars.count
        while end > index && (scalars[end - 1] == " " || scalars[end - 1] == "\t") { end -= 1 }
        let start = index
        while index < end {
            let scalar = scalars[index]
            if scalar.value < 0x20 || scalar.value == 0x7F {
                // Control characters have no place in a document; a tab is a space.
                if scalar == "\t" { output.append(" ") }
                index += 1
                continue
            }
            if scalar.properties.isNoncharacterCodePoint {
                // Not for interchange: shown as the replacement character.
                output.append("\u{FFFD}")
                index += 1
                continue
            }
            if needsEscape(scalar, at: index, in: scalars, lineStart: atLineStart ? start : nil) {
                output.append("\\")
            }
            output.append(scalar)
            if scalar == "@" {
                // GitHub turns `name@example.com` into a mail link even when escaped;
                // an invisible word joiner after `@` is the one thing that stops it.
                output.append("\u{2060}")
            }
            index += 1
        }
        return String(output)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, at index: Int, in scalars: [Unicode.Scalar],
                                    lineStart: Int?) -> Bool {
        if alwaysEscaped.contains(scalar) { return true }
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        switch scalar {
        case "-", "+", "=":
            // List markers and setext underlines only count at the start of a line.
            return index == lineStart
        case ".", ")":
            // `1.` and `1)` start ordered lists; `www.` starts an autolink.
            var startsOrderedList = false
            if let lineStart, index > lineStart {
                startsOrderedList = scalars[lineStart..<index].allSatisfy { $0.properties.numericType != nil && $0.isASCII }
            }
            let afterWWW = index >= 3 && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www"
            return startsOrderedList || (scalar == "." && afterWWW)
        case ":":
            // `scheme://` starts an autolink.
            return next == "/"
        default:
            return false
        }
    }
}

/// Anchors of Markdown headings as GitHub computes them, so links to an item's
/// heading work on GitHub: lowercase, punctuation removed, spaces as `-`, and a
/// `-1`, `-2` suffix for repeats.
struct HeadingSlugger {
    private var counts: [String: Int] = [:]

    mutating func slug(for text: String) -> String {
        var base = ""
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if scalar == " " {
                base.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" || properties.isAlphabetic || properties.numericType != nil
                        || properties.generalCategory == .nonspacingMark {
                base.unicodeScalars.append(scalar)
            }
        }
        let seen = counts[base, default: 0]
        counts[base] = seen + 1
        return seen == 0 ? base : "\(base)-\(seen)"
    }
}
