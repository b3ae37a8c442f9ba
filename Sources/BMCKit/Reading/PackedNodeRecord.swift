/// A `NodeRecord` as `DocumentStorage` keeps it: 20 bytes rather than 28.
///
/// Most of a large file's memory beyond its bytes is its node records, one per
/// node, so the record's size is most of what `bmc check` needs per byte. The
/// four numbers every node has stay as they are; the key, the kind and the block
/// scalar header share one word. A key is stored as its length and the gap from
/// its end to the value's start, both small in any file a person writes
/// (`name: x` has a gap of 2). A key that does not fit (longer than 255 bytes, or
/// with more than 511 bytes of comments or blank lines before its value) is kept
/// in `farKeys` of the storage, by node number.
struct PackedNodeRecord: Sendable {
    var start: Int32
    var end: Int32
    var first: Int32
    var count: Int32
    /// From the low bits up: shape (2), style (3), flags (3), block scalar header
    /// (6), whether the key is far (1), key length (8), gap from key to value (9).
    private var layout: UInt32

    private static let headerShift: UInt32 = 8
    private static let farKeyBit: UInt32 = 1 << 14
    private static let keyLengthShift: UInt32 = 15
    private static let keyGapShift: UInt32 = 23
    private static let maximumKeyLength: Int32 = 0xFF
    private static let maximumKeyGap: Int32 = 0x1FF

    /// Packs a record; `isKeyFar` says its key must be kept in `farKeys`.
    init(_ record: NodeRecord) {
        // The bits each part has: a new flag, style or header bit needs a wider layout.
        assert(record.shape.rawValue < 4 && record.style.rawValue < 8 && record.flags.rawValue < 8 && record.header < 64)
        start = record.start
        end = record.end
        first = record.first
        count = record.count
        layout = UInt32(record.shape.rawValue) | UInt32(record.style.rawValue) << 2
            | UInt32(record.flags.rawValue) << 5 | UInt32(record.header) << Self.headerShift
        let keyLength = record.keyEnd - record.keyStart
        let keyGap = record.start - record.keyEnd
        if keyLength <= Self.maximumKeyLength && keyGap >= 0 && keyGap <= Self.maximumKeyGap {
            layout |= UInt32(keyLength) << Self.keyLengthShift | UInt32(keyGap) << Self.keyGapShift
        } else {
            layout |= Self.farKeyBit
        }
    }

    var isKeyFar: Bool { layout & Self.farKeyBit != 0 }

    /// The record, with its key from `farKey` when `isKeyFar`.
    @inline(__always)
    func unpacked(farKey: FarKey?) -> NodeRecord {
        // The bits were written from the raw values of these enums, which are
        // their cases' indexes: no check needed on the way back.
        var record = NodeRecord(start: start, end: end, shape: unsafeBitCast(UInt8(layout & 3), to: NodeRecord.Shape.self))
        record.first = first
        record.count = count
        record.style = unsafeBitCast(UInt8(layout >> 2 & 7), to: NodeRecord.Style.self)
        record.flags = NodeRecord.Flags(rawValue: UInt8(layout >> 5 & 7))
        record.header = UInt8(layout >> Self.headerShift & 0x3F)
        if let farKey {
            record.keyStart = farKey.start
            record.keyEnd = farKey.end
        } else {
            record.keyEnd = start - Int32(layout >> Self.keyGapShift)
            record.keyStart = record.keyEnd - Int32(layout >> Self.keyLengthShift & UInt32(Self.maximumKeyLength))
        }
        return record
    }

    /// The key range of a record whose key does not fit in its layout.
    struct FarKey: Sendable {
        var start: Int32
        var end: Int32
    }
}
