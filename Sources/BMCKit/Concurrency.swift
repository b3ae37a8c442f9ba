#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How many cores work can be spread over.
enum ProcessorCount {
    static let online = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
}

/// Slots that concurrent workers fill, one each: a fixed buffer, so writing one
/// slot never touches the storage of another (no array copy-on-write checks).
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    // Each index is written by exactly one worker, and read only after all ended.
    subscript(index: Int) -> Value? {
        get { slots[index] }
        set { slots[index] = newValue }
    }

    var values: [Value] { slots.map { $0! } }
}
