/// Every id of a canvas, in the one namespace items, personas, points and remedies
/// share (section 2.2), with duplicates reported.
public struct IdentifierIndex: Sendable {
    /// What an id names.
    public struct Definition: Sendable {
        public var kind: ItemKind
        /// The mapping the id was written in.
        var origin: SourceOrigin
        public var isDerived: Bool
        /// For personas, jobs, pains and gains: the id of the segment they belong to.
        public var segment: String?

        /// Where the id was written, or the name it was derived from. Looked up only
        /// when a message needs it: most ids are never shown.
        public var range: SourceRange { origin.range(of: isDerived ? "name" : "id") }
    }

    public private(set) var definitions: [String: Definition] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    public init(_ canvas: Canvas) {
        definitions.reserveCapacity(canvas.customerSegments.count * 8 + canvas.valuePropositions.count * 4 + 64)
        canvas.customerSegments.forEachInPlace { segment in
            define(segment)
            defineIDs(of: segment.jobs, segment: segment.id)
            defineIDs(of: segment.pains, segment: segment.id)
            defineIDs(of: segment.gains, segment: segment.id)
            segment.personas.forEachInPlace { persona in
                define(persona, segment: segment.id)
                defineIDs(of: persona.jobs, segment: segment.id)
                defineIDs(of: persona.pains, segment: segment.id)
                defineIDs(of: persona.gains, segment: segment.id)
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

    public subscript(id: String) -> Definition? { definitions[id] }

    /// Every id of one kind, for "did you mean".
    public func ids(of kinds: [ItemKind]) -> [String] {
        definitions.filter { kinds.contains($0.value.kind) }.map(\.key).sorted()
    }

    private mutating func define<Item: IdentifiedItem>(_ item: Item, segment: String? = nil) {
        guard !item.id.isEmpty else { return }
        define(item.id, Definition(kind: Item.kind, origin: item.origin, isDerived: !item.hasExplicitID, segment: segment))
    }

    /// The ids of points (of `segment`) or remedies; those without one name nothing.
    private mutating func defineIDs<Value: TextOrItem>(of values: [Value], segment: String? = nil) {
        values.forEachInPlace { value in
            guard let id = value.id else { return }
            define(id, Definition(kind: value.kind, origin: value.origin, isDerived: false, segment: segment))
        }
    }

    private mutating func define(_ id: String, _ definition: Definition) {
        guard let first = definitions[id] else {
            definitions[id] = definition
            return
        }
        let derivedNote = definition.isDerived || first.isDerived
        let how = definition.isDerived ? " (derived from its name)" : ""
        diagnostics.append(Diagnostic(
            .duplicateID, "duplicate id '\(id)'\(how): \(first.kind.nounWithArticle) already has it",
            at: definition.range,
            help: derivedNote ? "give one of them an explicit 'id:'" : "ids are shared by the whole canvas; rename one",
            notes: [.init("'\(id)' first defined here", at: first.range)]))
    }
}

extension IdentifiedItem {
    /// Where to point at the item: its explicit id, or else its name.
    public var labelRange: SourceRange {
        hasExplicitID ? origin.range(of: "id") : origin.range(of: "name")
    }
}
