import Dispatch

/// Runs every check over a decoded canvas: the errors of ids and references, and
/// the business-model warnings of section 3.
public enum CanvasChecker {
    /// A canvas with fewer ids is checked on the caller's thread. Its checks take
    /// less time than handing them to another core, and the first hand-over starts
    /// a thread, which a short run then waits for as it exits (a new thread may
    /// take milliseconds to first run on the benchmark machine, and a process ends
    /// only when all its threads have).
    static let idsWorthSharingOut = 1_000

    /// The errors (duplicate ids, unresolved references) and the warnings, apart.
    /// `silencedIDs` are ids whose unknown references are not reported (their own
    /// errors were); `nil` silences every unknown reference.
    /// With `findingWarnings: false` the warning rules are not run.
    public static func check(_ canvas: Canvas, silencing silencedIDs: Set<String>? = [], findingWarnings: Bool = true)
        -> (errors: [Diagnostic], warnings: [Diagnostic]) {
        let index = IdentifierIndex(canvas)
        let context = RuleContext(canvas: canvas, index: index)
        // Every check reads the canvas and the index only, so they run side by
        // side: reference resolution first in the list (in two parts), then the
        // rules in order.
        let resolution: [@Sendable (RuleContext) -> [Diagnostic]] = ReferenceResolution.Part.allCases.map { part in
            { ReferenceResolution($0.canvas, index: $0.index, silencing: silencedIDs, part: part).diagnostics }
        }
        let checks = resolution + (findingWarnings ? businessModelRules : [])
        let results = ResultSlots<[Diagnostic]>(count: checks.count)
        if index.count >= idsWorthSharingOut && ProcessorCount.online > 1 {
            DispatchQueue.concurrentPerform(iterations: checks.count) { position in
                results[position] = checks[position](context)
            }
        } else {
            for position in checks.indices { results[position] = checks[position](context) }
        }
        let found = results.values
        let errors = found.prefix(resolution.count).flatMap { $0 }
        return (index.diagnostics + errors, found.dropFirst(resolution.count).flatMap { $0 })
    }
}
