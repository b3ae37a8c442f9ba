/// How the elements of two versions of a list of items correspond: matched by id,
/// then, among those left over, an old and a new element equal in everything but
/// their id are one element renamed; then, among those still left over, an old and
/// a new element whose ids are derived from their names and that are equal in
/// everything but id and name (section 10.3: a typo fixed in a name). Elements without an id (points and remedies
/// written as plain text, or without `id`) are not matched here: they are compared
/// as values of the list.
struct ElementMatching {
    /// One element present in both versions.
    struct Pair {
        var oldIndex: Int
        var newIndex: Int
        var oldID: String
        var newID: String
        var isRenamed: Bool { oldID != newID }
    }

    /// Every element present in both versions, in new order.
    private(set) var pairs: [Pair] = []
    /// Indices of new elements with an id that no old element matches, in new order.
    private(set) var added: [Int] = []
    /// Indices of old elements with an id that no new element matches, in old order.
    private(set) var removed: [Int] = []

    /// Matches the elements of `old` and `new`. `renameKey` gives a text that an old
    /// and a new element share exactly when they are equal but for their id, so
    /// finding renames takes one dictionary, not a comparison of every pair;
    /// `nameChangeKey` one they share when equal but for id and name, `nil` for an
    /// element whose id is not the one its name derives.
    init(old: [JSONValue], new: [JSONValue], renameKey: (_ element: JSONValue, _ isOld: Bool) -> String,
         nameChangeKey: (_ element: JSONValue, _ isOld: Bool) -> String? = { _, _ in nil }) {
        var oldIndexByID: [String: Int] = [:]
        for (index, element) in old.enumerated() {
            if let id = element.elementID { oldIndexByID[id] = index }
        }
        var matchedOld = Set<Int>()
        var unmatchedNew: [Int] = []
        var pairs: [Pair] = []
        for (index, element) in new.enumerated() {
            guard let id = element.elementID else { continue }
            if let oldIndex = oldIndexByID[id] {
                pairs.append(Pair(oldIndex: oldIndex, newIndex: index, oldID: id, newID: id))
                matchedOld.insert(oldIndex)
            } else {
                unmatchedNew.append(index)
            }
        }
        var unmatchedOld: [Int] = []
        for (index, element) in old.enumerated() where element.elementID != nil && !matchedOld.contains(index) {
            unmatchedOld.append(index)
        }
        // Renames, then name changes that carried a derived id with them: the old
        // elements left over, grouped by what they are apart from their id (and
        // name), each taken by the first new element left over that shares it.
        var renamedOld = Set<Int>()
        var leftNew = unmatchedNew
        func pairUp(by key: (JSONValue, Bool) -> String?) {
            var groups: [String: [Int]] = [:]
            for index in unmatchedOld where !renamedOld.contains(index) {
                if let text = key(old[index], true) { groups[text, default: []].append(index) }
            }
            leftNew = leftNew.filter { index in
                guard let text = key(new[index], false), var group = groups[text], !group.isEmpty else { return true }
                let oldIndex = group.removeFirst()
                groups[text] = group
                renamedOld.insert(oldIndex)
                pairs.append(Pair(oldIndex: oldIndex, newIndex: index, oldID: old[oldIndex].elementID!,
                                  newID: new[index].elementID!))
                return false
            }
        }
        pairUp(by: renameKey)
        pairUp(by: nameChangeKey)
        added = leftNew
        removed = unmatchedOld.filter { !renamedOld.contains($0) }
        self.pairs = pairs.sorted { $0.newIndex < $1.newIndex }
    }

    /// The pairs whose place changed against the others: all but a longest run that
    /// kept its relative order, so inserting or removing an item moves nothing else.
    /// Of several longest runs, the one keeping the most items at their position
    /// number: reversing `a b c` moves `c` and `a`, not `b`.
    var moved: [Pair] {
        let kept = ElementMatching.longestKeptRun(pairs.map(\.oldIndex),
                                                  inPlace: pairs.map { $0.oldIndex == $0.newIndex })
        return pairs.indices.filter { !kept.contains($0) }.map { pairs[$0] }
    }

    /// The positions of a longest strictly increasing subsequence of `values` (old
    /// indices, each at most once, in new order); among the longest, the one with
    /// the most positions `inPlace`, then the one ending on the smallest value (so
    /// of two swapped neighbours, the one reported as moved is the one that went
    /// up). O(n log n): a Fenwick tree over the values keeps the best run ending
    /// below each value.
    static func longestKeptRun(_ values: [Int], inPlace: [Bool]) -> Set<Int> {
        struct Run {
            var length = 0
            var inPlace = 0
            /// The position of the run's last element, -1 for the empty run.
            var last = -1
        }
        func isBetter(_ run: Run, than other: Run) -> Bool {
            if run.length != other.length { return run.length > other.length }
            if run.inPlace != other.inPlace { return run.inPlace > other.inPlace }
            guard other.last >= 0 else { return run.last >= 0 }
            return run.last >= 0 && values[run.last] < values[other.last]
        }
        let size = (values.max() ?? -1) + 1
        var tree = [Run](repeating: Run(), count: size + 1)
        func best(below value: Int) -> Run {
            var result = Run()
            var index = value
            while index > 0 {
                if isBetter(tree[index], than: result) { result = tree[index] }
                index -= index & -index
            }
            return result
        }
        var previous = [Int](repeating: -1, count: values.count)
        for (position, value) in values.enumerated() {
            let before = best(below: value)
            previous[position] = before.last
            let run = Run(length: before.length + 1, inPlace: before.inPlace + (inPlace[position] ? 1 : 0),
                          last: position)
            var index = value + 1
            while index <= size {
                if isBetter(run, than: tree[index]) { tree[index] = run }
                index += index & -index
            }
        }
        var kept = Set<Int>()
        var position = best(below: size).last
        while position >= 0 {
            kept.insert(position)
            position = previous[position]
        }
        return kept
    }
}
