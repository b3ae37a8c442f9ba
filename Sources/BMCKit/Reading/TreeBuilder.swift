/// The arrays of a tree while the reader builds it, then frozen into a
/// `DocumentStorage`.
///
/// A container's children are gathered in `open` while it is read, since their
/// own children are placed first; when the container ends, its run moves to
/// `nodes` in one piece, so every container's children are contiguous.
struct TreeBuilder {
    let bytes: [UInt8]
    private(set) var nodes: [NodeRecord] = []
    var unescaped: [UInt8] = []
    var trivia: [NodeID: Trivia] = [:]
    /// Children of the containers being read, innermost last.
    var open: [NodeRecord] = []
    /// Trivia of nodes not yet placed, by slot: the reader passes nodes around by
    /// value, so they carry a slot number rather than arrays of comments.
    var triviaSlots: [Trivia] = []
    /// The trivia slots of records in `open`, by position in `open`, in increasing order.
    private var openTrivia: [(position: Int, slot: Int32)] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // Canvases hold about one node per 24 bytes. Capacity never written costs
        // address space, not memory, so reserving past the usual density spares
        // the copies of regrowing, each of which has both arrays in memory at once.
        nodes.reserveCapacity(bytes.count / 12 + 16)
    }

    /// The number the next node placed in `nodes` gets.
    var nextNode: NodeID { NodeID(nodes.count) }

    /// A new, empty trivia slot.
    mutating func newTriviaSlot() -> Int32 {
        triviaSlots.append(Trivia())
        return Int32(triviaSlots.count - 1)
    }

    /// Adds a child to the innermost open container, with its trivia slot or -1.
    mutating func addChild(_ record: NodeRecord, triviaSlot: Int32) {
        var record = record
        if triviaSlot >= 0 {
            record.flags.insert(.hasTrivia)
            openTrivia.append((open.count, triviaSlot))
        }
        open.append(record)
    }

    /// Moves the children gathered from `base` on to `nodes`, returning where
    /// their run starts and how long it is.
    mutating func closeChildren(from base: Int) -> (first: Int32, count: Int32) {
        let first = nextNode
        nodes.append(contentsOf: open[base...])
        while let last = openTrivia.last, last.position >= base {
            trivia[first + NodeID(last.position - base)] = triviaSlots[Int(last.slot)]
            openTrivia.removeLast()
        }
        open.removeSubrange(base...)
        return (first, nextNode - first)
    }

    /// Forgets the children gathered from `base` on (a refused flow sequence).
    mutating func dropChildren(from base: Int) {
        while let last = openTrivia.last, last.position >= base { openTrivia.removeLast() }
        open.removeSubrange(base...)
    }

    /// Adds the root, the one node no container holds.
    mutating func addRoot(_ record: NodeRecord, triviaSlot: Int32) -> NodeID {
        var record = record
        let index = nextNode
        if triviaSlot >= 0 {
            record.flags.insert(.hasTrivia)
            trivia[index] = triviaSlots[Int(triviaSlot)]
        }
        nodes.append(record)
        return index
    }

    /// Stores a value that differs from its source text, returning its place.
    mutating func addUnescaped(_ value: [UInt8]) -> (first: Int32, count: Int32) {
        let first = Int32(unescaped.count)
        unescaped.append(contentsOf: value)
        return (first, Int32(unescaped.count) - first)
    }
}
