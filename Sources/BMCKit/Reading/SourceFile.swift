/// The bytes of one canvas file and what is needed to point into them.
///
/// Positions inside the toolkit are UTF-8 byte offsets (cheap to carry and compare);
/// line and column are computed only when a position is shown, from a table of line
/// starts built on first use.
public final class SourceFile: @unchecked Sendable {
    /// The name shown in diagnostics: the path as the user gave it, or `<stdin>`.
    public let name: String
    /// The file's bytes exactly as read.
    public let bytes: [UInt8]

    // Built lazily: most files that check clean never need it. Guarded by `lock`,
    // since a `SourceFile` may be shared by checks running on several threads.
    private var cachedLineStarts: [Int]?
    /// The last offset `location(of:)` answered for, and its answer: diagnostics
    /// are shown in the order of the file, so the next column is counted on from
    /// there, and a long line with many problems is walked once, not once each.
    private var lastLocation: (offset: Int, location: SourceLocation)?
    private let lock = Lock()

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public convenience init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The name as printed on a terminal: control characters escaped (see
    /// `TerminalSafeText`), so a file name cannot forge a line of output.
    public var shownName: String { TerminalSafeText.escaped(name) }

    /// Byte offsets at which each line starts. A line ends at LF; a CR before the LF
    /// belongs to the line end, not the line's text.
    var lineStarts: [Int] {
        lock.withLock {
            if let cached = cachedLineStarts { return cached }
            var starts = [0]
            bytes.withUnsafeBufferPointer { buffer in
                for (offset, byte) in buffer.enumerated() where byte == UInt8(ascii: "\n") {
                    starts.append(offset + 1)
                }
            }
            cachedLineStarts = starts
            return starts
        }
    }

    /// The 1-based line and column of a byte offset; the column counts Unicode
    /// scalars (UTF-8 lead bytes), as the contract asks.
    public func location(of offset: Int) -> SourceLocation {
        let starts = lineStarts
        let clamped = max(0, min(offset, bytes.count))
        if let (lastOffset, last) = lock.withLock({ lastLocation }), lastOffset <= clamped,
           last.line == starts.count || starts[last.line] > clamped {
            var column = last.column
            for index in lastOffset..<clamped where bytes[index] & 0xC0 != 0x80 { column += 1 }
            let location = SourceLocation(line: last.line, column: column)
            lock.withLock { lastLocation = (clamped, location) }
            return location
        }
        // The last line start at or before the offset.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let lineStart = starts[low]
        var column = 1
        var index = lineStart
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        let location = SourceLocation(line: low + 1, column: column)
        lock.withLock { lastLocation = (clamped, location) }
        return location
    }

    /// The text of a 1-based line, without its line end; invalid UTF-8 is shown as U+FFFD.
    public func lineText(_ line: Int) -> String {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return "" }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}

/// A 1-based line and column, the column counted in Unicode scalars.
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
public struct SourceRange: Hashable, Sendable {
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
}
