/// One stored property of a model type, read and written by its byte offset.
///
/// A key path applied at run time walks its components and looks up generic
/// metadata on every use: a third of an export's instructions went there. A stored
/// property of a struct sits at a fixed offset, so the fields read and write it
/// directly.
///
/// Only the offset is kept, and the initializer is always inlined: a literal key
/// path handed straight to `MemoryLayout.offset(of:)` is folded into a constant by
/// the optimizer, so no key path object is ever made. Instantiating the 89 key
/// paths of the schema (each a generic class's metadata) was more than half of
/// what `bmc check` did on a small canvas.
struct StoredProperty<Item, Value>: Sendable {
    private let offset: Int

    @inline(__always)
    init(_ path: Property<Item, Value>) {
        guard let offset = MemoryLayout<Item>.offset(of: path) else {
            preconditionFailure("a schema field must be a stored property of \(Item.self)")
        }
        self.offset = offset
    }

    /// The property of the item at `item`. It takes a pointer because the fields of
    /// one item are read in turn from the same place: a value parameter would be
    /// copied (with a retain of every reference in the item) for each field.
    func get(_ item: UnsafePointer<Item>) -> Value {
        // The memory at the offset is bound to `Value`: it is that property.
        UnsafeRawPointer(item).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
    }

    func set(_ item: inout Item, _ value: Value) {
        withUnsafeMutableBytes(of: &item) { bytes in
            (bytes.baseAddress! + offset).assumingMemoryBound(to: Value.self).pointee = value
        }
    }
}
