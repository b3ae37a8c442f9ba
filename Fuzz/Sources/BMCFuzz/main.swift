#if canImport(Glibc)
import Glibc
#endif
import BMCKit

// libFuzzer calls this with arbitrary bytes. Every entry point of the toolkit runs
// on them; any crash, hang or broken invariant is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source = SourceFile(name: "fuzz.canvas.yaml", bytes: bytes)
    let result = CanvasAnalysis(source)
    for language in CanvasLanguage.allCases {
        _ = DiagnosticTextRenderer(language: language).render(Array(result.diagnostics.prefix(50)), in: source)
    }
    for diagnostic in result.diagnostics.prefix(50) {
        _ = DiagnosticJSONRenderer.object(for: diagnostic, in: source).serialized()
    }
    checkFixIts(of: result)
    checkPositions(in: source)
    checkEditingQueries(of: result)
    _ = result.document.untypedJSON.serialized()

    // fmt: whatever the reader accepts must format to a fixed point that reads back
    // to the same document.
    let (document, readingDiagnostics) = Reader.read(source)
    if !readingDiagnostics.containsErrors {
        let formatted = CanonicalFormatter.format(document)
        let (again, againDiagnostics) = Reader.read(SourceFile(name: "formatted", text: formatted))
        precondition(!againDiagnostics.containsErrors, "fmt output does not read back:\n\(formatted)")
        precondition(sortedTree(again) == sortedTree(document), "fmt changed the document:\n\(formatted)")
        precondition(CanonicalFormatter.format(again) == formatted, "fmt is not a fixed point:\n\(formatted)")
    }

    if let canvas = result.validCanvas {
        // diff against a fixed canvas, both ways, in every format; a canvas
        // compared with itself has no change.
        let changes = CanvasDiff.changes(from: fixedCanvas, to: canvas)
        _ = DiffTextRenderer(language: .en).render(changes)
        _ = DiffMarkdownRenderer(language: .pt).render(changes, title: "fuzz")
        _ = DiffJSONRenderer.render(CanvasDiff.changes(from: canvas, to: fixedCanvas))
        precondition(CanvasDiff.changes(from: canvas, to: canvas).isEmpty, "a canvas differs from itself")
        _ = JSONExporter.export(canvas)
        for language in CanvasLanguage.allCases {
            _ = MarkdownExporter(language: language).export(canvas, warnings: result.diagnostics, source: source)
        }
        _ = DOTExporter(language: .en, view: .canvas).export(canvas)
        _ = DOTExporter(language: .es, view: .map).export(canvas)
        _ = DOTExporter(language: .pt, view: .valueProposition).export(canvas)
    }
    return 0
}

/// A sure fix makes its problem go away: with a diagnostic's edits made, the file
/// has no diagnostic of its code where it was (other problems of that code may
/// show up, in what the fix let typing reach).
func checkFixIts(of analysis: CanvasAnalysis) {
    for diagnostic in analysis.diagnostics.prefix(5) {
        guard let fix = diagnostic.fixIts.first else { continue }
        let fixed = CanvasAnalysis(SourceFile(name: "fixed", bytes: TextEdit.applying(fix.edits, to: analysis.source.bytes)))
        // Where the diagnostic's start is once the edits before it are made.
        let moved = diagnostic.range.start + fix.edits.filter { $0.range.end <= diagnostic.range.start }
            .reduce(0) { $0 + $1.replacement.utf8.count - ($1.range.end - $1.range.start) }
        precondition(!fixed.diagnostics.contains { $0.code == diagnostic.code && $0.range.start == moved },
                     "the fix of \(diagnostic.code) at \(diagnostic.range) did not remove it")
    }
}

/// What an editor asks at a place (completion, hover, rename) answers with
/// ranges inside the text, at a dozen places spread over it; the outline's
/// entries hold their selections.
func checkEditingQueries(of analysis: CanvasAnalysis) {
    let length = analysis.source.bytes.count
    func inside(_ range: SourceRange) -> Bool { 0 <= range.start && range.start <= range.end && range.end <= length }
    for step in 0...12 {
        let offset = length * step / 12
        for completion in analysis.completions(at: offset) {
            precondition(inside(completion.range) && completion.range.end == offset, "completion range at \(offset)")
        }
        if let hover = analysis.hover(at: offset) { precondition(inside(hover.range), "hover range at \(offset)") }
        if analysis.renameTarget(at: offset) != nil, let edits = try? analysis.renameEdits(at: offset, to: "fuzz-renamed") {
            precondition(edits.allSatisfy { inside($0.range) }, "rename edit outside the text at \(offset)")
        }
    }
    func check(_ symbols: [OutlineSymbol]) {
        for symbol in symbols {
            precondition(inside(symbol.range) && symbol.selectionRange.start >= symbol.range.start
                         && symbol.selectionRange.end <= symbol.range.end, "outline entry \(symbol.name)")
            check(symbol.children)
        }
    }
    check(analysis.outline())
}

/// Every character boundary of the file converts to a position and back, in
/// every encoding.
func checkPositions(in source: SourceFile) {
    let bytes = source.bytes
    var offset = 0
    while offset <= bytes.count {
        for encoding in PositionEncoding.allCases {
            let position = source.position(of: offset, in: encoding)
            let back = source.offset(of: position, in: encoding)
            // The LF of a CR LF is no position of its own: the CR ends the line's text.
            let isLineFeedAfterCarriageReturn = offset > 0 && offset < bytes.count && bytes[offset] == 0x0A
                && bytes[offset - 1] == 0x0D
            precondition(back == offset || isLineFeedAfterCarriageReturn,
                         "offset \(offset) gives \(position) in \(encoding) and back \(back)")
        }
        offset += 1
        while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
    }
}

/// The canvas every input is compared with.
let fixedCanvas: Canvas? = CanvasAnalysis(SourceFile(name: "fixed", text: """
    name: Fixed
    customer-segments:
      - id: shops
        name: Shops
        priority: 1
    value-propositions:
      - name: Offer
        segments: [shops]
    """)).validCanvas

/// The document with mapping keys sorted: its meaning, whatever the layout.
func sortedTree(_ document: Document) -> String {
    func sorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members): return .object(members.map { JSONMember($0.key, sorted($0.value)) }.sorted { $0.key < $1.key })
        case .array(let elements): return .array(elements.map(sorted))
        default: return value
        }
    }
    return sorted(document.untypedJSON).serialized()
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
