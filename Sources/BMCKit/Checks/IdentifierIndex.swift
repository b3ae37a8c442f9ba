/// Every id of a canvas, in the one namespace items, personas, points and remedies
/// share (section 2.2), with duplicates reported.
public struct IdentifierIndex: Sendable {
    /// What an id names. Small and free of references, so building the index and
    /// looking ids up count no references: where it was written and its segment
    /// are kept by the index, and asked of it (`range(of:)`, `segment(of:)`).
    public struct Definition: Sendable {
        public var kind: ItemKind
        public var isDerived: Bool
        /// The mapping the id was written in: a node of `documents[document]`, or
        /// -1 for an item made in code.
        fileprivate var node: NodeID
        fileprivate var document: Int32
        /// For personas, jobs, pains and gains: their segment in `segmentIDs`; else -1.
        fileprivate var segment: Int32
        fileprivate var storedNumber: Int32 = -1

        /// The id's number (see `IdentifierIndex.number(of:)`).
        public var number: Int { Int(storedNumber) }
    }

    private var table: IdentifierTable
    /// By number, in the order of the table's keys.
    private var definitionsByNumber: [Definition] = []
    /// The documents items were read from: one, unless a canvas was put together
    /// in code from several.
    private var documents: [DocumentStorage] = []
    private var segmentIDs: [String] = []
    private(set) var diagnostics: [Diagnostic] = []

    public init(_ canvas: Canvas) {
        let expectedCount = canvas.customerSegments.count * 8 + canvas.valuePropositions.count * 4 + 64
        table = IdentifierTable(expectedCount: expectedCount)
        definitionsByNumber.reserveCapacity(expectedCount)
        segmentIDs.reserveCapacity(canvas.customerSegments.count)
        canvas.customerSegments.forEachInPlace { segment in
            define(segment)
            let number = Int32(segmentIDs.count)
            segmentIDs.append(segment.id)
            defineIDs(of: segment.jobs, segment: number)
            defineIDs(of: segment.pains, segment: number)
            defineIDs(of: segment.gains, segment: number)
            segment.personas.forEachInPlace { persona in
                define(persona, segment: number)
                defineIDs(of: persona.jobs, segment: number)
                defineIDs(of: persona.pains, segment: number)
                defineIDs(of: persona.gains, segment: number)
            }
        }
        canvas.valuePropositions.forEachInPlace { proposition in
            define(proposition)
            defineIDs(of: proposition.painRelievers)
            defineIDs(of: proposition.gainCreators)
        }
        canvas.channels.forEachInPlace { define($0) }
        canvas.customerRelationships.forEachInPlace { define($0) }
        canvas.revenueStreams.forEachInPlace { define($0) }
        canvas.keyResources.forEachInPlace { define($0) }
        canvas.keyActivities.forEachInPlace { define($0) }
        canvas.keyPartnerships.forEachInPlace { define($0) }
        canvas.costStructure.forEachInPlace { define($0) }
    }

    /// How many distinct ids there are; `number(of:)` gives each one of `0..<count`.
    public var count: Int { table.count }

    /// The number of an id, for rules that keep a flag per id in an array rather
    /// than a set of strings.
    public func number(of id: String) -> Int? {
        table.number(of: id).map(Int.init)
    }

    public subscript(id: String) -> Definition? {
        table.number(of: id).map { definitionsByNumber[Int($0)] }
    }

    /// Where the id was written, or the name it was derived from. Looked up only
    /// when a message needs it: most ids are never shown.
    public func range(of definition: Definition) -> SourceRange {
        origin(of: definition).range(of: definition.isDerived ? "name" : "id")
    }

    /// For personas, jobs, pains and gains: the id of the segment they belong to.
    public func segment(of definition: Definition) -> String? {
        definition.segment < 0 ? nil : segmentIDs[Int(definition.segment)]
    }

    /// Every id of one kind, for "did you mean".
    public func ids(of kinds: [ItemKind]) -> [String] {
        zip(table.keys, definitionsByNumber).filter { kinds.contains($0.1.kind) }.map(\.0).sorted()
    }

    private func origin(of definition: Definition) -> SourceOrigin {
        guard definition.node >= 0 else { return SourceOrigin() }
        return SourceOrigin(node: Node(storage: documents[Int(definition.document)], index: definition.node))
    }

    private mutating func define<Item: IdentifiedItem>(_ item: StoredElement<Item>, segment: Int32 = -1) {
        guard !item.id.isEmpty else { return }
        define(item.id, kind: Item.kind, origin: item.origin, isDerived: !item.hasExplicitID, segment: segment)
    }

    /// The ids of points (of `segment`) or remedies; those without one name nothing.
    private mutating func defineIDs<Value: TextOrItem>(of values: [Value], segment: Int32 = -1) {
        values.forEachInPlace { value in
            guard let id = value.id else { return }
            define(id, kind: value.kind, origin: value.origin, isDerived: false, segment: segment)
        }
    }

    private mutating func define(_ id: String, kind: ItemKind, origin: SourceOrigin, isDerived: Bool, segment: Int32) {
        var definition = Definition(kind: kind, isDerived: isDerived, node: -1, document: -1, segment: segment)
        if let node = origin.node {
            definition.node = node.index
            definition.document = document(of: node)
        }
        let (number, inserted) = table.insert(id)
        guard !inserted else {
            definition.storedNumber = number
            definitionsByNumber.append(definition)
            return
        }
        let first = definitionsByNumber[Int(number)]
        let derivedNote = definition.isDerived || first.isDerived
        let how = definition.isDerived ? " (derived from its name)" : ""
        diagnostics.append(Diagnostic(
            .duplicateID, "duplicate id '\(id)'\(how): \(first.kind.nounWithArticle) already has it",
            at: range(of: definition),
            help: derivedNote ? "give one of them an explicit 'id:'" : "ids are shared by the whole canvas; rename one",
            notes: [.init("'\(id)' first defined here", at: range(of: first))]))
    }

    /// The number of the node's document in `documents`, added if new.
    private mutating func document(of node: Node) -> Int32 {
        // Nearly always the last one: every item of a file comes from its document.
        if let last = documents.last, last === node.storage { return Int32(documents.count - 1) }
        if let known = documents.firstIndex(where: { $0 === node.storage }) { return Int32(known) }
        documents.append(node.storage)
        return Int32(documents.count - 1)
    }
}

extension IdentifiedItem {
    /// Where to point at the item: its explicit id, or else its name.
    public var labelRange: SourceRange {
        hasExplicitID ? origin.range(of: "id") : origin.range(of: "name")
    }
}
