/// Every id of a canvas, in the one namespace items, personas, points and remedies
/// share (section 2.2), each with what it names and where it is written: what
/// reference resolution, the rules, the exports and an editor's navigation read.
/// Built by one walk (`CanvasWalker`); duplicates are reported. The references
/// to the ids are walked when asked for (`uses(in:)`).
public struct IdentifierIndex: Sendable {
    /// Where an id is defined and what it names.
    public struct Definition: Sendable {
        public var id: String
        public var kind: ItemKind
        /// `true` when the id is derived from the item's name.
        public var isDerived: Bool
        public var block: Block
        /// Where the id is written, or for a derived id the name it comes from.
        public var range: SourceRange
        /// The whole item, persona, point or remedy.
        public var elementRange: SourceRange
    }

    /// A reference: an id written in a reference field.
    public struct Use: Sendable {
        public var id: String
        public var range: SourceRange
        /// The field's key (`segments`, `addresses`) and the kinds it accepts.
        public var field: String
        public var kinds: [ItemKind]
        /// The kind and id of the item, persona or remedy holding the field.
        public var ownerKind: ItemKind
        public var ownerID: String?
        public var block: Block
    }

    /// Every definition, in the order of the walk; an id defined twice (a
    /// `duplicate-id` error) is here twice, and `self[id]` answers the first.
    public private(set) var definitions: [Definition] = []
    /// `duplicate-id` errors.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The position in `definitions` of the first definition of each id, sorted by
    /// id: a lookup is a binary search, and the table takes four bytes an id.
    private var sorted: [Int32] = []

    /// The index of `canvas`. With the `document` it was read from, a duplicate
    /// derived id gets a fix that writes an explicit one.
    public init(_ canvas: Canvas, document: Document? = nil) {
        // Counted first, so that the list is made at its size: regrowing it would
        // hold two copies at once, the largest moment of a large canvas's check.
        var counter = DefinitionCounter()
        CanvasWalker.walk(canvas, with: &counter)
        var collector = DefinitionCollector()
        collector.definitions.reserveCapacity(counter.count)
        CanvasWalker.walk(canvas, with: &collector)
        definitions = collector.definitions
        // Every definition, by id and then in the order of the walk: the first of
        // each id is its definition, the others its duplicates.
        let all = definitions
        sorted = Array(0..<Int32(all.count))
        sorted.sort { all[Int($0)].id != all[Int($1)].id ? all[Int($0)].id < all[Int($1)].id : $0 < $1 }
        var duplicates: [(second: Int, first: Int)] = []
        var kept = 0
        for position in sorted.map(Int.init) {
            if kept > 0, case let first = Int(sorted[kept - 1]), all[first].id == all[position].id {
                duplicates.append((position, first))
            } else {
                sorted[kept] = Int32(position)
                kept += 1
            }
        }
        sorted.removeLast(sorted.count - kept)
        diagnostics = duplicates.sorted { $0.second < $1.second }
            .map { duplicate(all[$0.second], of: all[$0.first], document: document) }
    }

    init() {}

    /// How many distinct ids there are.
    public var count: Int { sorted.count }

    public subscript(id: String) -> Definition? {
        position(of: id).map { definitions[$0] }
    }

    /// The position in `definitions` of the first definition of `id`.
    public func position(of id: String) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if definitions[Int(sorted[middle])].id < id { low = middle + 1 } else { high = middle }
        }
        guard low < sorted.count, definitions[Int(sorted[low])].id == id else { return nil }
        return Int(sorted[low])
    }

    /// Every id of the given kinds, sorted, for "did you mean" and completion.
    public func ids(of kinds: [ItemKind]) -> [String] {
        sorted.map { definitions[Int($0)] }.filter { kinds.contains($0.kind) }.map(\.id)
    }

    /// Every reference in `canvas`, in the order of the walk.
    public static func uses(in canvas: Canvas) -> [Use] {
        var collector = UseCollector()
        CanvasWalker.walk(canvas, with: &collector)
        return collector.uses
    }

    /// The `duplicate-id` error of `definition`, whose id `first` already has.
    private func duplicate(_ definition: Definition, of first: Definition, document: Document?) -> Diagnostic {
        let fix = definition.isDerived ? document.flatMap { explicitID(for: definition, in: $0) } : nil
        return Diagnostic(
            ReferenceProblem.duplicateID(id: definition.id, isDerived: definition.isDerived, firstKind: first.kind,
                                         eitherIsDerived: definition.isDerived || first.isDerived),
            at: definition.range, notes: [.init(.firstDefinedHere(definition.id), at: first.range)],
            fixIts: fix.map { [$0] } ?? [])
    }

    /// The fix for a derived id that another item has: an explicit `id:` line
    /// before its `name:`, the id followed by a number no id of the canvas has.
    private func explicitID(for definition: Definition, in document: Document) -> FixIt? {
        guard let key = document.entry("name", inMappingAt: definition.elementRange)?.keyRange else { return nil }
        var number = 2
        while self["\(definition.id)-\(number)"] != nil { number += 1 }
        let bytes = document.storage.bytes
        var lineStart = key.start
        while lineStart > 0 && bytes[lineStart - 1] != .lineFeed { lineStart -= 1 }
        return FixIt([TextEdit(.point(key.start), "id: \(definition.id)-\(number)\n"
                               + String(repeating: " ", count: key.start - lineStart))])
    }
}

/// The walk that lists every definition, duplicates included.
private struct DefinitionCollector: CanvasVisitor {
    var definitions: [IdentifierIndex.Definition] = []

    mutating func visitElement(_ element: CanvasElement) {
        guard let id = element.id else { return }
        definitions.append(IdentifierIndex.Definition(id: id, kind: element.kind, isDerived: element.isDerivedID,
                                                      block: element.block, range: element.span.label,
                                                      elementRange: element.span.range))
    }
}

/// The walk that counts the definitions.
private struct DefinitionCounter: CanvasVisitor {
    var count = 0

    mutating func visitElement(_ element: CanvasElement) {
        if element.id != nil { count += 1 }
    }
}

/// The walk that lists the references.
private struct UseCollector: CanvasVisitor {
    var uses: [IdentifierIndex.Use] = []

    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement) {
        uses.append(IdentifierIndex.Use(id: reference.id, range: reference.range, field: field.key, kinds: kinds,
                                        ownerKind: element.kind, ownerID: element.id, block: element.block))
    }
}
