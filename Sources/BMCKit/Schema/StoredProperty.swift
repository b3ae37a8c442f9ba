/// One stored property of a model type, read and written by its byte offset.
///
/// A key path applied at run time walks its components and looks up generic
/// metadata on every use: a third of an export's instructions went there. A stored
/// property of a struct sits at a fixed offset, which `MemoryLayout.offset(of:)`
/// gives once, so the fields read and write it directly. A key path with no offset
/// (a computed property) is applied as usual.
struct StoredProperty<Item, Value>: Sendable {
    private let path: Property<Item, Value>
    private let offset: Int?

    init(_ path: Property<Item, Value>) {
        self.path = path
        self.offset = MemoryLayout<Item>.offset(of: path)
    }

    /// The property of the item at `item`. It takes a pointer because the fields of
    /// one item are read in turn from the same place: a value parameter would be
    /// copied (with a retain of every reference in the item) for each field.
    func get(_ item: UnsafePointer<Item>) -> Value {
        guard let offset else { return item.pointee[keyPath: path] }
        // The memory at the offset is bound to `Value`: it is that property.
        return UnsafeRawPointer(item).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
    }

    func set(_ item: inout Item, _ value: Value) {
        guard let offset else { return item[keyPath: path] = value }
        withUnsafeMutableBytes(of: &item) { bytes in
            (bytes.baseAddress! + offset).assumingMemoryBound(to: Value.self).pointee = value
        }
    }
}
