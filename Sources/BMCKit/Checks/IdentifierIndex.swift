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
    /// The position in `definitions` of the first definition of each id, in slots
    /// chosen by the id's hash (open addressing: an id taken goes to the next free
    /// slot), at most three quarters full; -1 is a free slot. A lookup hashes the id
    /// and compares it with about two definitions, and the table takes under six
    /// bytes an id.
    private var slots: [Int32] = []
    /// How many distinct ids there are.
    public private(set) var count = 0

    /// The index of `canvas`. With the `document` it was read from, a duplicate
    /// derived id gets a fix that writes an explicit one.
    public init(_ canvas: Canvas, document: Document? = nil) {
        var collector = DefinitionCollector()
        // Each definition is a node of the document: reserved at that bound, the
        // list never regrows, which would hold two copies at once at the largest
        // moment of a large canvas's check. Capacity never written costs address
        // space, not memory.
        if let document { collector.definitions.reserveCapacity(document.storage.nodes.count) }
        CanvasWalker.walk(canvas, with: &collector)
        definitions = collector.definitions
        var capacity = 16
        while capacity * 3 < definitions.count * 4 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        for (position, definition) in definitions.enumerated() {
            switch slot(of: definition.id) {
            case .taken(let first):
                diagnostics.append(duplicate(definition, of: definitions[first], document: document))
            case .free(let free):
                slots[free] = Int32(position)
                count += 1
            }
        }
    }

    init() {}

    public subscript(id: String) -> Definition? {
        position(of: id).map { definitions[$0] }
    }

    /// The position in `definitions` of the first definition of `id`.
    public func position(of id: String) -> Int? {
        guard !slots.isEmpty, case .taken(let position) = slot(of: id) else { return nil }
        return position
    }

    /// Where `id` is in `slots`: the position of its definition, or the free slot
    /// it would take.
    private func slot(of id: String) -> Slot {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] >= 0 {
            if definitions[Int(slots[slot])].id == id { return .taken(Int(slots[slot])) }
            slot = (slot + 1) & mask
        }
        return .free(slot)
    }

    private enum Slot {
        case taken(Int)
        case free(Int)
    }

    /// Every id of the given kinds, sorted, for "did you mean" and completion.
    public func ids(of kinds: [ItemKind]) -> [String] {
        slots.filter { $0 >= 0 }.map { definitions[Int($0)] }.filter { kinds.contains($0.kind) }.map(\.id).sorted()
    }

    /// Every reference in `canvas`, in the order of the walk.
    public static func uses(in canvas: Canvas) -> [Use] {
        var collector = UseCollector()
        CanvasWalker.walk(canvas, with: &collector)
        return collector.uses
    }

    /// The `duplicate-id` error of `definition`, whose id `first` already has.
    private func duplicate(_ definition: Definition, of first: Definition, document: Document?) -> Diagnostic {
        let fix = definition.isDerived ? document.flatMap { explicitID(newID(after: definition.id), for: definition, in: $0) } : nil
        return Diagnostic(
            ReferenceProblem.duplicateID(id: definition.id, isDerived: definition.isDerived, firstKind: first.kind,
                                         eitherIsDerived: definition.isDerived || first.isDerived),
            at: definition.range, notes: [.init(.firstDefinedHere(definition.id), at: first.range)],
            fixIts: fix.map { [$0] } ?? [])
    }

    /// The id followed by a number no id of the canvas has: `shops-2`.
    private func newID(after id: String) -> String {
        var number = 2
        while self["\(id)-\(number)"] != nil { number += 1 }
        return "\(id)-\(number)"
    }

    /// The fix that gives the item of a derived id the explicit `id: ID`, on a
    /// line of its own before its `name:`: for a derived id another item has, and
    /// for an old derived id that references still use after a name changed.
    func explicitID(_ id: String, for definition: Definition, in document: Document) -> FixIt? {
        document.explicitIDEdit(id, forItemAt: definition.elementRange).map { FixIt([$0]) }
    }
}

/// The walk that lists every definition, duplicates included.
private struct DefinitionCollector: CanvasVisitor {
    static let visitsReferences = false
    var definitions: [IdentifierIndex.Definition] = []

    mutating func visitElement(_ element: CanvasElement) {
        guard let id = element.id else { return }
        definitions.append(IdentifierIndex.Definition(id: id, kind: element.kind, isDerived: element.isDerivedID,
                                                      block: element.block, range: element.span.label,
                                                      elementRange: element.span.range))
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
