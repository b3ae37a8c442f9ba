/// `bmc diff --format text`: one line per change, marked `+` (added), `-`
/// (removed) or `~` (renamed, moved, changed), the block named in the labels'
/// language, then the item's id and the path down to a nested element:
///
/// ```
/// ~ version: "1.0" → "1.1"
/// + Channels › retailers: "Retailers"
/// - Channels › kiosks: "Kiosks"
/// ~ Customer Relationships › club: renamed from club-membership
/// ~ Value Propositions › fast: moved 2 → 1
/// ~ Customer Segments › offices: priority 2 → 3
/// ~ Customer Segments › offices: needs +"Fast delivery" -"Cheap coffee"
/// + Customer Segments › offices › personas[laura]: "Laura, office manager"
/// ~ Customer Segments › offices › personas[ana] › pains[no-socket]: text "No socket" → "No free socket"
/// + warning: no channel reaches segment 'home-offices' [unreached-segment]
/// - warning: no revenue stream comes from any segment [no-revenue]
/// ```
public struct DiffTextRenderer: Sendable {
    public var labels: Labels
    public var words: DiffWords
    /// Whether to colour lines with ANSI escapes: green `+`, red `-`, yellow `~`.
    public var usesColor: Bool

    public init(language: CanvasLanguage, usesColor: Bool = false) {
        self.labels = Labels.forLanguage(language)
        self.words = DiffWords.forLanguage(language)
        self.usesColor = usesColor
    }

    /// Every change on its own line, then the warnings introduced (`+ warning:`)
    /// and resolved (`- warning:`); empty when there are none.
    public func render(_ changes: [CanvasChange], warnings: [WarningChange] = []) -> String {
        changes.map { line(for: $0) + "\n" }.joined() + warnings.map { line(for: $0) + "\n" }.joined()
    }

    /// `+ warning: no channel reaches segment 'students' [unreached-segment]`.
    /// The severity word and the code stay as compilers write them (section 9).
    public func line(for warning: WarningChange) -> String {
        let isIntroduced = warning.kind == .introduced
        let text = (isIntroduced ? "+" : "-") + " warning: " + TerminalSafeText.escaped(warning.message)
            + " [\(warning.code.name)]"
        return usesColor ? (isIntroduced ? ANSI.green : ANSI.red) + text + ANSI.reset : text
    }

    /// The line of one change, without its line end.
    public func line(for change: CanvasChange) -> String {
        let values = DiffValueWriter(isMarkdown: false, words: words)
        let place = location(of: change)
        let text: String
        let color: String
        switch change.kind {
        case .added:
            (text, color) = ("+ " + place + titled(change, values), ANSI.green)
        case .removed:
            (text, color) = ("- " + place + titled(change, values), ANSI.red)
        case .renamed:
            (text, color) = ("~ \(place): \(words.renamedFrom) " + (change.old.map(\.stringValue) ?? ""), ANSI.yellow)
        case .moved:
            let positions = (change.old.map(\.stringValue) ?? "") + " → " + (change.new.map(\.stringValue) ?? "")
            (text, color) = ("~ \(place): \(words.verb(.moved)) " + positions, ANSI.yellow)
        case .changed:
            let field = change.field ?? ""
            let detail = values.detail(of: change)
            (text, color) = (place.isEmpty ? "~ \(field): \(detail)" : "~ \(place): \(field) \(detail)", ANSI.yellow)
        }
        return usesColor ? color + text + ANSI.reset : text
    }

    /// `: "No free socket"`: what an added or removed element is called, quoted.
    private func titled(_ change: CanvasChange, _ values: DiffValueWriter) -> String {
        change.title.map { ": " + values.value(.string($0), type: .text) } ?? ""
    }

    /// `Customer Segments › offices › personas[laura]`; empty for the canvas's own fields.
    func location(of change: CanvasChange) -> String {
        guard let block = change.block, let id = change.id else { return "" }
        return ([labels.block(block), id] + change.nested.map { "\($0.list)[\($0.id)]" }).joined(separator: " › ")
    }
}
