#if canImport(Glibc)
import Glibc
#endif
// The SPI adds what the fuzz target holds to account beside the public API.
@_spi(Fuzzing) import BMCKit

// libFuzzer calls this with arbitrary bytes. Every entry point of the toolkit runs
// on them; any crash, hang or broken invariant is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let source = SourceFile(name: "fuzz.canvas.yaml", bytes: bytes)
    let result = CanvasLoader.load(source)
    // `bmc check` keeps no free text; it must find exactly what a full load finds.
    precondition(CanvasLoader.diagnostics(of: source) == result.diagnostics, "check's pass disagrees with load")
    let renderer = DiagnosticTextRenderer()
    for diagnostic in result.diagnostics.prefix(50) {
        _ = renderer.render(diagnostic, in: source)
        _ = DiagnosticJSONRenderer.object(for: diagnostic, in: source).serialized()
    }
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

        // A large file is read in two halves and the trees joined: wherever the
        // split falls, the result must be what one reader gives (its layout and
        // comments through fmt, its values through the tree).
        for start in [nil, size / 4, size * 3 / 4] {
            guard let joined = Reader.documentReadInParts(source, splitSearchStart: start) else { continue }
            precondition(CanonicalFormatter.format(joined) == formatted, "reading in parts changed fmt's output")
            precondition(joined.untypedJSON == document.untypedJSON, "reading in parts changed the tree")
        }
    }

    if let canvas = result.canvas {
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
    }
    return 0
}

/// The canvas every input is compared with.
let fixedCanvas: Canvas? = CanvasLoader.load(SourceFile(name: "fixed", text: """
    name: Fixed
    customer-segments:
      - id: shops
        name: Shops
        priority: 1
    value-propositions:
      - name: Offer
        segments: [shops]
    """)).canvas

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
