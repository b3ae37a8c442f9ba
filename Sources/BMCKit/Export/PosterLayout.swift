/// The poster's geometry on its sheet: the grid of blocks from `Block.posterCell`,
/// the body font size (the paper's, or smaller until every block fits its cell),
/// the height of each row and the texts of title, legend and footer wrapped to
/// their widths. Sizes are whole points, as Graphviz's tables take them.
struct PosterLayout {
    let metrics: PosterBlock.Metrics
    let columns: Int
    let margin: Int
    let titleSize: Double
    let titleLines: [String]
    let titleHeight: Int
    let footerHeight: Int
    let legend: [(swatch: SegmentColours.Swatch, lines: [String])]
    let legendTitleWidth: Int
    let legendNameWidth: Int
    let legendPerRow: Int
    let legendNumberWidth: Int
    /// The width of the legend's entries, and of the whole footer.
    let legendWidth: Int
    let footerWidth: Int
    let footerLines: [String]
    let blocks: [Block: PosterBlock]
    /// Where each grid column and row starts, from the table's top left corner.
    private let columnStarts: [Int]
    private let rowStarts: [Int]

    /// Whether every block fits its cell at this size, and how much height the rows
    /// need for the height the sheet has (above 1 when they do not fit).
    let fits: Bool
    private let overflow: Double

    /// The layout at the largest body size (in quarter points, the paper's at most)
    /// at which every block fits: found by jumping near it (heights grow about as
    /// the square of the size), then halving the gap between the largest size known
    /// to fit and the smallest known not to.
    init(canvas: Canvas, labels: Labels, paper: Paper, colours: SegmentColours, openWarnings: Int) {
        func quarter(_ size: Double) -> Double { max(1.75, (size * 4).rounded(.down) / 4) }
        func layout(_ size: Double) -> PosterLayout {
            PosterLayout(canvas: canvas, labels: labels, paper: paper, colours: colours, openWarnings: openWarnings,
                         fontSize: size)
        }
        var size = paper.bodyFontSize
        var best: PosterLayout? = nil
        var failing = size + 0.25
        while true {
            let attempt = layout(size)
            if attempt.fits || size <= 1.75 {
                best = attempt
            } else {
                failing = size
            }
            guard let found = best else {
                size = quarter(min(size - 0.25, size / attempt.overflow.squareRoot()))
                continue
            }
            let next = quarter((found.metrics.fontSize + failing) / 2)
            if next <= found.metrics.fontSize || next >= failing { break }
            size = next
        }
        self = best!
    }

    private init(canvas: Canvas, labels: Labels, paper: Paper, colours: SegmentColours, openWarnings: Int,
                 fontSize: Double) {
        let page = paper.points
        let margin = Int((page.height * 0.025).rounded())
        let width = Int(page.width) - 2 * margin, height = Int(page.height) - 2 * margin
        let columns = Block.allCases.map { $0.posterCell.column + $0.posterCell.columnSpan }.max()!
        let rows = Block.allCases.map { $0.posterCell.row + $0.posterCell.rowSpan }.max()!
        let columnStarts = (0...columns).map { Int((Double(width) * Double($0) / Double(columns)).rounded()) }
        func cellWidth(_ cell: PosterCell) -> Int { columnStarts[cell.column + cell.columnSpan] - columnStarts[cell.column] }

        // Legend entries: the segments, and "no segment" when a note serves none.
        var entries = colours.swatches.map { ($0.swatch, $0.name) }
        let servesNone = Block.allCases.contains { block in
            block.items(of: canvas).contains { colours.swatches(of: $0.id).isEmpty }
        }
        if servesNone { entries.append((SegmentColours.neutral, labels.diagram.phrase(.noSegment))) }

        let m = PosterBlock.Metrics(fontSize: fontSize)
        let titleSize = fontSize * 1.8
        let titleLines = TextWrapping.lines(canvas.name, width: Double(width), fontSize: titleSize, bold: true)
        let titleHeight = Int((Double(titleLines.count) * PosterBlock.Metrics.lineHeight(titleSize) + fontSize * 0.6).rounded(.up))
        // The footer: the legend's title, its entries in rows across the width (each
        // name cut after two lines: the note of the segment, with the same number,
        // has it whole), and the facts on a line of their own.
        let titleWidth = Int((TextWrapping.width(of: labels.diagram.phrase(.segmentLegend)) * fontSize * 1.25
                              + 3 * m.notePadding).rounded(.up))
        let nameWidth = Int((m.detailSize * 16).rounded(.up))
        // The number's cell holds the widest number with its padding.
        let numberWidth = Int(max(m.stripeWidth, Double(String(entries.count).count) * 0.7 * m.detailSize
                                      + 2 * m.notePadding + 1).rounded(.up))
        let entryWidth = Double(nameWidth + numberWidth) + 3 * m.notePadding
        let perRow = max(1, Int((Double(width - titleWidth) - m.notePadding) / entryWidth))
        let legend = entries.map { entry in
            (entry.0, Self.cut(TextWrapping.lines(entry.1, width: Double(nameWidth) - 2 * m.notePadding - 1,
                                                  fontSize: m.detailSize), after: 2))
        }
        let legendRows = (legend.count + perRow - 1) / perRow
        // The entries' table exactly as wide as its cells and spacing, so Graphviz
        // does not stretch it: n entries of two cells, with spacing around each.
        let shownPerRow = max(1, min(perRow, legend.count))
        let legendWidth = shownPerRow * (numberWidth + nameWidth) + (2 * shownPerRow + 1) * Int(m.notePadding)
        let footerLines = Self.facts(of: canvas, labels: labels, openWarnings: openWarnings).flatMap {
            TextWrapping.lines($0, width: Double(width) - 2, fontSize: m.detailSize)
        }
        let entryHeight = 2 * PosterBlock.Metrics.lineHeight(m.detailSize) + 3 * m.notePadding
        let footerHeight = Int((max(Double(legendRows) * entryHeight + m.notePadding, fontSize * 1.2)
                                + Double(footerLines.count) * PosterBlock.Metrics.lineHeight(m.detailSize) + fontSize * 0.6).rounded(.up))
        let available = height - titleHeight - footerHeight

        var drawn: [Block: PosterBlock] = [:]
        for block in Block.allCases {
            drawn[block] = PosterBlock(block, of: canvas, width: Double(cellWidth(block.posterCell)), metrics: m,
                                       labels: labels, colours: colours)
        }
        let needs = Block.allCases.map { (cell: $0.posterCell, height: drawn[$0]!.height) }
        // Rows that do not fit take what they need: at the smallest size, text too
        // long for the sheet still gets a poster, which `size` shrinks onto it.
        let fitted = Self.rowHeights(needs, rows: rows, available: Double(available))
        let rowHeights = fitted ?? Self.rowHeights(needs, rows: rows, available: Double(available), growing: true)!
        self.fits = fitted != nil
        self.overflow = Double(rowHeights.reduce(0, +)) / Double(max(available, 1))
        self.metrics = m
        self.columns = columns
        self.margin = margin
        self.titleSize = titleSize
        self.titleLines = titleLines
        self.titleHeight = titleHeight
        self.footerHeight = footerHeight
        self.legend = legend
        self.legendTitleWidth = titleWidth
        self.legendNameWidth = nameWidth
        self.legendPerRow = perRow
        self.legendNumberWidth = numberWidth
        self.legendWidth = min(legendWidth, width - titleWidth)
        self.footerWidth = width
        self.footerLines = footerLines
        self.blocks = drawn
        self.columnStarts = columnStarts
        var starts = [0]
        for row in rowHeights { starts.append(starts.last! + row) }
        self.rowStarts = starts
    }

