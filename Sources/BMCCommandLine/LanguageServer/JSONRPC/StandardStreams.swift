#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The server's two byte streams: messages read from one file descriptor on a
/// thread of their own, answers written to another from the server's thread.
enum StandardStreams {
    /// Reads `descriptor` until its end on a background thread, putting each
    /// message (or the error it deserves) into `queue`, then `.endOfInput`.
    static func startReading(_ descriptor: Int32, into queue: IncomingQueue) {
        DispatchQueue(label: "bmc.lsp.input").async {
            var reader = MessageReader()
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                reader.append(chunk[..<count])
                while let item = reader.next() { queue.put(incoming(item)) }
            }
            queue.put(.endOfInput)
        }
    }

    /// The item a piece of input is.
    static func incoming(_ item: MessageReader.Item) -> Incoming {
        switch item {
        case .badHeader(let reason):
            return .unreadable(JSONRPCMessageFailure(id: .null, error: JSONRPCError(.parseError, reason)))
        case .body(let body):
            switch JSONRPCMessage.parse(body) {
            case .success(let message): return .message(message)
            case .failure(let failure): return .unreadable(failure)
            }
        }
    }

    /// Writes all of `bytes` to `descriptor`; `false` once the client has gone.
    @discardableResult
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }
}

/// `write(2)`, named apart from `StandardStreams.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
