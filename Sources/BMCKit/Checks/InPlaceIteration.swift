extension Array {
    /// Calls `body` with each element where it is stored. A `for` loop hands out a
    /// copy of each element, and a copy of an item retains every string and list
    /// in it; with two cores checking one canvas those reference counts are
    /// shared, and the cores contend for them. The checks walk the canvas this way.
    func forEachInPlace(_ body: (Element) throws -> Void) rethrows {
        try withUnsafeBufferPointer { elements in
            for index in elements.indices { try body(elements[index]) }
        }
    }
}
