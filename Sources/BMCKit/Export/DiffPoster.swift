/// `bmc diff --format dot` (section 10.5 of the contract): the canvas view of the
/// new canvas with what changed marked, for a review that reads a picture. Added
/// items in green with a `+`, changed ones in orange with a `~`, removed ones (from
/// the old canvas) in red and struck through, and a legend; block by block in the
/// classic layout of `CanvasPoster`, whose cells, colours and escaping it shares.
///
/// Kept apart from the poster on purpose: the poster is being rewritten, and this
/// file only needs its layout (`Block.posterCell`) and palette.
public struct DiffPoster: Sendable {
    public var labels: Labels

    public init(language: CanvasLanguage) {
        labels = Labels.forLanguage(language)
    }

    /// Colours that stay apart for colour-blind readers and in greyscale print
    /// (dark green, orange, dark red on the light block tints).
    static let addedColor = "#1B7837", changedColor = "#B35806", removedColor = "#B2182B"

    /// The poster of `new` (or of `old` when the canvas was deleted), marked with `changes`.
    public func dot(old: Canvas?, new: Canvas?, changes: [CanvasChange]) -> String {
        let shown = new ?? old ?? Canvas()
        let rows = Dictionary(grouping: Block.posterOrder, by: \.posterCell.row).sorted { $0.key < $1.key }
        let table = rows.map { _, blocks in
            "<TR>" + blocks.map { cell($0, shown: shown, old: new == nil ? nil : old, changes: changes) }.joined() + "</TR>"
        }
        // The legend spans the grid's ten columns (see `Block.posterCell`).
        let columns = Block.allCases.map { $0.posterCell.column + $0.posterCell.columnSpan }.max() ?? 1
        let legend = "<TR><TD COLSPAN=\"\(columns)\" ALIGN=\"LEFT\">"
            + mark(.added) + " " + DOTEscaping.html(labels.phrase(.legendAdded)) + "    "
            + mark(.changed) + " " + DOTEscaping.html(labels.phrase(.legendChanged)) + "    "
            + mark(.removed) + " " + DOTEscaping.html(labels.phrase(.legendRemoved)) + "</TD></TR>"
        return """
        digraph changes {
          graph [fontname="Helvetica", label=\(DOTEscaping.quoted(shown.name)), labelloc="t", fontsize=20];
          node [shape=plain, fontname="Helvetica", fontsize=11];
          poster [label=<
            <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="8">
              \((table + [legend]).joined(separator: "\n      "))
            </TABLE>
          >];
        }

        """
    }

    private enum Mark {
        case added, changed, removed
    }

    private func mark(_ mark: Mark) -> String {
        switch mark {
        case .added: return "<FONT COLOR=\"\(Self.addedColor)\"><B>+</B></FONT>"
        case .changed: return "<FONT COLOR=\"\(Self.changedColor)\"><B>~</B></FONT>"
        case .removed: return "<FONT COLOR=\"\(Self.removedColor)\"><B>−</B></FONT>"
        }
    }

    private func cell(_ block: Block, shown: Canvas, old: Canvas?, changes: [CanvasChange]) -> String {
        let here = changes.filter { $0.block == block.key }
        let added = Set(here.filter { $0.kind == .added && $0.nested.isEmpty }.compactMap(\.id))
        let changed = Set(here.filter { !($0.nested.isEmpty && ($0.kind == .added || $0.kind == .removed)) }.compactMap(\.id))
        let removed = Set(here.filter { $0.kind == .removed && $0.nested.isEmpty }.compactMap(\.id))
        var notes = block.items(of: shown).map { item -> String in
            let name = DOTEscaping.html(singleLine(item.name))
            if added.contains(item.id) {
                return mark(.added) + " <FONT COLOR=\"\(Self.addedColor)\">\(name)</FONT>"
            }
            if changed.contains(item.id) {
                return mark(.changed) + " <FONT COLOR=\"\(Self.changedColor)\">\(name)</FONT>"
            }
            return "• " + name
        }
        if let old {
            notes += block.items(of: old).filter { removed.contains($0.id) }.map { item in
                mark(.removed) + " <FONT COLOR=\"\(Self.removedColor)\"><S>\(DOTEscaping.html(singleLine(item.name)))</S></FONT>"
            }
        }
        let place = block.posterCell
        let span = (place.rowSpan > 1 ? " ROWSPAN=\"\(place.rowSpan)\"" : "") + " COLSPAN=\"\(place.columnSpan)\""
        return "<TD\(span) BGCOLOR=\"\(BlockPalette.color(of: block))\" ALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"180\">"
            + "<B>\(DOTEscaping.html(labels.block(block.key)))</B><BR ALIGN=\"LEFT\"/><BR ALIGN=\"LEFT\"/>"
            + notes.map { $0 + "<BR ALIGN=\"LEFT\"/>" }.joined() + "</TD>"
    }

    /// Names are shown on one line each; a line break would look like two items.
    private func singleLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
