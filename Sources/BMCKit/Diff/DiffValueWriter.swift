/// How the text and Markdown renderers of `bmc diff` write values on one line:
/// texts quoted (in plain text with JSON's escapes, so a line break or a control
/// character in a canvas can never break a line or reach the terminal), enum words,
/// ids, dates and numbers bare (in Markdown as code), an absent value as `(none)`.
struct DiffValueWriter {
    var isMarkdown: Bool
    var words = DiffWords.english

    /// `old → new`, or for a list the elements added and removed: `+"a" -"b"`.
    func detail(of change: CanvasChange) -> String {
        let type = change.valueType
        guard let edit = change.listEdit else {
            return value(change.old, type: type) + " → " + value(change.new, type: type)
        }
        var elementType: ValueType?
        if case .list(let element) = type { elementType = element }
        var parts = edit.added.map { "+" + value($0, type: elementType) }
            + edit.removed.map { "-" + value($0, type: elementType) }
        if edit.isReordered {
            guard !parts.isEmpty else {
                return words.reordered + " " + value(change.old, type: type) + " → " + value(change.new, type: type)
            }
            parts.append("(\(words.reordered))")
        }
        return parts.joined(separator: " ")
    }

    func value(_ value: JSONValue?, type: ValueType?) -> String {
        switch value {
        case nil, .null?:
            return "(none)"
        case .string(let text)?:
            return type.map(\.isWord) ?? false ? word(text) : quoted(text)
        case .number(let text)?:
            return word(text)
        case .bool(let flag)?:
            return word(flag ? "true" : "false")
        case .array(let elements)?:
            var elementType: ValueType?
            if case .list(let element)? = type { elementType = element }
            // Brackets are escaped in Markdown, where `[...]` could start a link.
            let (open, close) = isMarkdown ? ("\\[", "\\]") : ("[", "]")
            return open + elements.map { self.value($0, type: elementType) }.joined(separator: ", ") + close
        case .object?:
            // A remedy without an id but with `addresses`, as the JSON export writes it.
            let text = value!.compactText
            return isMarkdown ? MarkdownEscaping.inline(text, atLineStart: false) : text
        }
    }

    /// A word of the schema's own vocabulary: safe to show bare.
    func word(_ text: String) -> String {
        isMarkdown ? "`" + text + "`" : text
    }

    private func quoted(_ text: String) -> String {
        guard !isMarkdown else { return "\"" + MarkdownEscaping.inline(text, atLineStart: false) + "\"" }
        var output: [UInt8] = []
        JSONValue.writeString(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}

extension ValueType {
    /// Whether values of this type are words of a closed shape (ids, enum words,
    /// dates, durations, currencies, numbers), which never need quotes.
    var isWord: Bool {
        switch self {
        case .text, .item, .textOrItem, .list: return false
        case .integer, .decimal, .boolean, .date, .enumeration, .identifier, .reference, .duration, .currency, .volume:
            return true
        }
    }
}
