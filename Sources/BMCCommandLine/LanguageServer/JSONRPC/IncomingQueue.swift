import Dispatch
import Synchronization

/// What the reader thread hands to the server: a message, the error answer a
/// message that could not be read deserves, or the end of the input.
enum Incoming: Equatable {
    case message(JSONRPCMessage)
    case unreadable(JSONRPCMessageFailure)
    case endOfInput
}

/// The messages read from the client and not yet handled. The reader thread puts
/// them in as they arrive; the server takes all that wait at once, so it sees a
/// burst of edits together and analyses only the last, and it can look at what
/// arrived while it was busy: a newer change makes an analysis not worth sending.
final class IncomingQueue: Sendable {
    private let waiting = Mutex<[Incoming]>([])
    private let arrivals = DispatchSemaphore(value: 0)

    func put(_ item: Incoming) {
        waiting.withLock { $0.append(item) }
        arrivals.signal()
    }

    /// Every waiting item, in order of arrival; waits for one if there is none.
    func takeAll() -> [Incoming] {
        arrivals.wait()
        let items = waiting.withLock { items in
            defer { items.removeAll(keepingCapacity: true) }
            return items
        }
        // One signal was taken for the first item; the others' signals are spent
        // now, so the next call waits for a new arrival.
        for _ in 1..<max(1, items.count) { arrivals.wait() }
        return items
    }

    /// Whether a waiting item satisfies `predicate`.
    func contains(where predicate: (Incoming) -> Bool) -> Bool {
        waiting.withLock { $0.contains(where: predicate) }
    }
}
