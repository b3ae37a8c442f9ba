import BMCKit
import Foundation
import Testing

/// `check --format markdown` (section 10.6): the workshop's open questions, block by
/// block, as a checklist with what to do, in the canvas's language, then the
/// warnings the canvas lives with and its notes.
@Suite struct OpenQuestionsTests {
    static let library = """
        name: Biblioteca de herramientas
        notes: |
          Pendiente: ¿cobramos una cuota a las empresas?
        language: es
        ignore-warnings: [no-revenue]
        customer-segments:
          - name: Vecinos
        value-propositions:
          - name: Herramientas sin comprarlas
            segments: [vecinos]
        customer-relationships:
          - name: Comunidad del barrio
            type: community
            segments: [vecinos]
        revenue-streams:
          - name: Donaciones
        key-resources:
          - name: Herramientas donadas
        key-activities:
          - name: Préstamo
        key-partnerships:
          - name: Ferretería <b>del</b> barrio
            provides: [herramientas-donadas]

        """

    @Test func theSpanishAgendaListsEachBlocksQuestionsAndTheNotes() {
        let markdown = OpenQuestionsRenderer(language: .es).render(CanvasAnalysis(source(Self.library)))
        #expect(markdown == """
            ## Preguntas abiertas: Biblioteca de herramientas

            ### Segmentos de clientes

            - [ ] ningún canal llega al segmento 'vecinos': añade 'vecinos' a los 'segments' de un canal (`unreached-segment`, t.canvas.yaml:7)

            ### Canales

            - [ ] el bloque Canales está vacío: añade al menos un elemento en 'channels:' (`empty-block`, t.canvas.yaml:1)

            ### Estructura de costes

            - [ ] el bloque Estructura de costes está vacío: añade al menos un elemento en 'cost-structure:' (`empty-block`, t.canvas.yaml:1)

            ### Advertencias aceptadas

            - `no-revenue`

            ### Notas

            Pendiente: ¿cobramos una cuota a las empresas?

            """)
    }

    @Test func aCanvasWithNothingOpenSaysSoInPortuguese() {
        let markdown = OpenQuestionsRenderer(language: .pt).render(CanvasAnalysis(source(validCanvas)))
        #expect(markdown == "## Questões em aberto: Test canvas\n\nNada pendente: o quadro não tem avisos.\n")
    }

    @Test func errorsAreOnTheListTooAndCanvasTextIsEscaped() {
        let broken = Self.library.replacingOccurrences(of: "provides: [herramientas-donadas]", with: "provides: [<i>x</i>]")
        let markdown = OpenQuestionsRenderer(language: .en).render(CanvasAnalysis(source(broken)))
        #expect(markdown.contains("### Key Partnerships\n\n- [ ] **error:** "))
        #expect(!markdown.contains("<i>") && !markdown.contains("<b>"))
    }
}
