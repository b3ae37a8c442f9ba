/// Runs every check over a decoded canvas: the errors of ids and references, then
/// the business-model warnings of section 3.
public enum CanvasChecker {
    public static func check(_ canvas: Canvas) -> [Diagnostic] {
        let index = IdentifierIndex(canvas)
        var diagnostics = index.diagnostics
        diagnostics += ReferenceResolution(canvas, index: index).diagnostics
        let context = RuleContext(canvas: canvas, index: index)
        for rule in businessModelRules {
            diagnostics += rule(context)
        }
        return diagnostics
    }
}
