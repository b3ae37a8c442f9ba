/// Runs every check over a decoded canvas: the errors of ids and references, and
/// the business-model warnings of section 3.
public enum CanvasChecker {
    /// The errors (duplicate ids, unresolved references) and the warnings, apart.
    /// `silencedIDs` are ids whose unknown references are not reported (their own
    /// errors were); `nil` silences every unknown reference.
    public static func check(_ canvas: Canvas, silencing silencedIDs: Set<String>? = [])
        -> (errors: [Diagnostic], warnings: [Diagnostic]) {
        let index = IdentifierIndex(canvas)
        let errors = index.diagnostics + ReferenceResolution(canvas, index: index, silencing: silencedIDs).diagnostics
        let context = RuleContext(canvas: canvas, index: index)
        return (errors, businessModelRules.flatMap { $0(context) })
    }
}
