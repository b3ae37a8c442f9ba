/// Every id of a canvas, in the one namespace items, personas, points and remedies
/// share (section 2.2), and every reference to one, each with where it is written:
/// what reference resolution, the rules, the exports and an editor's navigation
/// read. Built by one walk (`CanvasWalker`); duplicates are reported.
public struct IdentifierIndex: Sendable {
    /// Where an id is defined and what it names.
    public struct Definition: Sendable {
        public var id: String
        public var kind: ItemKind
        /// `true` when the id is derived from the item's name.
        public var isDerived: Bool
        /// Where the id is written, or for a derived id the name it comes from.
        public var range: SourceRange
        /// The whole item, persona, point or remedy.
        public var elementRange: SourceRange
        public var block: Block
        /// The name of an item or persona, the text of a point or remedy.
        public var title: String
        /// For personas, points and remedies: the id of the item they are in.
        public var itemID: String?
        /// For segments, their personas and points: the segment's id.
        public var segmentID: String?
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

    /// The first definition of each id, in the order of the walk.
    public private(set) var definitions: [Definition] = []
    /// Every reference, in the order of the walk.
    public private(set) var uses: [Use] = []
    /// `duplicate-id` errors.
    public private(set) var diagnostics: [Diagnostic] = []
    private var positions: [String: Int] = [:]

    /// The index of `canvas`. With the `source` it was read from, a duplicate
    /// derived id gets a fix that writes an explicit one.
    public init(_ canvas: Canvas, source: SourceFile? = nil) {
        var builder = Builder(source: source)
        CanvasWalker.walk(canvas, with: &builder)
        self = builder.index
    }

    init() {}

    /// How many distinct ids there are.
    public var count: Int { definitions.count }

    public subscript(id: String) -> Definition? {
        positions[id].map { definitions[$0] }
    }

    /// Every id of the given kinds, sorted, for "did you mean" and completion.
    public func ids(of kinds: [ItemKind]) -> [String] {
        definitions.filter { kinds.contains($0.kind) }.map(\.id).sorted()
    }

    /// Every reference to `id`, in the order of the file.
    public func uses(of id: String) -> [Use] {
        uses.filter { $0.id == id }.sorted { $0.range.start < $1.range.start }
    }

    fileprivate mutating func define(_ definition: Definition, source: SourceFile?, span: SourceSpan) {
        guard let first = self[definition.id] else {
            positions[definition.id] = definitions.count
            definitions.append(definition)
            return
        }
        let eitherIsDerived = definition.isDerived || first.isDerived
        let fix = definition.isDerived ? source.map { explicitID(for: definition, span: span, in: $0) } : nil
        diagnostics.append(Diagnostic(
            ReferenceProblem.duplicateID(id: definition.id, isDerived: definition.isDerived, firstKind: first.kind,
                                         eitherIsDerived: eitherIsDerived),
            at: definition.range, notes: [.init(.firstDefinedHere(definition.id), at: first.range)],
            fixIts: fix.map { [$0] } ?? []))
    }

    fileprivate mutating func use(_ use: Use) { uses.append(use) }

    /// The fix for a derived id that another item has: an explicit `id:` line
    /// before its `name:`, the id followed by the first free number.
    private func explicitID(for definition: Definition, span: SourceSpan, in source: SourceFile) -> FixIt {
        var number = 2
        while self["\(definition.id)-\(number)"] != nil { number += 1 }
        let key = span.keyRange(of: "name")
        let lineStart = source.lineStarts[source.line(of: key.start)]
        return FixIt([TextEdit(.point(key.start), "id: \(definition.id)-\(number)\n"
                               + String(repeating: " ", count: key.start - lineStart))])
    }
}

/// The walk that builds the index.
private struct Builder: CanvasVisitor {
    let source: SourceFile?
    var index = IdentifierIndex()

    mutating func visitElement(_ element: CanvasElement) {
        guard let (id, kind) = element.value.identity else { return }
        let value = element.value
        let isDerived = (value as? any IdentifiedItem).map { !$0.hasExplicitID } ?? false
        let title = (value as? any IdentifiedItem)?.name ?? (value as? any TextOrItem)?.text ?? id
        let definition = IdentifierIndex.Definition(
            id: id, kind: kind, isDerived: isDerived,
            range: value.span.valueRange(of: isDerived ? "name" : "id"), elementRange: value.span.range,
            block: element.block, title: title, itemID: element.isBlockItem ? nil : element.item.id,
            segmentID: element.segmentID)
        index.define(definition, source: source, span: value.span)
    }

    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement) {
        let owner = element.value.identity
        let ownerKind = owner?.kind ?? (element.value as? any TextOrItem)?.kind ?? element.block.kind
        index.use(IdentifierIndex.Use(id: reference.id, range: reference.range, field: field.key, kinds: kinds,
                                      ownerKind: ownerKind, ownerID: owner?.id, block: element.block))
    }
}
