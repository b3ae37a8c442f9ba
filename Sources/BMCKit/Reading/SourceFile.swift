import Synchronization

/// The bytes of one canvas file and what is needed to point into them.
///
/// Positions inside the toolkit are UTF-8 byte offsets (cheap to carry and compare);
/// lines and columns are computed only when a position is shown, from the table of
/// line starts made with the file (see `SourcePositions.swift` for the conversions).
public struct SourceFile: Sendable {
    /// The name shown in diagnostics: the path as the user gave it, or `<stdin>`.
    public let name: String
    /// The file's bytes exactly as read.
    public let bytes: [UInt8]
    /// Where each line starts, made when a position is first asked for: a file
    /// that checks clean never needs it.
    private let lines: LineTable

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        self.lines = LineTable(bytes)
    }

    /// The byte offset at which each line starts (32 bits, as in `SourceRange`). A
    /// line ends at LF; a CR before the LF belongs to the line end, not its text.
    var lineStarts: [Int32] { lines.starts }

    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The name as printed on a terminal: control characters escaped (see
    /// `TerminalSafeText`), so a file name cannot forge a line of output.
    public var shownName: String { TerminalSafeText.escaped(name) }

    /// The number of lines (a file ending in a line break has an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The 0-based number of the line holding `offset` (clamped to the file).
    public func line(of offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        // The last line start at or before the offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(lineStarts[middle]) <= clamped { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The byte range of a 0-based line's text, without its line end.
    public func textRange(ofLine line: Int) -> Range<Int> {
        guard line >= 0 && line < lineStarts.count else { return bytes.count..<bytes.count }
        let start = Int(lineStarts[line])
        let endsWithLineFeed = line + 1 < lineStarts.count
        var end = endsWithLineFeed ? Int(lineStarts[line + 1]) - 1 : bytes.count
        // A CR belongs to the line end only as the first half of CR LF.
        if endsWithLineFeed && end > start && bytes[end - 1] == .carriageReturn { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of a 1-based line, without its line end; invalid UTF-8 is shown as U+FFFD.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[textRange(ofLine: line - 1)], as: UTF8.self)
    }
}

/// The line starts of a file, found on first use, once, whichever thread asks.
private final class LineTable: Sendable {
    private let bytes: [UInt8]
    private let found = Mutex<[Int32]?>(nil)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var starts: [Int32] {
        found.withLock { found in
            if let found { return found }
            var starts: [Int32] = [0]
            for (offset, byte) in bytes.enumerated() where byte == .lineFeed {
                starts.append(Int32(truncatingIfNeeded: offset + 1))
            }
            found = starts
            return starts
        }
    }
}

/// A 1-based line and column, the column counted in Unicode scalars: the
/// `file:line:column` of diagnostics.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A half-open range of byte offsets in a `SourceFile`. Stored as 32-bit offsets,
/// since trees hold one per node: files are limited to 2 GiB.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    private var storedStart: Int32
    private var storedEnd: Int32

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(truncatingIfNeeded: newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(truncatingIfNeeded: newValue) }
    }

    public init(start: Int, end: Int) {
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: max(start, end))
    }

    /// An empty range at one offset, for problems that sit between characters.
    public static func point(_ offset: Int) -> SourceRange {
        SourceRange(start: offset, end: offset)
    }

    public var isEmpty: Bool { start == end }

    /// Whether `offset` is inside the range, or at its end.
    public func touches(_ offset: Int) -> Bool { start <= offset && offset <= end }

    /// Whether the two ranges share a byte, or one is a point inside the other.
    public func overlaps(_ other: SourceRange) -> Bool {
        start < other.end && other.start < end || touches(other.start) && other.isEmpty
            || other.touches(start) && isEmpty
    }

    public var description: String { "\(start)..<\(end)" }
}
