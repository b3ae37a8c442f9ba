/// Where a cursor stands in a canvas that is being typed, read from the lines'
/// indentation alone. Completion runs on half-written lines (`  - typ`, `segments:
/// [sho`) that do not parse, so it cannot wait for the document tree: it follows
/// the block structure the way a reader of the file does, by the columns of keys
/// and dashes above the cursor, and asks the schema what is due there.
struct TypingContext {
    /// What is being typed at the cursor.
    enum Slot: Equatable {
        /// A key of the mapping `schema` describes.
        case key
        /// The value of `key`, a word.
        case value(key: String)
        /// An element of `key`'s flow list (`[a, b, c`), after the `written` ones.
        case flowElement(key: String, written: [String])
        /// An element of a block list of words (`- sho` under `segments:`).
        case blockElement(key: String)
    }

    var slot: Slot
    /// The schema of the mapping the slot is in: the one whose key is typed, or
    /// that has the key whose value is typed.
    var schema: ItemSchema
    /// Where the text typed so far in the slot starts, and the text.
    var prefixStart: Int
    var prefix: String
    /// Whether a space must go before the completion (`type:` with the cursor
    /// right after the colon).
    var needsSpace = false
    /// The keys the mapping already has, the one being typed excepted.
    var presentKeys: Set<String> = []

    /// The context at `offset` of `source`, or `nil` where nothing can be
    /// completed: in a comment, a quoted or block text, or under a key the schema
    /// does not know.
    init?(at offset: Int, in source: SourceFile) {
        let lines = SourceLines(source)
        let cursorLine = source.line(of: offset)
        var frames = StructureFrames()
        for number in 0..<cursorLine { frames.read(lines[number]) }
        let head = SourceLine(bytes: source.bytes, start: source.textRange(ofLine: cursorLine).lowerBound, end: offset)
        guard !frames.isInBlockScalar(head), !head.hasComment else { return nil }
        frames.read(head, isCursorLine: true)

        if let key = head.key, let valueStart = head.valueStart {
            // `key: value-being-typed`, or `key: [a, b, element-being-typed`.
            guard let schema = frames.schemaOfInnermostKey else { return nil }
            let value = head.text(valueStart..<head.end)
            if value.hasPrefix("[") {
                guard !value.contains("]") else { return nil }
                let parts = value.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
                let typed = (parts.last ?? "").drop { $0 == " " }
                slot = .flowElement(key: key, written: parts.dropLast().map(\.trimmingSpaces))
                prefixStart = head.end - typed.utf8.count
                prefix = String(typed)
            } else {
                slot = .value(key: key)
                prefixStart = valueStart
                prefix = value
                needsSpace = valueStart == head.end && source.bytes[valueStart - 1] == .colon
            }
            self.schema = schema
        } else if !head.dashes.isEmpty, let list = frames.listOfInnermostItem, case .list(let element) = list.type,
                  element.isWordLike {
            // `- word-being-typed` in a block list of words.
            slot = .blockElement(key: list.key)
            schema = list.schema
            prefixStart = head.afterDashes
            prefix = head.text(head.afterDashes..<head.end)
        } else {
            guard let schema = frames.innermostType?.mappingSchema else { return nil }
            slot = .key
            self.schema = schema
            prefixStart = head.afterDashes
            prefix = head.text(head.afterDashes..<head.end)
            presentKeys = lines.keys(ofMappingAt: head.column(of: head.afterDashes), around: cursorLine,
                                     startsItem: !head.dashes.isEmpty)
        }
        guard prefix.utf8.allSatisfy({ $0.isASCIILetterOrDigit || $0 == .dash || $0 == UInt8(ascii: "_") }) else {
            return nil
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
