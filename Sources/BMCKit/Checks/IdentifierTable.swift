/// A hash table from ids to small numbers, for the id index: open addressing
/// over one array of `Int32`, and a hash of the id's UTF-8 bytes taken eight at a
/// time. A `Dictionary<String, …>` hashes every id with SipHash and keeps its
/// values beside the keys; on a canvas with 70,000 ids that was most of the time
/// the index took, on the one core that builds it before any rule can start.
///
/// The seed is chosen per process, so a file cannot be written to make every id
/// collide.
struct IdentifierTable: Sendable {
    /// The number stored for each id, in the order they were added.
    private(set) var keys: [String] = []
    /// `keys` positions, or -1 for an empty slot; a power of two long, never more
    /// than half full.
    private var slots: [Int32]
    private let seed: UInt64

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        keys.reserveCapacity(expectedCount)
        seed = UInt64.random(in: 1...UInt64.max)
    }

    var count: Int { keys.count }

    /// The number of `id`, if it was added.
    func number(of id: String) -> Int32? {
        let number = slots[slot(for: id)]
        return number < 0 ? nil : number
    }

    /// Adds `id` with the next number, or returns the number it already has.
    mutating func insert(_ id: String) -> (number: Int32, inserted: Bool) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let place = slot(for: id)
        if slots[place] >= 0 { return (slots[place], false) }
        let number = Int32(keys.count)
        slots[place] = number
        keys.append(id)
        return (number, true)
    }

    /// The slot that holds `id`, or the empty slot where it would go. With
    /// `knownNew` (rehashing keys, which all differ) no key is compared.
    private func slot(for id: String, knownNew: Bool = false) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash(id)) & mask
        while slots[slot] >= 0 && (knownNew || keys[Int(slots[slot])] != id) { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (number, key) in keys.enumerated() { slots[slot(for: key, knownNew: true)] = Int32(number) }
    }

    /// A multiply-and-fold hash of the id's bytes, eight at a time.
    private func hash(_ id: String) -> UInt64 {
        // Native and small strings, which are all a decoder makes, are contiguous.
        id.utf8.withContiguousStorageIfAvailable(hash) ?? Array(id.utf8).withUnsafeBufferPointer(hash)
    }

    private func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash ^ UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
            hash = mix(hash ^ tail)
        }
        return mix(hash)
    }

    private func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return product.high ^ product.low
    }
}
