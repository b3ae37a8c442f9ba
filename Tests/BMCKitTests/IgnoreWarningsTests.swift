import BMCKit
import Testing

/// Section 3: a canvas may silence the warnings it has decided to live with, for
/// itself (`ignore-warnings`) or for one run (`check --ignore`), and a silenced
/// warning is counted, never lost without a trace.
@Suite("ignore-warnings")
struct IgnoreWarningsTests {
    /// A first-hour canvas: nine empty blocks, and nothing else.
    static let firstHour = "name: Ferretería El Tornillo\nignore-warnings: [empty-block]\n"

    @Test func aSilencedWarningIsNotShownButKept() {
        let analysis = CanvasAnalysis(source(Self.firstHour))
        #expect(analysis.diagnostics.isEmpty)
        #expect(analysis.silencedWarnings.count == 9)
        #expect(Set(analysis.silencedWarnings.map(\.code.name)) == ["empty-block"])
    }

    @Test func onlyTheNamedWarningIsSilenced() {
        let text = edited(validCanvas, ("    type: personal\n", ""))
        #expect(problems(text).map { $0.split(separator: " ").last! } == ["untyped-relationship"])
        let ignoring = "name: Acme\nignore-warnings: [no-revenue]\n" + text.drop { $0 != "\n" }.dropFirst()
        #expect(CanvasAnalysis(source(ignoring)).diagnostics.map(\.code.name) == ["untyped-relationship"])
        #expect(CanvasAnalysis(source(ignoring)).silencedWarnings.isEmpty)
    }

    @Test func aRunMaySilenceMoreThanTheCanvasDoes() {
        let text = edited(validCanvas, ("    type: personal\n", ""))
        let analysis = CanvasAnalysis(source(text), ignoring: ["untyped-relationship"])
        #expect(analysis.diagnostics.isEmpty)
        #expect(analysis.silencedWarnings.map(\.code.name) == ["untyped-relationship"])
    }

    @Test func aMisspeltNameIsAnErrorWithItsFix() {
        let text = "name: Acme\nignore-warnings: [empty-blok]\n"
        #expect(problems(text) == ["2:19 bad-enum"])
        let diagnostic = onlyDiagnostic(text)
        #expect(diagnostic?.message == "unknown warning name 'empty-blok'")
        #expect(diagnostic?.help == "did you mean 'empty-block'?")
    }

    @Test func anErrorCannotBeSilenced() {
        #expect(problems("name: Acme\nignore-warnings: [bad-enum]\n") == ["2:19 bad-enum"])
    }

    @Test func theMarkdownExportNamesTheAcceptedWarnings() throws {
        let canvas = try #require(CanvasAnalysis(source(Self.firstHour)).canvas)
        #expect(MarkdownExporter(language: .es).export(canvas).contains("- **Advertencias aceptadas:** `empty-block`\n"))
        #expect(MarkdownExporter(language: .pt).export(canvas).contains("- **Avisos aceitos:** `empty-block`\n"))
    }
}
