/// `bmc diff --format markdown`: a summary for a pull request comment. A title,
/// a table of counts per block, then the changes block by block, one bullet each:
///
/// ```
/// ## Changes to Café Aurora
///
/// | Block | Added | Removed | Renamed | Moved | Changed |
/// | --- | ---: | ---: | ---: | ---: | ---: |
/// | Customer Segments | 1 | 0 | 0 | 0 | 1 |
///
/// ### Customer Segments
///
/// - **added** `home-offices`: "Home offices"
/// - **changed** `offices`: `priority` `2` → `3`
///
/// ### Warnings introduced
///
/// - `unreached-segment` (cafe.canvas.yaml:12:11): no channel reaches segment 'home-offices'
/// ```
///
/// Block names come in the labels' language, the canvas's own fields under the
/// heading of the Markdown export's metadata. Ids, keys and enum words are code;
/// texts are quoted and escaped so that they can never become markup. No changes
/// give an empty document.
public struct DiffMarkdownRenderer: Sendable {
    public var labels: Labels
    public var words: DiffWords

    public init(language: CanvasLanguage) {
        self.labels = Labels.forLanguage(language)
        self.words = DiffWords.forLanguage(language)
    }

    /// The summary under the heading `title` (plain text, escaped here), then the
    /// warnings the changes introduced and resolved.
    public func render(_ changes: [CanvasChange], title: String, warnings: [WarningChange] = []) -> String {
        guard !changes.isEmpty || !warnings.isEmpty else { return "" }
        var lines = ["## " + MarkdownEscaping.inline(title, atLineStart: false), ""]
        lines.append("| " + ([words.block] + CanvasChange.Kind.allCases.map(words.heading)).joined(separator: " | ") + " |")
        lines.append("| --- | ---: | ---: | ---: | ---: | ---: |")
        for row in DiffSummary(changes).rows {
            let counts = [row.added, row.removed, row.renamed, row.moved, row.changed].map(String.init)
            lines.append("| " + ([heading(row.block)] + counts).joined(separator: " | ") + " |")
        }
        var block: String??
        for change in changes {
            if block != .some(change.block) {
                block = .some(change.block)
                lines += ["", "### " + heading(change.block), ""]
            }
            lines.append("- " + bullet(for: change))
        }
        for (kind, phrase) in [(WarningChange.Kind.introduced, Phrase.warningsIntroduced), (.resolved, .warningsResolved)] {
            let listed = warnings.filter { $0.kind == kind }
            guard !listed.isEmpty else { continue }
            lines += ["", "### " + labels.phrase(phrase), ""]
            for warning in listed {
                let place = MarkdownEscaping.inline("\(warning.file):\(warning.location)", atLineStart: false)
                lines.append("- `\(warning.code.name)` (\(place)): " + MarkdownEscaping.inline(warning.message, atLineStart: false))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ block: String?) -> String {
        MarkdownEscaping.inline(block.map(labels.block) ?? labels.phrase(.metadata), atLineStart: false)
    }

    private func bullet(for change: CanvasChange) -> String {
        let values = DiffValueWriter(isMarkdown: true, words: words)
        let place = ([change.id].compactMap { $0 } + change.nested.map { "\($0.list)[\($0.id)]" })
            .joined(separator: " › ")
        let item = values.word(place)
        let verb = "**\(words.verb(change.kind))** "
        switch change.kind {
        case .added, .removed:
            return verb + item + (change.title.map { ": " + values.value(.string($0), type: .text) } ?? "")
        case .renamed:
            return verb + item + " (\(words.was) " + values.word(change.old.map(\.stringValue) ?? "") + ")"
        case .moved:
            return verb + item + ": " + (change.old.map(\.stringValue) ?? "") + " → " + (change.new.map(\.stringValue) ?? "")
        case .changed:
            let field = values.word(change.field ?? "")
            let detail = values.detail(of: change)
            return place.isEmpty ? verb + field + ": " + detail : verb + item + ": " + field + " " + detail
        }
    }
}
