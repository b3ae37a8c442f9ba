/// The map's nodes and edges, gathered in one walk of the canvas: a node for every
/// block item and persona, the jobs, pains and gains inside their segment's or
/// persona's node (a port for each one with an id), and an edge for every
/// reference, turned to run along the flow of value.
struct MapGraph: CanvasVisitor {
    struct Node {
        let id: String
        let block: Block
        let title: String
        /// The segment a persona is in; `nil` for block items.
        let parent: String?
        /// Whether the node is drawn as a table (segments and personas with points).
        var isTable = false
    }

    struct Edge {
        let tail: String, tailPort: String?
        let head: String, headPort: String?
        /// The reference field, for the arrow's style.
        let field: String
        /// The block items at the two ends, for the focus.
        let fromItem: String, toItem: String
        /// Drawn against the flow (a cost pointing at its driver), or beside it.
        let isBack: Bool, isBeside: Bool

        func line(arrow: MapArrow) -> String {
            func end(_ node: String, _ port: String?) -> String {
                DOTEscaping.quoted(node) + (port.map { ":" + DOTEscaping.quoted($0) } ?? "")
            }
            var attributes = arrow.attributes
            if isBack { attributes += ", dir=\"back\", arrowtail=\"\(arrow.head)\"" }
            if isBeside { attributes += ", weight=0" }
            return "\(end(tail, tailPort)) -> \(end(head, headPort)) [\(attributes)];"
        }
    }

    let labels: Labels
    private(set) var nodes: [Block: [Node]] = [:]
    private(set) var edges: [Edge] = []
    /// Names of items and personas, by id.
    private(set) var names: [String: String] = [:]
    /// The points of each segment or persona: text, kind and port.
    private var points: [String: [(text: String, kind: ItemKind, port: String?)]] = [:]
    /// Where a point with an id is drawn: its node and port.
    private var pointPlaces: [String: (node: String, port: String)] = [:]
    /// The block item each persona, point, product or remedy belongs to.
    private var owners: [String: String] = [:]
    private var blockOfItem: [String: Block] = [:]

    init(labels: Labels) {
        self.labels = labels
    }

    /// The block item an id belongs to: itself for a block item.
    func owner(of id: String) -> String { owners[id] ?? id }

    func block(of item: String) -> Block? { blockOfItem[item] }

    mutating func visitElement(_ element: CanvasElement) {
        if element.isBlockItem {
            nodes[element.block, default: []].append(
                Node(id: element.itemID, block: element.block, title: element.title, parent: nil))
            names[element.itemID] = element.title
            blockOfItem[element.itemID] = element.block
        } else if element.kind == .persona, let id = element.id {
            nodes[element.block, default: []].append(
                Node(id: id, block: element.block, title: element.title, parent: element.itemID, isTable: true))
            names[id] = element.title
            owners[id] = element.itemID
        } else if [.job, .pain, .gain].contains(element.kind) {
            let holder = element.personaID ?? element.itemID
            let port = element.id.map { _ in "p\(points[holder, default: []].count)" }
            points[holder, default: []].append((element.title, element.kind, port))
            if let id = element.id, let port { pointPlaces[id] = (holder, port); owners[id] = element.itemID }
            if element.personaID == nil, let index = nodes[element.block]?.firstIndex(where: { $0.id == holder }) {
                nodes[element.block]![index].isTable = true
            }
        } else if let id = element.id {
            owners[id] = element.itemID
        }
    }

    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement) {
        let source = element.itemID
        let target = pointPlaces[reference.id]
        let targetNode = target?.node ?? reference.id
        let targetItem = owner(of: reference.id)
        let fromRank = element.block.flowRank
        let toRank = blockOfItem[targetItem]?.flowRank ?? fromRank
        let key = field.key
        if key == "drivers" {
            edges.append(Edge(tail: targetNode, tailPort: target?.port, head: source, headPort: nil, field: key,
                              fromItem: source, toItem: targetItem, isBack: true, isBeside: false))
        } else if toRank < fromRank {
            edges.append(Edge(tail: targetNode, tailPort: target?.port, head: source, headPort: nil, field: key,
                              fromItem: source, toItem: targetItem, isBack: false, isBeside: false))
        } else {
            edges.append(Edge(tail: source, tailPort: nil, head: targetNode, headPort: target?.port, field: key,
                              fromItem: source, toItem: targetItem, isBack: false, isBeside: toRank == fromRank))
        }
    }

    /// A node's HTML-like label: its name wrapped, a segment's details, and the
    /// points of a segment or persona, each in a cell of its own.
    func label(of node: Node) -> String {
        let width = 170.0
        let name = TextWrapping.lines(node.title, width: width, fontSize: 10, bold: node.isTable)
            .map(DOTEscaping.html).joined(separator: "<BR/>")
        guard node.isTable else { return name }
        var rows = ["<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"#F2F2F2\"><B>\(name)</B></TD></TR>"]
        for point in points[node.id] ?? [] {
            let kind = labels.diagram.phrase(point.kind == .job ? .job : point.kind == .pain ? .pain : .gain)
            let text = TextWrapping.lines(kind + ": " + point.text, width: width, fontSize: 9)
                .map(DOTEscaping.html).joined(separator: "<BR/>")
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"\(point.port.map { " PORT=\"\($0)\"" } ?? "")>"
                        + "<FONT POINT-SIZE=\"9\">\(text)</FONT></TD></TR>")
        }
        return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#666666\" BGCOLOR=\"white\">"
            + rows.joined() + "</TABLE>"
    }
}
