/// One block of the poster drawn at a given width and font size: its HTML-like
/// content and the height that content needs. Both come from the same lines, so
/// the layout (`PosterLayout`) can choose the font size at which every block fits
/// its cell before anything is written.
struct PosterBlock {
    /// The sizes every part of the poster derives from the body font size, so the
    /// whole poster scales as one.
    struct Metrics {
        let fontSize: Double
        var lineHeight: Double { Self.lineHeight(fontSize) }
        /// The height of a line of text: Graphviz gives Liberation Sans about 1.15
        /// of its size, in whole points at small sizes.
        static func lineHeight(_ size: Double) -> Double { max(size * 1.17, (size * 1.12).rounded(.up)) }
        var headerSize: Double { fontSize * 1.25 }
        var detailSize: Double { fontSize * 0.85 }
        /// Inside a block's border, and between its notes.
        var blockPadding: Double { (fontSize * 0.6).rounded() }
        var noteGap: Double { max(2, (fontSize * 0.4).rounded()) }
        /// Inside a note.
        var notePadding: Double { max(1, (fontSize * 0.3).rounded()) }
        /// The width of one segment's number on a note's coloured edge.
        var stripeWidth: Double { (fontSize * 1.3).rounded() }
    }

    /// The rows of the block's table: its name, then its notes or its question.
    private let rows: [String]
    private let gap: Double
    private let columns: Int
    /// The height the block needs, in points.
    let height: Double

