import BMCKit
import Foundation
import Testing

/// Section 10.3: a typo fixed in a name changes the id derived from it, and every
/// reference to the old id breaks. The `unknown-reference` help names the item the
/// old id came from and the `id:` line that keeps the references.
@Suite struct RenameHelpTests {
    /// "Pediatría sin esperas" became "…espera"; two references still use the old id.
    static let renamed = """
        name: Clínica
        customer-segments:
          - name: Familias
        value-propositions:
          - name: Pediatría sin espera
            segments: [familias]
        channels:
          - name: Recepción
            segments: [familias]
            value-propositions: [pediatria-sin-esperas]
        revenue-streams:
          - name: Consultas
            value-propositions: [pediatria-sin-esperas]

        """

    @Test func theHelpNamesTheItemAndTheIdLine() {
        let errors = diagnostics(Self.renamed)
        #expect(locations(errors, in: source(Self.renamed)) == ["10:26 unknown-reference", "13:26 unknown-reference"])
        #expect(errors.first?.help == "did you mean 'pediatria-sin-espera'? If 'pediatria-sin-esperas' was the id of "
            + "a value proposition 'Pediatría sin espera' before its name changed, write 'id: pediatria-sin-esperas' "
            + "on it to keep every reference")
    }

    /// The second fix writes the old id on the item: every reference is whole again.
    @Test func theIdLineFixesEveryReferenceAtOnce() throws {
        let file = source(Self.renamed)
        let error = try #require(CanvasAnalysis(file).diagnostics.first)
        #expect(error.fixIts.count == 2)
        let fixed = String(decoding: TextEdit.applying(error.fixIts[1].edits, to: file.bytes), as: UTF8.self)
        #expect(fixed == Self.renamed.replacingOccurrences(
            of: "  - name: Pediatría sin espera\n", with: "  - id: pediatria-sin-esperas\n    name: Pediatría sin espera\n"))
        #expect(!CanvasAnalysis(source(fixed)).hasErrors)
    }

    /// The first fix is still the word the reference meant.
    @Test func theFirstFixReplacesTheOneReference() throws {
        let file = source(Self.renamed)
        let error = try #require(CanvasAnalysis(file).diagnostics.first)
        let fixed = String(decoding: TextEdit.applying(error.fixIts[0].edits, to: file.bytes), as: UTF8.self)
        #expect(problems(fixed) == ["13:26 unknown-reference"])
    }

    /// An explicit id is the author's choice: no name changed it, so no id line is offered.
    @Test func aCloseExplicitIdGetsOnlyDidYouMean() {
        let text = Self.renamed.replacingOccurrences(of: "  - name: Pediatría sin espera\n",
                                                     with: "  - id: pediatria-sin-espera\n    name: Pediatría\n")
        let error = diagnostics(text).first
        #expect(error?.help == "did you mean 'pediatria-sin-espera'?")
        #expect(error?.fixIts.count == 1)
    }
}
