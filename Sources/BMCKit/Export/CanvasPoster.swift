/// The canvas as a poster to print (`--view canvas`): one HTML-like table the size
/// of the sheet, landscape, each block in the cell its declaration gives it
/// (`Block.posterCell`), every item a sticky note coloured by the segments it
/// serves (`SegmentColours`), with the canvas's name above and the legend and
/// footer below. The body font is the paper's (`Paper.bodyFontSize`), made smaller
/// only as far as the fullest block needs to fit its cell; Graphviz's `size` then
/// holds the drawing to the sheet.
struct CanvasPoster {
    let canvas: Canvas
    let labels: Labels
    let paper: Paper
    /// The warnings the canvas has, for the footer.
    let openWarnings: Int

    func dot() -> String {
        let colours = SegmentColours(canvas)
        let layout = PosterLayout(canvas: canvas, labels: labels, paper: paper, colours: colours, openWarnings: openWarnings)
        let inches = paper.inches
        let metrics = layout.metrics
        var rows = [
            "<TR><TD HEIGHT=\"\(layout.titleHeight)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">"
                + "<FONT POINT-SIZE=\"\(layout.titleSize.points)\"><B>"
                + layout.titleLines.map(DOTEscaping.html).joined(separator: "<BR/>") + "</B></FONT></TD></TR>",
        ]
        // Each band of rows (the blocks over the cost structure and revenue streams,
        // and those) is a table of its own, and each of its columns a stack of blocks:
        // Graphviz sizes a table of cells that span different numbers of columns
        // wider than they ask.
        for band in layout.bands {
            let columns = band.map { column in
                column.count == 1 ? blockCell(column[0], layout: layout)
                    : "<TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                        + column.map { "<TR>" + blockCell($0, layout: layout) + "</TR>" }.joined(separator: "\n") + "</TABLE></TD>"
            }
            rows.append("<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
                        + columns.joined(separator: "\n") + "</TR></TABLE></TD></TR>")
        }
        rows.append("<TR><TD HEIGHT=\"\(layout.footerHeight)\" VALIGN=\"BOTTOM\">"
                    + footer(layout: layout, colours: colours) + "</TD></TR>")
        return """
        digraph canvas {
          graph [size="\(inches.width.points),\(inches.height.points)!", margin=0, pad=0, bgcolor="white"];
          node [shape=plain, fontname="Helvetica", fontsize=\(metrics.fontSize.points)];
          poster [label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" BGCOLOR="white"><TR><TD CELLPADDING="\(layout.margin)"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">
        \(rows.joined(separator: "\n"))
        </TABLE></TD></TR></TABLE>>];
        }

        """
    }

    private func blockCell(_ block: Block, layout: PosterLayout) -> String {
        let cell = block.posterCell, height = layout.height(of: cell)
        return "<TD WIDTH=\"\(layout.width(of: cell))\" HEIGHT=\"\(height)\" BORDER=\"1\" COLOR=\"#666666\" "
            + "CELLPADDING=\"\(Int(layout.metrics.blockPadding))\" ALIGN=\"LEFT\" VALIGN=\"TOP\">"
            + layout.blocks[block]!.html(cellHeight: height) + "</TD>"
    }

    /// The legend of segment colours, its entries in rows, then version, date,
    /// authors and open warnings.
    private func footer(layout: PosterLayout, colours: SegmentColours) -> String {
        let m = layout.metrics
        let pad = Int(m.notePadding)
        let entries = layout.legend.map { entry in
            "<TD BGCOLOR=\"\(entry.swatch.hue)\" WIDTH=\"\(layout.legendNumberWidth)\">"
                + (entry.swatch.number > 0
                    ? "<FONT POINT-SIZE=\"\(m.detailSize.points)\" COLOR=\"\(entry.swatch.ink)\"><B>\(entry.swatch.number)</B></FONT>"
                    : " ")
                + "</TD><TD BGCOLOR=\"\(entry.swatch.tint)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"\(layout.legendNameWidth)\">"
                + "<FONT POINT-SIZE=\"\(m.detailSize.points)\">" + entry.lines.map(DOTEscaping.html).joined(separator: "<BR/>")
                + "</FONT></TD>"
        }
        let rows = stride(from: 0, to: entries.count, by: layout.legendPerRow).map { start in
            "<TR>" + entries[start..<min(start + layout.legendPerRow, entries.count)].joined() + "</TR>"
        }.joined()
        let legendRows = rows.isEmpty ? "<TR><TD> </TD></TR>" : rows
        let facts = "<FONT POINT-SIZE=\"\(m.detailSize.points)\" COLOR=\"#333333\">"
            + layout.footerLines.map(DOTEscaping.html).joined(separator: "<BR ALIGN=\"RIGHT\"/>") + "</FONT>"
        // One cell a row: Graphviz widens the columns under a cell that spans several.
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>"
            + "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
            + "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"\(layout.legendTitleWidth)\" CELLPADDING=\"\(pad)\"><FONT POINT-SIZE=\"\(m.fontSize.points)\"><B>"
            + DOTEscaping.html(labels.diagram.phrase(.segmentLegend)) + "</B></FONT></TD>"
            + "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"\(layout.legendWidth)\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" "
            + "CELLSPACING=\"\(pad)\" CELLPADDING=\"\(pad)\">\(legendRows)</TABLE></TD>"
            + "<TD WIDTH=\"\(max(0, layout.footerWidth - layout.legendTitleWidth - layout.legendWidth))\"></TD></TR></TABLE></TD></TR>"
            + "<TR><TD ALIGN=\"RIGHT\" BALIGN=\"RIGHT\">\(facts)</TD></TR></TABLE>"
    }
}
