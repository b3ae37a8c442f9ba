/// Every item a node, clustered by block and laid out left to right along the flow
/// of value (`Block.flowRank`): partnerships, resources and activities, value
/// propositions, channels and relationships, segments, revenue streams. Every
/// reference is an edge along that flow, styled by its field (`MapArrow`) and
/// explained once in a legend; costs point back at what drives them. Personas sit
/// inside their segment's cluster, each with its jobs, pains and gains. With a
/// focus, only the items connected to it are drawn (`MapFocus`).
struct CanvasMap {
    let canvas: Canvas
    let labels: Labels
    let focus: String?

    func dot() -> String {
        var graph = MapGraph(labels: labels)
        CanvasWalker.walk(canvas, with: &graph)
        let shown = focus.map { MapFocus(graph: graph).connected(to: $0) }
        func isShown(_ id: String) -> Bool { shown?.contains(id) ?? true }

        var title = canvas.name + " — " + labels.phrase(.canvasMap)
        if let focus, let name = graph.names[graph.owner(of: focus)] {
            title += " — " + labels.diagram.phrase(.focusOn).replacingPlaceholder(with: name)
        }
        var lines = [
            "digraph map {",
            "  graph [rankdir=LR, newrank=true, fontname=\"Helvetica\", fontsize=16, label=\(DOTEscaping.quoted(title)), "
                + "labelloc=\"t\", nodesep=0.2, ranksep=0.8];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"white\", fontname=\"Helvetica\", fontsize=10];",
            "  edge [arrowsize=0.7];",
        ]
        for block in Block.allCases.sorted(by: { $0.flowRank < $1.flowRank }) {
            let nodes = (graph.nodes[block] ?? []).filter { isShown(graph.owner(of: $0.id)) }
            guard !nodes.isEmpty else { continue }
            lines.append("  subgraph \(DOTEscaping.quoted("cluster_" + block.key)) {")
            lines.append("    label=\(DOTEscaping.quoted(labels.block(block.key))); style=\"filled\"; color=\"#BBBBBB\"; "
                         + "fillcolor=\"\(BlockPalette.color(of: block))\";")
            for node in nodes where node.parent == nil {
                let personas = nodes.filter { $0.parent == node.id }
                let indent = personas.isEmpty ? "    " : "      "
                if !personas.isEmpty {
                    // A segment with personas: a cluster of its own, holding them.
                    lines.append("    subgraph \(DOTEscaping.quoted("cluster_segment_" + node.id)) {")
                    lines.append("      label=\"\"; style=\"rounded,filled\"; color=\"#888888\"; fillcolor=\"#FFFFFF\";")
                }
                for drawn in [node] + personas {
                    lines.append(indent + "\(DOTEscaping.quoted(drawn.id)) [\(drawn.isTable ? "shape=plain, " : "")"
                                 + "label=<\(graph.label(of: drawn))>];")
                }
                if !personas.isEmpty { lines.append("    }") }
            }
            lines.append("  }")
        }
        var arrowsUsed: [String] = []
        for edge in graph.edges where isShown(edge.fromItem) && isShown(edge.toItem) {
            let arrow = MapArrow.of(edge.field, labels: labels)
            if !arrowsUsed.contains(edge.field) { arrowsUsed.append(edge.field) }
            lines.append("  " + edge.line(arrow: arrow))
        }
        lines += legend(arrowsUsed)
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One short arrow per kind of edge drawn, with what it means. Legend nodes are
    /// named `#legend...`, which no canvas id can be.
    private func legend(_ fields: [String]) -> [String] {
        guard !fields.isEmpty else { return [] }
        var lines = ["  subgraph \"cluster_#legend\" {",
                     "    label=\(DOTEscaping.quoted(labels.diagram.phrase(.arrowLegend))); style=\"rounded\"; color=\"#BBBBBB\"; fontsize=10;"]
        for (index, field) in fields.enumerated() {
            let arrow = MapArrow.of(field, labels: labels)
            lines.append("    \"#legend\(index)a\" [shape=point, width=0.01, style=\"invis\", label=\"\"];")
            lines.append("    \"#legend\(index)b\" [shape=plaintext, style=\"\", fontsize=9, label=\(DOTEscaping.quoted(arrow.legend))];")
            lines.append("    \"#legend\(index)a\" -> \"#legend\(index)b\" [\(arrow.attributes)];")
        }
        lines.append("  }")
        return lines
    }
}
