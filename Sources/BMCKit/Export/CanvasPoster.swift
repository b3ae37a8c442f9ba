/// The classic canvas layout as one HTML-like table, each block in the cell the
/// declaration gives it (`Block.posterCell`): partners | activities over resources
/// | propositions | relationships over channels | segments, with cost structure and
/// revenue streams underneath.
struct CanvasPoster {
    let canvas: Canvas
    let labels: Labels

    func dot() -> String {
        let rows = Dictionary(grouping: Block.posterOrder, by: \.posterCell.row).sorted { $0.key < $1.key }
        let table = rows.map { _, blocks in "<TR>" + blocks.map(cell).joined() + "</TR>" }
            .joined(separator: "\n      ")
        return """
        digraph canvas {
          graph [fontname="Helvetica", label=\(DOTEscaping.quoted(canvas.name)), labelloc="t", fontsize=20];
          node [shape=plain, fontname="Helvetica", fontsize=11];
          poster [label=<
            <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="8">
              \(table)
            </TABLE>
          >];
        }

        """
    }

    private func cell(_ block: Block) -> String {
        let place = block.posterCell
        let items = block.items(of: canvas).map { "• " + DOTEscaping.html(singleLine($0.name)) + "<BR ALIGN=\"LEFT\"/>" }
            .joined()
        let span = (place.rowSpan > 1 ? " ROWSPAN=\"\(place.rowSpan)\"" : "") + " COLSPAN=\"\(place.columnSpan)\""
        return "<TD\(span) BGCOLOR=\"\(BlockPalette.color(of: block))\" ALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"180\">"
            + "<B>\(DOTEscaping.html(labels.block(block.key)))</B><BR ALIGN=\"LEFT\"/><BR ALIGN=\"LEFT\"/>\(items)</TD>"
    }

    /// Names are shown on one line each; a line break would look like two items.
    private func singleLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// The colours of the blocks: light tints that print well in colour and grey, in
/// poster order (row by row), the infrastructure in greens and blues, the value
/// propositions yellow, the customers in reds and violets.
enum BlockPalette {
    private static let tints = ["#E8EEF7", "#E6F2EA", "#FFF4D6", "#FBE7E1", "#EAE6F5", "#EEF5E1", "#F7E6EE",
                                "#EDEDED", "#E2F1F4"]

    static func color(of block: Block) -> String {
        tints[Block.posterOrder.firstIndex(of: block) ?? 0]
    }
}
