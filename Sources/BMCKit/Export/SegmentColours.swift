/// The colour of each customer segment on the poster, and which segments each
/// item serves. The hues are Okabe and Ito's palette, which readers with every
/// common colour-vision deficiency tell apart; a note is filled with a light tint,
/// so black text stays readable, and carries the segment's number on the full hue,
/// so the segments stay apart printed in grey.
struct SegmentColours {
    /// A segment's number (1 for the first in the file), strong hue and tint.
    struct Swatch: Equatable {
        let number: Int
        let hue: String
        let tint: String
        /// Black or white, whichever reads on the hue.
        let ink: String
    }

    static let neutral = Swatch(number: 0, hue: "#BBBBBB", tint: "#FFFFFF", ink: "#000000")
    private static let palette: [(hue: String, tint: String, ink: String)] = [
        ("#0072B2", "#D6E8F4", "#FFFFFF"), ("#E69F00", "#FCEFD2", "#000000"), ("#009E73", "#D2EFE6", "#FFFFFF"),
        ("#CC79A7", "#F6E6EF", "#000000"), ("#56B4E9", "#E0F1FB", "#000000"), ("#D55E00", "#F8E0CF", "#FFFFFF"),
        ("#F0E442", "#FCFADB", "#000000"), ("#000000", "#EDEDED", "#FFFFFF"),
    ]

    /// The swatch of each segment, by id, in file order.
    let swatches: [(id: String, name: String, swatch: Swatch)]
    /// The segments each item serves, by item id, in the order of the segments.
    private let served: [String: [String]]

    init(_ canvas: Canvas) {
        swatches = canvas.customerSegments.enumerated().map { index, segment in
            let colour = Self.palette[index % Self.palette.count]
            return (segment.id, segment.name, Swatch(number: index + 1, hue: colour.hue, tint: colour.tint, ink: colour.ink))
        }
        var references = ReferenceCollection()
        CanvasWalker.walk(canvas, with: &references)
        let order = Dictionary(uniqueKeysWithValues: canvas.customerSegments.enumerated().map { ($1.id, $0) })
        var served: [String: [String]] = [:]
        // An item serves the segments it names; one that names none serves those
        // of the items it names (a resource through its value propositions, a
        // partnership through what it provides, a cost through its drivers).
        // References run to earlier blocks only (see `Block`), so this ends.
        func segments(of id: String, depth: Int) -> [String] {
            if let known = served[id] { return known }
            if order[id] != nil { served[id] = [id]; return [id] }
            guard depth < 16, let named = references.named[id] else { return [] }
            let direct = named.filter { order[$0] != nil }
            let found = direct.isEmpty ? named.flatMap { segments(of: $0, depth: depth + 1) } : direct
            let sorted = Array(Set(found)).sorted { order[$0]! < order[$1]! }
            served[id] = sorted
            return sorted
        }
        for block in Block.allCases {
            for item in block.items(of: canvas) { _ = segments(of: item.id, depth: 0) }
        }
        self.served = served
    }

    /// The swatches of the segments an item serves; none for an item serving none.
    func swatches(of itemID: String) -> [Swatch] {
        let ids = served[itemID] ?? []
        return ids.compactMap { id in swatches.first { $0.id == id }?.swatch }
    }
}

/// The ids each block item names, through any of its reference fields (not those
/// of the remedies and products inside it).
private struct ReferenceCollection: CanvasVisitor {
    var named: [String: [String]] = [:]

    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement) {
        guard element.isBlockItem else { return }
        named[element.itemID, default: []].append(reference.id)
    }
}
