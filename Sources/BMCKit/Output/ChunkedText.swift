/// UTF-8 text kept in the pieces it was written in. Long lists are written in
/// parts on several cores; joining the parts into one buffer would copy the whole
/// text once more, into memory touched for the first time, so writers hand the
/// pieces on as they are and the command line writes them out one after another.
public struct ChunkedText: Sendable {
    /// The pieces, in order; none is empty.
    public private(set) var chunks: [ArraySlice<UInt8>] = []

    public init() {}

    public init(_ bytes: [UInt8]) {
        append(bytes[...])
    }

    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    mutating func append(_ chunk: ArraySlice<UInt8>) {
        if !chunk.isEmpty { chunks.append(chunk) }
    }

    mutating func append(_ chunk: [UInt8]) {
        append(chunk[...])
    }

    mutating func append(_ text: ChunkedText) {
        chunks += text.chunks
    }

    /// Drops the first byte (a part's leading blank line that writing in one go
    /// would not have written).
    mutating func dropFirstByte() {
        guard !chunks.isEmpty else { return }
        chunks[0] = chunks[0].dropFirst()
        if chunks[0].isEmpty { chunks.removeFirst() }
    }

    /// The length in bytes.
    public var count: Int { chunks.reduce(0) { $0 + $1.count } }

    /// The text in one buffer.
    public var bytes: [UInt8] {
        chunks.count == 1 ? Array(chunks[0]) : Array(chunks.joined())
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the text is exactly `other`, compared piece by piece.
    public func isEqual(to other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        var offset = 0
        for chunk in chunks {
            guard other[offset..<offset + chunk.count].elementsEqual(chunk) else { return false }
            offset += chunk.count
        }
        return true
    }
}
