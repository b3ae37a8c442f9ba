/// Text built a few bytes at a time, written through a raw pointer into a small
/// staging buffer that is handed on as one piece of `ChunkedText` each time it
/// fills.
///
/// A JSON export is millions of appends of a byte or a short run (a comma, an
/// indentation, a quote, a key). `Array.append` checks that the array is uniquely
/// referenced and has room on every call, in generic code that is not inlined:
/// that was a third of the instructions of writing the text. Here an append is a
/// bounds check and a store. The staging buffer is reused, so it stays in cache;
/// each full one is copied once into the piece it becomes.
struct ByteWriter: ~Copyable, ByteSink {
    private let staging: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    /// The pieces filled so far.
    private var pieces = ChunkedText()

    /// `capacity` is the size of the staging buffer, and so of each piece.
    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        staging = .allocate(capacity: capacity)
    }

    deinit { staging.deallocate() }

    mutating func append(_ byte: UInt8) {
        if count == capacity { handOn() }
        staging[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if bytes.count > capacity - count {
            handOn()
            // Longer than a whole buffer: a piece of its own.
            if bytes.count > capacity { return pieces.append(Array(bytes)) }
        }
        (staging + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Everything written, then the pieces handed on before, in order.
    mutating func append(_ text: ChunkedText) {
        handOn()
        pieces.append(text)
    }

    /// Everything written, in order.
    consuming func finish() -> ChunkedText {
        handOn()
        return pieces
    }

    /// Moves what the staging buffer holds to a piece of its own.
    private mutating func handOn() {
        guard count > 0 else { return }
        pieces.append(Array(UnsafeBufferPointer(start: staging, count: count)))
        count = 0
    }
}

/// Where escaped text is written: a `ByteWriter`, or a plain array for the few
/// short texts written elsewhere (a diff's values).
protocol ByteSink: ~Copyable {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}

extension ByteSink where Self: ~Copyable {
    mutating func append(literal text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A string's UTF-8, as it is (no escapes).
    mutating func append(bytesOf text: String) {
        // Native and small strings, which are all a decoder makes, are contiguous.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { append($0) }
        }
    }
}
