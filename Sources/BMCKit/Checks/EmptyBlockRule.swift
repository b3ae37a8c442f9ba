/// `empty-block`: one of the nine blocks has no item; `no-revenue`: revenue
/// streams exist but none comes from a segment.
enum EmptyBlockRule: CanvasRule {
    enum Warning: DiagnosticMessage, Equatable {
        case emptyBlock(Block)
        case noRevenue

        var code: DiagnosticCode { self == .noRevenue ? .noRevenue : .emptyBlock }

        func text(in language: CanvasLanguage) -> MessageText {
            MessageCatalogues.catalogue(for: language).text(self)
        }
    }

    static let codes: [DiagnosticCode] = [.emptyBlock, .noRevenue]

    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        var diagnostics = Block.allCases.filter { $0.itemCount(in: canvas) == 0 }.map { block in
            Diagnostic(Warning.emptyBlock(block), at: context.range(of: block))
        }
        // An empty block already says there is no revenue; this catches streams
        // that name no segment at all.
        if !canvas.revenueStreams.isEmpty && canvas.revenueStreams.allSatisfy({ $0.segments.isEmpty }) {
            diagnostics.append(Diagnostic(Warning.noRevenue, at: context.range(of: .revenueStreams)))
        }
        return diagnostics
    }
}

extension DiagnosticCode {
    public static let emptyBlock = DiagnosticCode("empty-block", .warning, "one of the nine blocks has no item")
    public static let noRevenue = DiagnosticCode("no-revenue", .warning, "no revenue stream comes from any segment at all")
}
