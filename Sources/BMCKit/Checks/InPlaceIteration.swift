extension Array {
    /// Calls `body` with each element where it is stored, where a `for` loop hands
    /// out a copy of each. A copy of an item retains every string and list in it,
    /// and with two cores checking one canvas those reference counts are shared
    /// and contended.
    ///
    /// The element comes as a `StoredElement`, not as a `borrowing` value: a body
    /// the optimizer does not inline (a rule's long one) took its borrowed element
    /// as a copy, made in the loop around every call.
    func forEachInPlace(_ body: (StoredElement<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { elements in
            guard let first = elements.baseAddress else { return }
            for index in elements.indices { try body(StoredElement(first + index)) }
        }
    }
}

/// An element read where an array stores it: each property asked of it is read
/// from the storage (the key path of a stored property folds into a plain load),
/// so the element is never copied whole. Valid only inside `forEachInPlace`.
@dynamicMemberLookup
struct StoredElement<Element> {
    private let pointer: UnsafePointer<Element>

    fileprivate init(_ pointer: UnsafePointer<Element>) { self.pointer = pointer }

    subscript<Value>(dynamicMember path: KeyPath<Element, Value>) -> Value {
        pointer.pointee[keyPath: path]
    }
}
