/// One line of a canvas as its block structure sees it: indentation, the dashes of
/// list items, and a `key:`. Enough to follow nesting in text that may not parse.
struct SourceLine {
    let bytes: [UInt8]
    /// Where the line starts, and where it (or the part before the cursor) ends,
    /// line break excluded.
    let start: Int
    let end: Int
    /// Where the indentation ends.
    let indentEnd: Int
    /// The offsets of the list dashes at the start of the line (`- - a` has two).
    let dashes: [Int]
    /// Where the text after the dashes starts.
    let afterDashes: Int
    /// The offset of the colon ending the line's key, if it has one.
    let keyColon: Int?

    init(bytes: [UInt8], start: Int, end: Int) {
        self.bytes = bytes
        self.start = start
        var end = end
        if end > start && bytes[end - 1] == .carriageReturn { end -= 1 }
        self.end = end
        var index = start
        while index < end && bytes[index] == .space { index += 1 }
        indentEnd = index
        var dashes: [Int] = []
        while index < end && bytes[index] == .dash && (index + 1 == end || bytes[index + 1] == .space) {
            dashes.append(index)
            index += 1
            while index < end && bytes[index] == .space { index += 1 }
        }
        self.dashes = dashes
        afterDashes = index
        keyColon = SourceLine.keyColon(in: bytes, from: index, to: end)
    }

    /// The colon after a plain key: one followed by a space or the end, before any
    /// comment. A line starting with a quote, a bracket or an indicator has none.
    private static func keyColon(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        switch bytes[start] {
        case .quote, .apostrophe, .openBracket, .openBrace, .pipe, .greaterThan, .hash:
            return nil
        default: break
        }
        var index = start
        while index < end {
            if bytes[index] == .colon && (index + 1 == end || bytes[index + 1] == .space) { return index }
            if bytes[index] == .hash && bytes[index - 1] == .space { return nil }
            index += 1
        }
        return nil
    }

    var isBlank: Bool { indentEnd == end }
    var isComment: Bool { indentEnd < end && bytes[indentEnd] == .hash }
    /// Whether a comment starts somewhere on the line.
    var hasComment: Bool {
        isComment || (indentEnd..<end).contains { bytes[$0] == .hash && bytes[$0 - 1] == .space }
    }
    var indentColumn: Int { indentEnd - start }
    func column(of offset: Int) -> Int { offset - start }
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    var key: String? { keyColon.map { text(afterDashes..<$0) } }

    /// Where the value after the key's colon starts, spaces skipped.
    var valueStart: Int? {
        guard var index = keyColon.map({ $0 + 1 }) else { return nil }
        while index < end && bytes[index] == .space { index += 1 }
        return index
    }

    /// Whether the line opens a block scalar (`key: |`, `- >`), whose content
    /// lines below look like anything.
    var opensBlockScalar: Bool {
        let index = valueStart ?? afterDashes
        guard index < end, bytes[index] == .pipe || bytes[index] == .greaterThan else { return false }
        return keyColon != nil || !dashes.isEmpty
    }
}

/// The lines of a source, as `SourceLine`s.
struct SourceLines {
    let source: SourceFile

    init(_ source: SourceFile) { self.source = source }

    var count: Int { source.lineCount }

    /// Line `number`, counted from 0.
    subscript(number: Int) -> SourceLine {
        let range = source.textRange(ofLine: number)
        return SourceLine(bytes: source.bytes, start: range.lowerBound, end: range.upperBound)
    }

    /// The keys written at `column` in the mapping that holds line `number`: the
    /// lines above up to the item's first line, and below up to the next item or a
    /// line less indented.
    func keys(ofMappingAt column: Int, around number: Int, startsItem: Bool) -> Set<String> {
        var keys: Set<String> = []
        if !startsItem {
            for above in stride(from: number - 1, through: 0, by: -1) {
                let line = self[above]
                guard !line.isBlank && !line.isComment, line.indentColumn <= column else { continue }
                if line.column(of: line.afterDashes) == column, let key = line.key { keys.insert(key) }
                if line.indentColumn < column || !line.dashes.isEmpty && line.column(of: line.afterDashes) == column { break }
            }
        }
        for below in stride(from: number + 1, to: count, by: 1) {
            let line = self[below]
            guard !line.isBlank && !line.isComment, line.indentColumn <= column else { continue }
            if line.indentColumn < column { break }
            if line.dashes.isEmpty, let key = line.key { keys.insert(key) }
        }
        return keys
    }
}

/// The chain of keys and list items from the root to a line, as the lines above
/// it open and close them.
struct StructureFrames {
    enum Step: Equatable {
        case key(String)
        case item
    }

    private(set) var frames: [(column: Int, step: Step)] = []
    /// The column of the key or dash whose block scalar the lines are in.
    private var blockScalarColumn: Int?

    /// Whether `line` is the content of a block scalar opened above.
    func isInBlockScalar(_ line: SourceLine) -> Bool {
        guard let column = blockScalarColumn else { return false }
        return line.isBlank ? line.column(of: line.end) > column : line.indentColumn > column
    }

    /// Takes in the next line. The cursor's line, cut at the cursor, is taken in
    /// even when blank: its indentation alone closes the frames deeper than it.
    mutating func read(_ line: SourceLine, isCursorLine: Bool = false) {
        if isInBlockScalar(line) { return }
        guard isCursorLine || (!line.isBlank && !line.isComment) else { return }
        blockScalarColumn = nil
        let column = line.indentColumn
        let startsWithDash = !line.dashes.isEmpty
        // A dash at a key's own column is a list under that key (`key:\n- a`).
        while let last = frames.last, last.column > column || (last.column == column && !(startsWithDash && last.step != .item)) {
            frames.removeLast()
        }
        for dash in line.dashes { frames.append((line.column(of: dash), .item)) }
        if let key = line.key { frames.append((line.column(of: line.afterDashes), .key(key))) }
        if line.opensBlockScalar { blockScalarColumn = frames.last?.column }
    }

    /// The type of the value at the innermost frame: the root canvas for none.
    func type(of steps: ArraySlice<(column: Int, step: Step)>) -> ValueType? {
        var type = ValueType.item(Canvas.itemSchema)
        for frame in steps {
            switch frame.step {
            case .key(let key):
                guard let field = type.mappingSchema?.field(key) else { return nil }
                type = field.type
            case .item:
                guard case .list(let element) = type else { return nil }
                type = element
            }
        }
        return type
    }

    var innermostType: ValueType? { type(of: frames[...]) }

    /// The schema of the mapping the innermost frame's key is in.
    var schemaOfInnermostKey: ItemSchema? { type(of: frames.dropLast()).flatMap(\.mappingSchema) }

    /// For an innermost list item: the key of its list and the schema that key is in.
    var listOfInnermostItem: (key: String, schema: ItemSchema, type: ValueType)? {
        var steps = frames.dropLast()
        // Nested lists (`- - a`) belong to the nearest key.
        while steps.last?.step == .item { steps = steps.dropLast() }
        guard case .key(let key)? = steps.last?.step, let schema = type(of: steps.dropLast())?.mappingSchema,
              let field = schema.field(key) else { return nil }
        return (key, schema, field.type)
    }
}

extension ValueType {
    /// The schema of the mapping a value of this type is.
    var mappingSchema: ItemSchema? {
        switch self {
        case .item(let schema), .textOrItem(let schema): return schema
        default: return nil
        }
    }
}
