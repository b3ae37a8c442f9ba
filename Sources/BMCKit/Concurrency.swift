#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// How many cores work can be spread over.
enum ProcessorCount {
    static let online = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
}

/// The threads that work is shared out to. libdispatch starts its first worker
/// thread only when work is first handed to it, and a new thread may wait 1 to
/// 4 ms before it first runs while the thread that made it keeps its core busy
/// (measured on the benchmark machine, with a bare `pthread_create` too): the
/// second half of a 1.5 MB canvas began reading 1 to 2 ms after the first, of
/// the 5 ms each half takes.
public enum WorkerThreads {
    /// Starts the worker threads now, when a file of `byteCount` bytes is about
    /// to be read: one large enough to be read and typed on several cores. The
    /// caller goes on reading it meanwhile. A smaller file is worked through on
    /// the caller's thread alone and starts none.
    public static func prepare(forFileOf byteCount: Int) {
        guard ProcessorCount.online > 1, byteCount >= Reader.sizeReadInParts else { return }
        DispatchQueue.global().async {}
    }
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

    /// Moves a value out, emptying its slot, so that the caller may hold the only
    /// reference to its storage (and grow it without a copy).
    func take(_ index: Int) -> Value? {
        let value = slots[index]
        slots[index] = nil
        return value
    }
}

/// How a long list (a block of a large canvas) is shared out between the cores:
/// in consecutive parts, a few per core, each worked on apart and the results
/// kept in order. Decoding, JSON writing and formatting all share lists out this
/// way.
enum ListParts {
    /// The fewest items a part may have: handing work to another core costs more
    /// than a shorter part takes.
    static let minimumSize = 128

    /// Parts per core. A core takes the next part when it is done with one, so
    /// with several each, a core that starts late or runs slow (a virtual
    /// machine's cores do both, by milliseconds) takes fewer of them, where with
    /// one part each the others would wait for it.
    static let partsPerCore = 4

    /// The parts `0..<count` is shared out in: up to `partsPerCore` per core, of
    /// at least `minimumSize` items each, their sizes at most one apart; `nil` for
    /// a list worked through in one go.
    static func parts(of count: Int) -> [Range<Int>]? {
        let partCount = partCount(count)
        guard partCount > 1 else { return nil }
        return (0..<partCount).map { part in (part * count / partCount)..<((part + 1) * count / partCount) }
    }

    /// The most parts a list is shared out in.
    static let maximumCount = ProcessorCount.online * partsPerCore

    private static func partCount(_ count: Int) -> Int {
        min(maximumCount, count / minimumSize)
    }

    /// `body` applied to each part of `0..<count` and its number, side by side,
    /// the results in the order of the parts; `nil` when the list is too short to
    /// share out, so the caller works through it itself.
    static func inParallel<Result>(_ count: Int, _ body: @Sendable (_ part: Range<Int>, _ number: Int) -> Result) -> [Result]? {
        guard let parts = parts(of: count) else { return nil }
        let results = ResultSlots<Result>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            results[part] = body(parts[part], part)
        }
        return results.values
    }
}

/// Large values freed on another core. Tearing down the tree and the typed model
/// of a 15 MB canvas (a release for every string and list in it) takes longer
/// than a tenth of checking it; a command that is done with them need not wait.
public enum Teardown {
    /// Values from a source smaller than this are freed where they are: handing
    /// them to another thread costs more than freeing them.
    static let worthwhileSourceSize = 1 << 20

    /// Lets go of `value`, which holds what was made from `source`: for a large
    /// source it is freed on another thread once the caller has let go of it too
    /// (a process that exits first never frees it, which is the point); for a
    /// small one, here.
    public static func release<Value: Sendable>(_ value: consuming Value, madeFrom source: SourceFile) {
        guard source.bytes.count >= worthwhileSourceSize else { return }
        let box = TeardownBox(value)
        DispatchQueue.global(qos: .utility).async { box.free() }
    }
}

/// Holds a value until `free()` drops it, so the last release happens on the
/// thread that calls `free()`, whatever the caller's copy is doing.
private final class TeardownBox<Value: Sendable>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    // Called once, by the one thread the box was handed to.
    func free() { value = nil }
}
