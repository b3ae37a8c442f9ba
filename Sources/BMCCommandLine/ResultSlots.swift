/// Slots that concurrent workers fill, one each, read once all are done: how
/// `check` shares many files out over the cores.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = Lock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every value, once every slot is filled.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
