import BMCKit

/// Positions between the core's byte offsets and LSP's `Position` and `Range`, in
/// the position encoding agreed at `initialize`.
struct LSPPositions {
    let source: SourceFile
    let encoding: PositionEncoding

    /// A `Range`.
    func range(_ range: SourceRange) -> JSONValue {
        let (start, end) = source.positions(of: range, in: encoding)
        return .object([JSONMember("start", position(start)), JSONMember("end", position(end))])
    }

    private func position(_ position: LinePosition) -> JSONValue {
        .object([JSONMember("line", .integer(position.line)), JSONMember("character", .integer(position.character))])
    }

    /// The offset of a `Position`; `nil` if it is not one. Past the end of a line
    /// or of the file, the end (as LSP asks).
    func offset(_ position: JSONValue?) -> Int? {
        LSPPositions.linePosition(position).map { source.offset(of: $0, in: encoding) }
    }

    /// The line and character of a `Position`; `nil` if it is not one.
    static func linePosition(_ position: JSONValue?) -> LinePosition? {
        guard let line = position?["line"]?.integerValue, let character = position?["character"]?.integerValue,
              line >= 0, character >= 0 else { return nil }
        return LinePosition(line: line, character: character)
    }

    /// The offsets of a `Range`; `nil` if it is not one.
    func range(_ range: JSONValue?) -> SourceRange? {
        guard let start = offset(range?["start"]), let end = offset(range?["end"]) else { return nil }
        return SourceRange(start: min(start, end), end: max(start, end))
    }

    /// A `TextEdit`.
    func textEdit(_ edit: TextEdit) -> JSONValue {
        .object([JSONMember("range", range(edit.range)), JSONMember("newText", .string(edit.replacement))])
    }
}