    /// The blocks in bands of rows that no block spans out of, each band's blocks in
    /// columns from left to right, each column's from top to bottom.
    var bands: [[[Block]]] {
        var bandOfRow = Array(0..<(rowStarts.count - 1))
        for block in Block.allCases {
            let cell = block.posterCell
            for row in cell.row..<(cell.row + cell.rowSpan) { bandOfRow[row] = bandOfRow[cell.row] }
        }
        return Array(Set(bandOfRow)).sorted().map { band in
            let blocks = Block.posterOrder.filter { bandOfRow[$0.posterCell.row] == band }
            return Array(Set(blocks.map(\.posterCell.column))).sorted().map { column in
                blocks.filter { $0.posterCell.column == column }.sorted { $0.posterCell.row < $1.posterCell.row }
            }
        }
    }

    func width(of cell: PosterCell) -> Int { columnStarts[cell.column + cell.columnSpan] - columnStarts[cell.column] }
    func height(of cell: PosterCell) -> Int { rowStarts[cell.row + cell.rowSpan] - rowStarts[cell.row] }

    /// Heights of the rows so that every block fits its cells, the rows shared out
    /// as evenly as the blocks allow and adding up to `available`; `nil` when the
    /// blocks need more than that (unless `growing`, when the rows take what they need).
    static func rowHeights(_ needs: [(cell: PosterCell, height: Double)], rows: Int, available: Double,
                           growing: Bool = false) -> [Int]? {
        var minimum = [Double](repeating: 0, count: rows)
        for need in needs where need.cell.rowSpan == 1 {
            minimum[need.cell.row] = max(minimum[need.cell.row], need.height)
        }
        for need in needs where need.cell.rowSpan > 1 {
            let spanned = need.cell.row..<(need.cell.row + need.cell.rowSpan)
            let deficit = need.height - spanned.reduce(0) { $0 + minimum[$1] }
            if deficit > 0 { for row in spanned { minimum[row] += deficit / Double(spanned.count) } }
        }
        guard minimum.reduce(0, +) <= available || growing else { return nil }
        let available = max(available, minimum.reduce(0, +).rounded(.up))
        // The level every row is raised to, if it is lower, so the rows fill the
        // space: found by halving, as the sum grows with the level.
        var low = 0.0, high = available
        for _ in 0..<50 {
            let level = (low + high) / 2
            if minimum.reduce(0, { $0 + max($1, level) }) > available { high = level } else { low = level }
        }
        let heights = minimum.map { max($0, low) }
        // Whole points that add up exactly: each row ends where its running total rounds to.
        var ends: [Int] = [], total = 0.0
        for row in heights.indices {
            total += heights[row]
            ends.append(row == heights.count - 1 ? Int(available) : Int(total.rounded()))
        }
        return ends.indices.map { $0 == 0 ? ends[0] : ends[$0] - ends[$0 - 1] }
    }

    /// The first `count` lines, the last of them ending in "…" if any were left out.
    static func cut(_ lines: [String], after count: Int) -> [String] {
        guard lines.count > count else { return lines }
        return Array(lines.prefix(count - 1)) + [String(lines[count - 1].dropLast(lines[count - 1].count > 1 ? 1 : 0)) + "…"]
    }

    /// The footer's facts: version, date, authors, and the number of open warnings.
    static func facts(of canvas: Canvas, labels: Labels, openWarnings: Int) -> [String] {
        var parts: [String] = []
        if let version = canvas.version { parts.append(labels.field("version") + " " + version) }
        if let date = canvas.date { parts.append(labels.field("date") + " " + date.description) }
        if !canvas.authors.isEmpty { parts.append(labels.field("authors") + ": " + canvas.authors.joined(separator: ", ")) }
        parts.append(labels.diagram.openWarnings(openWarnings))
        return [parts.joined(separator: " · ")]
    }
}