    init(_ block: Block, of canvas: Canvas, width: Double, metrics m: Metrics, labels: Labels, colours: SegmentColours) {
        // The border, the padding and the spacing of the notes' table around its rows.
        let inner = width - 2 * m.blockPadding - 2 - 2 * m.noteGap
        var height = 2 * m.blockPadding + 2 + 2 * m.noteGap
        let items = block.items(of: canvas)
        // Notes stand side by side, as on a wall, where a block is wide enough for
        // several of about twenty ems each.
        let columns = max(1, min(items.count, Int((inner + m.noteGap) / (m.fontSize * 14 + m.noteGap))))
        let span = columns > 1 ? " COLSPAN=\"\(columns)\"" : ""
        let header = TextWrapping.lines(labels.block(block.key), width: inner, fontSize: m.headerSize, bold: true)
        var rows = ["<TR><TD\(span) ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(m.headerSize.points)\"><B>"
                    + header.map(DOTEscaping.html).joined(separator: "<BR/>") + "</B></FONT></TD></TR>"]
        height += Double(header.count) * Metrics.lineHeight(m.headerSize)
        if items.isEmpty {
            let question = TextWrapping.lines(labels.diagram.question(block), width: inner, fontSize: m.fontSize)
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(m.fontSize.points)\" COLOR=\"#555555\"><I>"
                        + question.map(DOTEscaping.html).joined(separator: "<BR/>") + "</I></FONT></TD></TR>")
            height += m.noteGap + Double(question.count) * m.lineHeight
        }
        let noteWidth = ((inner + m.noteGap) / Double(columns) - m.noteGap).rounded(.down)
        let notes = items.map { item in
            Self.note(item, width: noteWidth, metrics: m, labels: labels, swatches: colours.swatches(of: item.id))
        }
        for start in stride(from: 0, to: notes.count, by: columns) {
            let row = notes[start..<min(start + columns, notes.count)]
            rows.append("<TR>" + row.map { "<TD VALIGN=\"TOP\">" + $0.html + "</TD>" }.joined(separator: "\n")
                        + String(repeating: "<TD></TD>", count: columns - row.count) + "</TR>")
            height += m.noteGap + (row.map(\.height).max() ?? 0)
        }
        self.rows = rows
        self.gap = m.noteGap
        self.columns = columns
        self.height = height
    }

    /// The block's content for a cell `cellHeight` high: Graphviz stretches a table
    /// to fill its cell, sharing the extra height among its rows, so an empty last
    /// row takes it instead and the notes keep their size at the top.
    func html(cellHeight: Int) -> String {
        let filler = max(0, Int((Double(cellHeight) - height - gap).rounded(.down)))
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"\(Int(gap))\" CELLPADDING=\"0\">\n" + rows.joined(separator: "\n")
            + (filler > 0 ? "<TR><TD HEIGHT=\"\(filler)\"\(columns > 1 ? " COLSPAN=\"\(columns)\"" : "")></TD></TR>" : "") + "</TABLE>"
    }

    /// A sticky note: the segments' numbers on their hues (grey for none), up to
    /// four side by side, then the name wrapped, on the first segment's tint; the
    /// details in smaller type follow on the name's last line when they fit there.
    private static func note(_ item: any BlockItem, width: Double, metrics m: Metrics, labels: Labels,
                             swatches: [SegmentColours.Swatch]) -> (html: String, height: Double) {
        let shown = swatches.isEmpty ? [SegmentColours.neutral] : swatches
        let perRow = min(shown.count, 4)
        let swatchWidth = Int(m.stripeWidth)
        let stripeWidth = Double(perRow * swatchWidth)
        let textWidth = (width - stripeWidth - 2 * m.notePadding - 2).rounded(.down)
        let name = TextWrapping.lines(item.name, width: textWidth, fontSize: m.fontSize)
        var details = NoteDetails.text(of: item, labels: labels)
            .map { TextWrapping.lines($0, width: textWidth, fontSize: m.detailSize) } ?? []
        var text = "<FONT POINT-SIZE=\"\(m.fontSize.points)\">" + name.map(DOTEscaping.html).joined(separator: "<BR/>")
            + "</FONT>"
        let detailFont = "<FONT POINT-SIZE=\"\(m.detailSize.points)\" COLOR=\"#333333\"><I>"
        let lastLine = TextWrapping.width(of: name.last ?? "") * m.fontSize
            + TextWrapping.width(of: "  " + (details.first ?? "")) * m.detailSize
        if details.count == 1 && lastLine * 1.1 <= textWidth {
            text += detailFont + " " + DOTEscaping.html(details[0]) + "</I></FONT>"
            details = []
        } else if !details.isEmpty {
            text += "<BR/>" + detailFont + details.map(DOTEscaping.html).joined(separator: "<BR/>") + "</I></FONT>"
        }
        let textHeight = Double(name.count) * m.lineHeight + Double(details.count) * Metrics.lineHeight(m.detailSize)
        let swatchHeight = Int(m.lineHeight.rounded(.up))
        let stripe = stride(from: 0, to: shown.count, by: perRow).map { start in
            "<TR>" + shown[start..<min(start + perRow, shown.count)].map { swatch in
                "<TD BGCOLOR=\"\(swatch.hue)\" WIDTH=\"\(swatchWidth)\" HEIGHT=\"\(swatchHeight)\">"
                    + (swatch.number > 0
                        ? "<FONT POINT-SIZE=\"\(m.detailSize.points)\" COLOR=\"\(swatch.ink)\"><B>\(swatch.number)</B></FONT>" : " ")
                    + "</TD>"
            }.joined() + "</TR>"
        }.joined()
        let stripeRows = (shown.count + perRow - 1) / perRow
        let height = max(textHeight, Double(stripeRows * swatchHeight)) + 2 * m.notePadding
        let html = "<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" BGCOLOR=\"\(shown[0].tint)\">"
            + "<TR><TD WIDTH=\"\(Int(stripeWidth))\" VALIGN=\"TOP\" BGCOLOR=\"\(shown[0].hue)\">"
            + "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">\(stripe)</TABLE></TD>"
            + "<TD WIDTH=\"\(Int(textWidth + 2 * m.notePadding))\" CELLPADDING=\"\(Int(m.notePadding))\" ALIGN=\"LEFT\" "
            + "BALIGN=\"LEFT\" VALIGN=\"TOP\">\(text)</TD></TR></TABLE>"
        return (html, height + 2)
    }
}

extension Double {
    /// A size as DOT takes it: at most two decimals, no trailing zeros.
    var points: String {
        let hundredths = Int((self * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
