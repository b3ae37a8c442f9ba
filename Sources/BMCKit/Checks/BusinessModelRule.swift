/// What every section-3 warning rule sees: the typed canvas and its id index.
struct RuleContext {
    let canvas: Canvas
    let index: IdentifierIndex

    /// Where to point for a problem with the canvas as a whole: the block's key if
    /// it is written, or else the canvas's `name`.
    func rangeOfBlock(_ key: String) -> SourceRange {
        canvas.origin.has(key) ? canvas.origin.keyRange(of: key) : canvas.origin.keyRange(of: "name")
    }
}

/// One warning, or a small group of warnings about the same thing: a canvas that
/// is valid but incoherent as a business model.
protocol BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic]
}

/// Every rule, run by `CanvasChecker` in this order (diagnostics are sorted by
/// position afterwards).
let businessModelRules: [@Sendable (RuleContext) -> [Diagnostic]] = [
    EmptyBlockRule.check,
    IncompleteItemRule.check,
    SegmentCoverageRule.check,
    SegmentCareRule.check,
    FitRule.check,
]
