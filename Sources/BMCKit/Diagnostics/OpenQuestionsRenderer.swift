/// `bmc check --format markdown` (section 10.6 of the contract): what is still open
/// in a canvas, for the next workshop's agenda or a pull request. For each block in
/// canonical order (the canvas's own fields first), its problems as a checklist,
/// each with what to do; then the warnings the canvas lives with and its `notes`.
///
/// ```
/// ## Preguntas abiertas: Biblioteca de herramientas
///
/// ### Segmentos de clientes
///
/// - [ ] no channel reaches segment 'vecinos': add 'vecinos' to the 'segments' of a channel (`unreached-segment`, biblioteca.canvas.yaml:5)
/// ```
///
/// Headings in the language asked for; canvas text escaped, never markup.
public struct OpenQuestionsRenderer: Sendable {
    public var labels: Labels

    public init(language: CanvasLanguage) {
        labels = Labels.forLanguage(language)
    }

    /// The open questions of one analysed file.
    public func render(_ analysis: CanvasAnalysis) -> String {
        let title = analysis.canvas.map(\.name).flatMap { $0.isEmpty ? nil : $0 } ?? analysis.source.name
        var lines = ["## " + MarkdownEscaping.inline(labels.phrase(.openQuestions) + ": " + title, atLineStart: false), ""]
        var byBlock: [Block?: [Diagnostic]] = [:]
        for diagnostic in analysis.diagnostics { byBlock[block(of: diagnostic, in: analysis), default: []].append(diagnostic) }
        if byBlock.isEmpty {
            lines += [labels.phrase(.nothingOpen), ""]
        }
        for block in [nil] + Block.allCases.map(Optional.some) {
            guard let problems = byBlock[block] else { continue }
            lines += ["### " + (block.map { labels.block($0.key) } ?? labels.phrase(.metadata)), ""]
            lines += problems.map { checklistItem($0, in: analysis) }
            lines.append("")
        }
        if let canvas = analysis.canvas, !canvas.ignoreWarnings.isEmpty {
            // Decided, not forgotten: named, so the next workshop can revisit them.
            lines += ["### " + labels.field("ignore-warnings"), ""]
            lines += canvas.ignoreWarnings.map { "- `\($0)`" }
            lines.append("")
        }
        if let notes = analysis.canvas?.notes {
            lines += ["### " + labels.field("notes"), ""]
            lines += MarkdownEscaping.paragraphs(notes, indent: "")
            lines.append("")
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `- [ ] message: help (`code`, file:line)`; an error says so, as compilers do.
    private func checklistItem(_ diagnostic: Diagnostic, in analysis: CanvasAnalysis) -> String {
        let text = diagnostic.text(in: labels.language)
        var item = "- [ ] " + (diagnostic.severity == .error ? "**error:** " : "")
            + MarkdownEscaping.inline(text.message, atLineStart: false)
        if let help = text.help { item += ": " + MarkdownEscaping.inline(help, atLineStart: false) }
        let line = analysis.source.location(of: diagnostic.range.start).line
        return item + " (`\(diagnostic.code.name)`, " + MarkdownEscaping.inline("\(analysis.source.name):\(line)", atLineStart: false) + ")"
    }

    /// The block a problem is about: the one it names (an empty block), or the one
    /// where it stands; `nil` for the canvas's own fields.
    private func block(of diagnostic: Diagnostic, in analysis: CanvasAnalysis) -> Block? {
        if let warning = diagnostic.problem as? EmptyBlockRule.Warning {
            if case .emptyBlock(let block) = warning { return block }
            return .revenueStreams
        }
        return analysis.location(at: diagnostic.range.start)?.block
    }
}
