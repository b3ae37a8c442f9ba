import Synchronization

/// Slots that concurrent workers fill, one each, read once all are done: how
/// `check` shares many files out over the cores.
final class ResultSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    subscript(index: Int) -> Value? {
        get { slots.withLock { $0[index] } }
        set { slots.withLock { $0[index] = newValue } }
    }

    /// Every value, once every slot is filled.
    var values: [Value] { slots.withLock { $0.map { $0! } } }
}
