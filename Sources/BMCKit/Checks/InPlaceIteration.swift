extension Array {
    /// Calls `body` with each element borrowed where it is stored, where a `for`
    /// loop hands out a copy of each. A copy of an item retains every string and
    /// list in it, and with two cores checking one canvas those reference counts
    /// are shared and contended. (The optimizer may still copy an element that the
    /// body passes on whole, into a generic function say; profiles show some such
    /// copies left in the checks.)
    func forEachInPlace(_ body: (borrowing Element) throws -> Void) rethrows {
        try withUnsafeBufferPointer { elements in
            for index in elements.indices { try body(elements[index]) }
        }
    }
}
