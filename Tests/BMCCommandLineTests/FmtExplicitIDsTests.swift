import Foundation
import Testing

/// `bmc fmt --explicit-ids` (section 10.7): every derived id written out, so names
/// can be edited freely afterwards; no comment lost, the meaning the same.
@Suite struct FmtExplicitIDsTests {
    let derived = """
        # Taller de marzo
        name: Clínica
        customer-segments:
          # los de siempre
          - name: Familias   # casi todos
            personas:
              - name: Marta, madre de dos
                pains:
                  - id: espera
                    text: Espera dos horas
          - type: niche-market
            name: "Empresas"
        value-propositions:
          - id: vp
            name: Pediatría sin espera
            segments: [familias, empresas]

        """

    @Test func everyDerivedIdIsWrittenBeforeItsNameAndEveryCommentStays() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("clinica.canvas.yaml", derived)
        let result = runInProcess(["fmt", "--explicit-ids", path])
        #expect(result.status == 0)
        #expect(result.output == """
            # Taller de marzo
            name: Clínica

            customer-segments:
              # los de siempre
              - id: familias
                name: Familias  # casi todos
                personas:
                  - id: marta-madre-de-dos
                    name: Marta, madre de dos
                    pains:
                      - id: espera
                        text: Espera dos horas
              - id: empresas
                name: Empresas
                type: niche-market

            value-propositions:
              - id: vp
                name: Pediatría sin espera
                segments: [familias, empresas]

            """)
    }

    @Test func theCanvasMeansTheSameAndANameCanThenChange() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("clinica.canvas.yaml", derived)
        let written = try scratch.write("explicit.canvas.yaml", runInProcess(["fmt", "--explicit-ids", path]).output)
        #expect(runInProcess(["diff", path, written]).output.isEmpty)
        // The point of it: the name's typo fixed, every reference still whole.
        let renamed = try scratch.write("renamed.canvas.yaml", try String(contentsOfFile: written, encoding: .utf8)
            .replacingOccurrences(of: "name: Familias", with: "name: Familias del barrio"))
        #expect(runInProcess(["check", renamed]).output.contains("error") == false)
    }

    @Test func writeRewritesAndASecondRunChangesNothing() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("clinica.canvas.yaml", derived)
        #expect(runInProcess(["fmt", "-w", "--explicit-ids", path]).status == 0)
        let once = try String(contentsOfFile: path, encoding: .utf8)
        #expect(once.contains("  - id: familias\n"))
        #expect(runInProcess(["fmt", "--check", "--explicit-ids", path]).status == 0)
        #expect(runInProcess(["fmt", "--check", path]).status == 0)
    }

    @Test func aCanvasWithErrorsIsLeftAsItIs() throws {
        let scratch = try ScratchFolder()
        let text = "name: Acme\ncustomer-segments:\n  - name: Shops\n  - name: shops\n"
        let path = try scratch.write("acme.canvas.yaml", text)
        let result = runInProcess(["fmt", "-w", "--explicit-ids", path])
        #expect(result.status == 1)
        #expect(result.error.contains("[duplicate-id]"))
        #expect(result.error.hasSuffix("\(path): ids not written: the canvas has errors\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    /// Every example canvas: the same meaning, every comment line kept, no derived id left.
    @Test func everyExampleCanvasKeepsItsMeaningAndComments() throws {
        let folder = repositoryRoot.appendingPathComponent("Canvases")
        let scratch = try ScratchFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".canvas.yaml") {
            let path = folder.appendingPathComponent(name).path
            let result = runInProcess(["fmt", "--explicit-ids", path])
            #expect(result.status == 0, "\(name)")
            let copy = try scratch.write(name, result.output)
            #expect(runInProcess(["diff", path, copy]).output.isEmpty, "\(name)")
            let comments = { (text: String) in text.split(separator: "\n").filter { $0.contains("#") }.count }
            #expect(comments(result.output) == comments(try String(contentsOfFile: path, encoding: .utf8)), "\(name)")
            let json = runInProcess(["export", "--format", "json", copy]).output
            #expect(json == runInProcess(["export", "--format", "json", path]).output, "\(name)")
        }
    }
}
