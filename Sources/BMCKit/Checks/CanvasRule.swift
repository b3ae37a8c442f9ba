/// What every warning rule sees: the typed canvas, its id index, and the
/// document it was read from, for the ranges of the keys a warning points at.
struct RuleContext {
    let canvas: Canvas
    let index: IdentifierIndex
    let document: Document?

    /// Where to point for a problem with a block as a whole: the block's key if it
    /// is written, or else the canvas's `name`.
    func range(of block: Block) -> SourceRange {
        let entry = document?.entry(block.key, inMappingAt: canvas.span.range)
            ?? document?.entry("name", inMappingAt: canvas.span.range)
        return entry?.keyRange ?? canvas.span.range
    }

    /// The range of the value of `key` in the item at `span`, or the item's label
    /// when it has no such key.
    func range(of key: String, in span: SourceSpan) -> SourceRange {
        document?.entry(key, inMappingAt: span.range)?.value.range ?? span.label
    }
}

/// One warning rule of section 3, or a small group about the same thing: the
/// canvas is valid but incoherent as a business model. A rule declares its codes
/// (severity and meaning included) and its messages beside its logic.
protocol CanvasRule: Sendable {
    static var codes: [DiagnosticCode] { get }
    static func check(_ context: RuleContext) -> [Diagnostic]
}

/// Every rule, run in this order (diagnostics are sorted by position afterwards).
/// Their codes, in this order, are the docs' table of warnings and the names
/// `ignore-warnings` takes.
public enum CanvasRules {
    static let all: [any CanvasRule.Type] = [
        EmptyBlockRule.self,
        IncompleteItemRule.self,
        SegmentCoverageRule.self,
        SegmentCareRule.self,
        FitRule.self,
    ]

    /// The warnings of every rule about `canvas`.
    static func warnings(of canvas: Canvas, index: IdentifierIndex, document: Document? = nil) -> [Diagnostic] {
        let context = RuleContext(canvas: canvas, index: index, document: document)
        return all.flatMap { $0.check(context) }
    }
}
