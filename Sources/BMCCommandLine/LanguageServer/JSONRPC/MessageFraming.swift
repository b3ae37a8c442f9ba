/// The base protocol of LSP: each message is a header block (`Content-Length: N`,
/// optionally `Content-Type`, each line ending in CR LF, the block in an empty
/// line) followed by N bytes of JSON.
///
/// `MessageReader` takes bytes as they come from the client, in pieces of any size,
/// and gives back whole message bodies. A header block without a usable
/// `Content-Length` cannot say where its body ends: it is reported, and reading
/// goes on at the next header block, so one bad message never ends the session.
struct MessageReader {
    /// The largest body accepted: far above any canvas (the text of a document
    /// travels in one message), and a bound on what a client can make the server hold.
    static let maximumBodyLength = 64 << 20
    /// The longest header block accepted.
    static let maximumHeaderLength = 8192

    /// What the next complete piece of input is.
    enum Item: Equatable {
        case body([UInt8])
        /// A header block that could not be used, and why; the reader has moved past it.
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    /// Where unread input starts in `buffer` (consumed bytes are dropped in bulk).
    private var start = 0
    /// The length of the body being skipped after a refused header, still to drop.
    private var skipping = 0

    /// Adds bytes read from the client.
    mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete message, or `nil` when more input is needed.
    mutating func next() -> Item? {
        defer { compact() }
        if skipping > 0 {
            let dropped = min(skipping, buffer.count - start)
            start += dropped
            skipping -= dropped
            if skipping > 0 { return nil }
        }
        guard let headerEnd = endOfHeaders() else {
            // Headers are a line or two: this much without their end is no header,
            // and there is no telling where the next message starts.
            guard buffer.count - start > MessageReader.maximumHeaderLength else { return nil }
            start = buffer.count
            return .badHeader("\(MessageReader.maximumHeaderLength) bytes without the empty line that ends a header")
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + 4
        guard let length = MessageReader.contentLength(in: header) else {
            start = bodyStart
            return .badHeader("a header without a valid Content-Length: \(header.debugDescription)")
        }
        guard length <= MessageReader.maximumBodyLength else {
            start = bodyStart
            skipping = length
            return .badHeader("a message of \(length) bytes, over the limit of \(MessageReader.maximumBodyLength)")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        return .body(Array(buffer[bodyStart..<bodyStart + length]))
    }

    /// The offset of the CR LF CR LF that ends the header block at `start`.
    private func endOfHeaders() -> Int? {
        var index = start
        while index + 3 < min(buffer.count, start + MessageReader.maximumHeaderLength + 4) {
            if buffer[index] == 0x0D && buffer[index + 1] == 0x0A && buffer[index + 2] == 0x0D && buffer[index + 3] == 0x0A {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The value of the one `Content-Length` field of a header block (the field
    /// name in any case, as HTTP's are), or `nil` without a valid one.
    static func contentLength(in header: String) -> Int? {
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if name == "content-length" {
                guard length == nil, !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                      value.count <= 18, let parsed = Int(value) else { return nil }
                length = parsed
            }
        }
        return length
    }

    /// Drops consumed input once it is most of the buffer, so memory stays flat
    /// over a long session.
    private mutating func compact() {
        guard start > 0, start * 2 >= buffer.count else { return }
        buffer.removeSubrange(0..<start)
        start = 0
    }
}

/// A message body with its header, as the server writes it.
func framedMessage(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
