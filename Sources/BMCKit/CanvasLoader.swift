import Dispatch

/// What loading one canvas file produced.
public struct CanvasLoadResult: Sendable {
    public var source: SourceFile
    public var document: Document
    /// The typed canvas, when the file had no errors that prevent typing it.
    public var canvas: Canvas?
    /// Every problem found, errors and warnings, in the order of the file.
    public var diagnostics: [Diagnostic]
}

/// The whole pipeline for one file: read the bytes, type the document against the
/// schema, resolve references, run the checks.
public enum CanvasLoader {
    /// `findingWarnings: false` leaves out the business-model warnings of section 3
    /// (the diagnostics are then the errors alone), for commands that need a valid
    /// canvas and show no warnings: a JSON or DOT export, a diff.
    public static func load(_ source: SourceFile, findingWarnings: Bool = true) -> CanvasLoadResult {
        load(source, scope: .everything, findingWarnings: findingWarnings)
    }

    /// What `bmc check` reports for a file: the same diagnostics as `load`, found
    /// without keeping the canvas's free text, which no check reads.
    /// For a large file, the tree and the model are freed on another core.
    public static func diagnostics(of source: SourceFile) -> [Diagnostic] {
        let result = load(source, scope: .structure)
        let diagnostics = result.diagnostics
        Teardown.release(result, madeFrom: source)
        return diagnostics
    }

    /// `diagnostics(of:)` for many files, checked on every core (each file is
    /// independent), in the order of the files.
    public static func diagnostics(of sources: [SourceFile]) -> [[Diagnostic]] {
        let results = ResultSlots<[Diagnostic]>(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            results[index] = diagnostics(of: sources[index])
        }
        return results.values
    }

    static func load(_ source: SourceFile, scope: DecodingScope, findingWarnings: Bool = true) -> CanvasLoadResult {
        let (document, readingDiagnostics) = Reader.read(source)
        guard !readingDiagnostics.containsErrors else {
            // A syntax error may leave the tree incomplete: typing it would only
            // report consequences of the same mistake.
            return CanvasLoadResult(source: source, document: document, canvas: nil, diagnostics: readingDiagnostics)
        }
        let (decoded, decoder) = CanvasDecoder.decodeKeepingState(document, scope: scope)
        var diagnostics = readingDiagnostics + decoder.diagnostics
        let decodingFailed = diagnostics.containsErrors
        var canvas: Canvas?
        if let decoded {
            // Ids and references are checked even when values had errors, so one run
            // reports them too; but not a reference to an id that was itself refused,
            // or any unknown reference once an item could not be read at all.
            let silenced: Set<String>? = !decodingFailed ? [] : decoder.skippedAnItem ? nil : decoder.refusedIdentifiers
            let (checkedErrors, warnings) = CanvasChecker.check(decoded, silencing: silenced,
                                                                     findingWarnings: findingWarnings)
            diagnostics += checkedErrors
            // Warnings speak of the business model, which is known only once the file
            // is valid; on a broken file they would mostly echo its errors.
            if !decodingFailed && checkedErrors.isEmpty {
                diagnostics += warnings
                // A canvas without its free text is no canvas to hand out.
                canvas = scope == .everything ? decoded : nil
            }
        }
        if canvas == nil { Teardown.release(decoded, madeFrom: source) }
        return CanvasLoadResult(source: source, document: document, canvas: canvas,
                                diagnostics: diagnostics.sortedByPosition())
    }
}

