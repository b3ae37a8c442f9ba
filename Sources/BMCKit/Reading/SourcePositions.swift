/// How an editor counts the characters of a line: the Language Server Protocol's
/// position encodings. Diagnostics count Unicode scalars (`utf32`); LSP speaks
/// UTF-16 unless the client offers UTF-8.
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"
}

/// A 0-based line and a 0-based character on it, counted in some encoding: an
/// LSP `Position`.
public struct LinePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public var description: String { "\(line):\(character)" }
}

/// Conversions between byte offsets and the positions people and editors use.
/// Each conversion walks one line at most: the line is found in the table of
/// line starts.
extension SourceFile {
    /// The 1-based line and column (in Unicode scalars) of a byte offset, as
    /// diagnostics show it. An offset inside a character counts as its start.
    public func location(of offset: Int) -> SourceLocation {
        let position = position(of: offset, in: .utf32)
        return SourceLocation(line: position.line + 1, column: position.character + 1)
    }

    /// The location of `offset`, counting on from `known`, a location computed for
    /// an earlier offset on the same line, when there is one: diagnostics are
    /// shown in the order of the file, and a long line with many problems is then
    /// walked once rather than once per problem.
    public func location(of offset: Int, after known: (offset: Int, location: SourceLocation)?) -> SourceLocation {
        // An offset inside a character counts as the character's start.
        var clamped = max(0, min(offset, bytes.count))
        while clamped > 0 && clamped < bytes.count && isContinuation(bytes[clamped]) { clamped -= 1 }
        guard let known, known.offset <= clamped, known.offset == 0 || known.offset == bytes.count
                || !isContinuation(bytes[known.offset]), line(of: known.offset) == line(of: clamped) else {
            return location(of: clamped)
        }
        var column = known.location.column
        for index in known.offset..<clamped where !isContinuation(bytes[index]) { column += 1 }
        return SourceLocation(line: known.location.line, column: column)
    }

    /// The byte offset of a 1-based line and column; a column past the end of its
    /// line gives the end of the line's text, a line past the last the end of the file.
    public func offset(of location: SourceLocation) -> Int {
        offset(of: LinePosition(line: location.line - 1, character: location.column - 1), in: .utf32)
    }

    /// The 0-based line and character of a byte offset in `encoding`.
    public func position(of offset: Int, in encoding: PositionEncoding) -> LinePosition {
        let clamped = max(0, min(offset, bytes.count))
        let line = line(of: clamped)
        let text = textRange(ofLine: line)
        var character = 0
        var index = text.lowerBound
        while index < min(clamped, text.upperBound) {
            let length = scalarLength(at: index)
            // An offset inside a character counts as the character's start.
            guard index + length <= clamped else { break }
            character += width(ofScalarAt: index, length: length, in: encoding)
            index += length
        }
        return LinePosition(line: line, character: character)
    }

    /// The byte offset of a 0-based line and character in `encoding`. As LSP asks,
    /// a character past the end of the line gives the end of its text, and one in
    /// the middle of a character (half of a UTF-16 surrogate pair, a byte inside a
    /// UTF-8 sequence) gives that character's start; a line past the last gives
    /// the end of the file.
    public func offset(of position: LinePosition, in encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let text = textRange(ofLine: position.line)
        var remaining = max(0, position.character)
        var index = text.lowerBound
        while index < text.upperBound && remaining > 0 {
            let length = scalarLength(at: index)
            let width = width(ofScalarAt: index, length: length, in: encoding)
            guard width <= remaining else { break }
            remaining -= width
            index += length
        }
        return index
    }

    /// The range of `range` in `encoding`, as LSP writes a `Range`.
    public func positions(of range: SourceRange, in encoding: PositionEncoding) -> (start: LinePosition, end: LinePosition) {
        (position(of: range.start, in: encoding), position(of: range.end, in: encoding))
    }

    private func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The length in bytes of the UTF-8 sequence starting at `index` (1 for a
    /// byte that starts none, so invalid input still moves on).
    private func scalarLength(at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var end = index + 1
        while end < min(index + length, bytes.count) && isContinuation(bytes[end]) { end += 1 }
        return end - index
    }

    private func width(ofScalarAt index: Int, length: Int, in encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return length
        case .utf16: return length == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}
