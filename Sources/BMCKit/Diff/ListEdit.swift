/// What changed in a list compared as a list: the elements added and removed,
/// counted as a multiset (a text written twice and now once was removed once),
/// and whether the elements both versions keep changed their order.
public struct ListEdit: Sendable, Equatable {
    /// Elements of the new list that the old one did not have, in new order.
    public var added: [JSONValue]
    /// Elements of the old list that the new one does not have, in old order.
    public var removed: [JSONValue]
    /// Whether the elements kept are in another order.
    public var isReordered: Bool

    public init(added: [JSONValue], removed: [JSONValue], isReordered: Bool) {
        self.added = added
        self.removed = removed
        self.isReordered = isReordered
    }

    /// Compares `old` with `new`. `comparableOld` is `old` as it compares with the
    /// new canvas (references to renamed items already renamed); what is reported
    /// as removed is the element as `old` wrote it.
    init(old: [JSONValue], comparableOld: [JSONValue], new: [JSONValue]) {
        let oldKeys = comparableOld.map(\.compactText)
        let newKeys = new.map(\.compactText)
        var unmatchedNew = ListEdit.counts(newKeys)
        var removed: [JSONValue] = []
        var keptOld: [String] = []
        for (index, key) in oldKeys.enumerated() {
            if let count = unmatchedNew[key], count > 0 {
                unmatchedNew[key] = count - 1
                keptOld.append(key)
            } else {
                removed.append(old[index])
            }
        }
        var unmatchedOld = ListEdit.counts(oldKeys)
        var added: [JSONValue] = []
        var keptNew: [String] = []
        for (index, key) in newKeys.enumerated() {
            if let count = unmatchedOld[key], count > 0 {
                unmatchedOld[key] = count - 1
                keptNew.append(key)
            } else {
                added.append(new[index])
            }
        }
        self.init(added: added, removed: removed, isReordered: keptOld != keptNew)
    }

    private static func counts(_ keys: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return counts
    }
}
