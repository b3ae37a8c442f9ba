/// Everything `bmc` knows about one canvas file, from one call: the document, the
/// typed canvas, the identifier index and the diagnostics, each with its fixes.
/// The command line and the language server both start here.
///
/// The pipeline is plain and runs on the caller's thread: read the bytes into a
/// document, type it against the schema, index the ids and resolve the references,
/// then, when there is no error, run the warning rules. Typing goes on around
/// syntax errors (see `CanvasDecoder`), so one run reports every problem it can.
public struct CanvasAnalysis: Sendable {
    public let source: SourceFile
    public let document: Document
    /// The typed canvas: every item that could be typed, also when the file has
    /// errors; `nil` when the document is no mapping at all.
    public let canvas: Canvas?
    public let index: IdentifierIndex
    /// Every problem, errors and warnings, in the order of the file, without the
    /// silenced warnings.
    public let diagnostics: [Diagnostic]
    /// The warnings the canvas's `ignore-warnings` (or the caller) silenced: never
    /// shown, but counted, so none is lost without a trace.
    public let silencedWarnings: [Diagnostic]

    /// The analysis of a file; `ignoring` names warnings silenced for this run on
    /// top of the canvas's own `ignore-warnings` (`bmc check --ignore`).
    public init(_ source: SourceFile, ignoring: Set<String> = []) {
        self = CanvasAnalysis(source, keepingText: true, ignoring: ignoring)
    }

    /// What `bmc check` reports for a file: the diagnostics of the analysis, found
    /// without keeping the canvas's free text, which no check reads (a large
    /// canvas then needs half the memory). Tests hold it to the full analysis.
    public static func diagnostics(of source: SourceFile) -> [Diagnostic] {
        withoutText(source).diagnostics
    }

    /// The analysis `diagnostics(of:)` makes: the diagnostics, the index and a
    /// canvas whose free text (names, points, notes) is left empty, for what
    /// needs the checks and the canvas's settings but not its words.
    public static func withoutText(_ source: SourceFile, ignoring: Set<String> = []) -> CanvasAnalysis {
        CanvasAnalysis(source, keepingText: false, ignoring: ignoring)
    }

    /// What `bmc check` reports for a file, and how many warnings were silenced.
    public static func checked(_ source: SourceFile, ignoring: Set<String>) -> (diagnostics: [Diagnostic], silenced: Int) {
        let analysis = CanvasAnalysis(source, keepingText: false, ignoring: ignoring)
        return (analysis.diagnostics, analysis.silencedWarnings.count)
    }

    private init(_ source: SourceFile, keepingText: Bool, ignoring: Set<String>) {
        self.source = source
        let (document, syntaxProblems) = Reader.read(source)
        self.document = document
        let (canvas, decoder) = CanvasDecoder.decode(document, keepsText: keepingText)
        self.canvas = canvas
        var diagnostics = syntaxProblems + decoder.diagnostics
        guard let canvas else {
            index = IdentifierIndex()
            self.diagnostics = diagnostics.sortedByPosition()
            silencedWarnings = []
            return
        }
        index = IdentifierIndex(canvas, document: document)
        // References to ids that were refused, or to items that could not be read
        // (or that a syntax error may have cost), would only echo those errors.
        let silenced: Set<String>? = !syntaxProblems.isEmpty || decoder.skippedAnItem ? nil
            : decoder.diagnostics.containsErrors ? decoder.refusedIdentifiers : []
        diagnostics += index.diagnostics + ReferenceResolution.diagnostics(of: canvas, index: index, document: document,
                                                                                silencing: silenced)
        // Warnings speak of the business model, which is known only once the file
        // is valid; on a broken file they would mostly echo its errors.
        var ignoredWarnings: [Diagnostic] = []
        if !diagnostics.containsErrors {
            let ignored = ignoring.union(canvas.ignoreWarnings)
            for warning in CanvasRules.warnings(of: canvas, index: index, document: document) {
                if ignored.contains(warning.code.name) { ignoredWarnings.append(warning) } else { diagnostics.append(warning) }
            }
        }
        self.diagnostics = diagnostics.sortedByPosition()
        silencedWarnings = ignoredWarnings.sortedByPosition()
    }

    public init(name: String, text: String) {
        self.init(SourceFile(name: name, text: text))
    }

    public var hasErrors: Bool { diagnostics.containsErrors }

    /// The canvas when the file has no errors: what exports and diffs take.
    public var validCanvas: Canvas? { hasErrors ? nil : canvas }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
