/// Runs every check over a decoded canvas: the errors of ids and references, and
/// the business-model warnings of section 3.
public enum CanvasChecker {
    /// The errors (duplicate ids, unresolved references) and the warnings, apart.
    public static func check(_ canvas: Canvas) -> (errors: [Diagnostic], warnings: [Diagnostic]) {
        let index = IdentifierIndex(canvas)
        let errors = index.diagnostics + ReferenceResolution(canvas, index: index).diagnostics
        let context = RuleContext(canvas: canvas, index: index)
        return (errors, businessModelRules.flatMap { $0(context) })
    }
}
