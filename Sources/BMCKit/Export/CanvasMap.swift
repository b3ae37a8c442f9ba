/// Every item a node, clustered by block and laid out left to right along the flow
/// of value (`Block.flowRank`), with a labelled edge for every reference: the walk
/// visits every reference field the schema declares, so none is left undrawn.
struct CanvasMap {
    let canvas: Canvas
    let labels: Labels

    func dot() -> String {
        var drawing = MapDrawing(labels: labels)
        CanvasWalker.walk(canvas, with: &drawing)
        var lines = [
            "digraph map {",
            "  graph [rankdir=LR, fontname=\"Helvetica\", label=\(DOTEscaping.quoted(canvas.name + " — " + labels.phrase(.canvasMap))), labelloc=\"t\", newrank=true];",
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];",
        ]
        for block in Block.allCases.sorted(by: { $0.flowRank < $1.flowRank }) {
            guard let nodes = drawing.nodes[block], !nodes.isEmpty else { continue }
            lines.append("  subgraph \(DOTEscaping.quoted("cluster_" + block.key)) {")
            lines.append("    label=\(DOTEscaping.quoted(labels.block(block.key))); style=\"filled\"; color=\"#BBBBBB\"; fillcolor=\"\(BlockPalette.color(of: block))\";")
            for node in nodes {
                lines.append("    \(DOTEscaping.quoted(node.id)) [label=\(DOTEscaping.quoted(node.label)), fillcolor=\"white\"];")
            }
            lines.append("  }")
        }
        lines += drawing.edges
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The walk that lists the map's nodes and edges.
private struct MapDrawing: CanvasVisitor {
    let labels: Labels
    var nodes: [Block: [(id: String, label: String)]] = [:]
    var edges: [String] = []
    /// The block each node stands in, for the direction of edges.
    private var blockOfNode: [String: Block] = [:]

    init(labels: Labels) {
        self.labels = labels
    }

    mutating func visitElement(_ element: CanvasElement) {
        // Block items, and the pains and gains with an id that remedies point at.
        guard let id = element.id, element.isBlockItem || element.kind == .pain || element.kind == .gain else { return }
        nodes[element.block, default: []].append((id, element.title))
        blockOfNode[id] = element.block
    }

    /// An edge from the item holding the reference (a remedy's is its value
    /// proposition's) to the item it names. It always runs left to right along the
    /// flow of value, so the layout follows it: a reference back against the flow
    /// (a channel naming a value proposition) is drawn from the item it names,
    /// with its arrow turned back; between blocks of the same rank it does not
    /// shape the layout and is dashed.
    mutating func visitReference(_ reference: Reference, field: FieldSchema, kinds: [ItemKind], from element: CanvasElement) {
        let from = element.itemID
        let label = labels.field(element.isBlockItem ? field.key : element.listKey).lowercased()
        let fromRank = element.block.flowRank
        let toRank = blockOfNode[reference.id]?.flowRank ?? kinds.first.map { kind in
            Block.allCases.first { $0.kind == kind }?.flowRank ?? fromRank + 1
        } ?? fromRank + 1
        let (tail, head, extra) = toRank > fromRank ? (from, reference.id, "")
            : toRank < fromRank ? (reference.id, from, ", dir=back")
            : (from, reference.id, ", constraint=false, style=\"dashed\"")
        edges.append("  \(DOTEscaping.quoted(tail)) -> \(DOTEscaping.quoted(head)) [label=\(DOTEscaping.quoted(label))\(extra)];")
    }
}
