/// `bmc diff --format text`: one line per change, marked `+` (added), `-`
/// (removed) or `~` (renamed, moved, changed), the block named in the labels'
/// language, then the item's id and the path down to a nested element:
///
/// ```
/// ~ version: "1.0" → "1.1"
/// + Channels › retailers
/// - Channels › kiosks
/// ~ Customer Relationships › club: renamed from club-membership
/// ~ Value Propositions › fast: moved 2 → 1
/// ~ Customer Segments › offices: priority 2 → 3
/// ~ Customer Segments › offices: needs +"Fast delivery" -"Cheap coffee"
/// + Customer Segments › offices › personas[laura]
/// ~ Customer Segments › offices › personas[ana] › pains[no-socket]: text "No socket" → "No free socket"
/// ```
public struct DiffTextRenderer: Sendable {
    public var labels: Labels
    /// Whether to colour lines with ANSI escapes: green `+`, red `-`, yellow `~`.
    public var usesColor: Bool

    public init(language: CanvasLanguage, usesColor: Bool = false) {
        self.labels = Labels.forLanguage(language)
        self.usesColor = usesColor
    }

    /// Every change on its own line; empty when there are none.
    public func render(_ changes: [CanvasChange]) -> String {
        changes.map { line(for: $0) + "\n" }.joined()
    }

    /// The line of one change, without its line end.
    public func line(for change: CanvasChange) -> String {
        let values = DiffValueWriter(isMarkdown: false)
        let place = location(of: change)
        let text: String
        let color: String
        switch change.kind {
        case .added:
            (text, color) = ("+ " + place, ANSI.green)
        case .removed:
            (text, color) = ("- " + place, ANSI.red)
        case .renamed:
            (text, color) = ("~ \(place): renamed from " + (change.old.map(\.stringValue) ?? ""), ANSI.yellow)
        case .moved:
            let positions = (change.old.map(\.stringValue) ?? "") + " → " + (change.new.map(\.stringValue) ?? "")
            (text, color) = ("~ \(place): moved " + positions, ANSI.yellow)
        case .changed:
            let field = change.field ?? ""
            let detail = values.detail(of: change)
            (text, color) = (place.isEmpty ? "~ \(field): \(detail)" : "~ \(place): \(field) \(detail)", ANSI.yellow)
        }
        return usesColor ? color + text + ANSI.reset : text
    }

    /// `Customer Segments › offices › personas[laura]`; empty for the canvas's own fields.
    func location(of change: CanvasChange) -> String {
        guard let block = change.block, let id = change.id else { return "" }
        return ([labels.block(block), id] + change.nested.map { "\($0.list)[\($0.id)]" }).joined(separator: " › ")
    }
}
