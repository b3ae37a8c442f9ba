import BMCKit
import Foundation
import Testing

/// The three renderings of a realistic change (Café Aurora before and after a
/// workshop), layout-only changes, languages, colour and escaping.
@Suite struct DiffRenderingTests {
    static func workshopChanges() throws -> [CanvasChange] {
        let before = try DiffCheck.canvas(file: "Tests/Fixtures/diff/cafe-aurora.before.canvas.yaml")
        let after = try DiffCheck.canvas(file: "Tests/Fixtures/diff/cafe-aurora.after.canvas.yaml")
        return CanvasDiff.changes(from: before, to: after)
    }

    @Test func workshopChangesAsText() throws {
        let text = DiffTextRenderer(language: .en).render(try Self.workshopChanges())
        #expect(DiffCheck.lines(text) == DiffCheck.lines("""
            ~ version: "1.10" → "1.11"
            ~ date: 2026-03-14 → 2026-04-02
            + Customer Segments › students: "Students"
            ~ Customer Segments › remote-workers: size 1200 → 1500
            ~ Customer Segments › remote-workers: needs +"fast wifi"
            ~ Customer Segments › remote-workers › personas[laura-freelance-designer]: quote "I pay for the table, not just the coffee." → "I pay for the table and the quiet."
            ~ Value Propositions › work-friendly-cafe: segments +students
            + Channels › instagram: "Instagram"
            ~ Channels › counter: renamed from cafe-counter
            ~ Customer Relationships › regulars-group-chat: type community → co-creation
            + Revenue Streams › monthly-pass: "Monthly pass"
            ~ Revenue Streams › day-passes: amount 12.5 → 14
            """))
    }

    @Test func workshopChangesAsMarkdown() throws {
        let markdown = DiffMarkdownRenderer(language: .en).render(try Self.workshopChanges(), title: "Changes to Café Aurora")
        #expect(DiffCheck.lines(markdown) == DiffCheck.lines("""
            ## Changes to Café Aurora

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | About this canvas | 0 | 0 | 0 | 0 | 2 |
            | Customer Segments | 1 | 0 | 0 | 0 | 1 |
            | Value Propositions | 0 | 0 | 0 | 0 | 1 |
            | Channels | 1 | 0 | 1 | 0 | 0 |
            | Customer Relationships | 0 | 0 | 0 | 0 | 1 |
            | Revenue Streams | 1 | 0 | 0 | 0 | 1 |

            ### About this canvas

            - **changed** `version`: "1.10" → "1.11"
            - **changed** `date`: `2026-03-14` → `2026-04-02`

            ### Customer Segments

            - **added** `students`: "Students"
            - **changed** `remote-workers`: `size` `1200` → `1500`
            - **changed** `remote-workers`: `needs` +"fast wifi"
            - **changed** `remote-workers › personas[laura-freelance-designer]`: `quote` "I pay for the table, not just the coffee." → "I pay for the table and the quiet."

            ### Value Propositions

            - **changed** `work-friendly-cafe`: `segments` +`students`

            ### Channels

            - **added** `instagram`: "Instagram"
            - **renamed** `counter` (was `cafe-counter`)

            ### Customer Relationships

            - **changed** `regulars-group-chat`: `type` `community` → `co-creation`

            ### Revenue Streams

            - **added** `monthly-pass`: "Monthly pass"
            - **changed** `day-passes`: `amount` `12.5` → `14`
            """))
    }

    @Test func workshopChangesAsJSON() throws {
        let json = DiffJSONRenderer.render(try Self.workshopChanges())
        #expect(DiffCheck.jsonLines(json) == DiffCheck.lines("""
            {"block": null, "id": null, "change": "changed", "field": "version", "old": "1.10", "new": "1.11"}
            {"block": null, "id": null, "change": "changed", "field": "date", "old": "2026-03-14", "new": "2026-04-02"}
            {"block": "customer-segments", "id": "students", "change": "added", "new": {"id": "students", "name": "Students", "type": "niche-market", "priority": 2, "growth": "stable"}}
            {"block": "customer-segments", "id": "remote-workers", "change": "changed", "field": "size", "old": 1200, "new": 1500}
            {"block": "customer-segments", "id": "remote-workers", "change": "changed", "field": "needs", "old": ["a quiet table with a power socket", "good coffee all day"], "new": ["a quiet table with a power socket", "good coffee all day", "fast wifi"]}
            {"block": "customer-segments", "id": "remote-workers", "change": "changed", "field": "personas[laura-freelance-designer].quote", "old": "I pay for the table, not just the coffee.", "new": "I pay for the table and the quiet."}
            {"block": "value-propositions", "id": "work-friendly-cafe", "change": "changed", "field": "segments", "old": ["remote-workers"], "new": ["remote-workers", "students"]}
            {"block": "channels", "id": "instagram", "change": "added", "new": {"id": "instagram", "name": "Instagram", "segments": ["remote-workers", "students"], "type": "direct", "owner": "own", "phases": ["awareness"]}}
            {"block": "channels", "id": "counter", "change": "renamed", "old": "cafe-counter", "new": "counter"}
            {"block": "customer-relationships", "id": "regulars-group-chat", "change": "changed", "field": "type", "old": "community", "new": "co-creation"}
            {"block": "revenue-streams", "id": "monthly-pass", "change": "added", "new": {"id": "monthly-pass", "name": "Monthly pass", "segments": ["remote-workers"], "type": "subscription", "pricing": "list-price", "recurring": true, "amount": 150, "currency": "EUR", "per": "month"}}
            {"block": "revenue-streams", "id": "day-passes", "change": "changed", "field": "amount", "old": 12.5, "new": 14}
            """))
        // Valid JSON that any parser reads.
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 12)
    }

    /// The exact bytes: two-space indentation as the JSON export, `null` written out.
    @Test func jsonIsIndentedLikeTheExport() {
        let changes = DiffCheck.changes("""
            name: Acme
            authors: [Ana]
            """, """
            name: Acme
            channels:
              - name: Web
            """)
        #expect(DiffJSONRenderer.render(changes) == """
            [
              {
                "block": null,
                "id": null,
                "change": "changed",
                "field": "authors",
                "old": [
                  "Ana"
                ],
                "new": null
              },
              {
                "block": "channels",
                "id": "web",
                "change": "added",
                "new": {
                  "id": "web",
                  "name": "Web"
                }
              }
            ]

            """)
    }

    /// What `fmt` changes is no change: a hand-reformatted copy of an example (other
    /// indentation, key and block order, quoting, flow and block lists, comments,
    /// explicit ids equal to the derived ones, `12.50` as `12.5`) gives nothing.
    @Test func layoutIsNoChange() throws {
        let original = try DiffCheck.canvas(file: "Canvases/cafe-aurora.canvas.yaml")
        let reformatted = try DiffCheck.canvas(file: "Tests/Fixtures/diff/cafe-aurora.reformatted.canvas.yaml")
        let changes = CanvasDiff.changes(from: original, to: reformatted)
        #expect(changes.isEmpty)
        #expect(DiffTextRenderer(language: .en).render(changes) == "")
        #expect(DiffMarkdownRenderer(language: .en).render(changes, title: "Changes") == "")
        #expect(DiffJSONRenderer.render(changes) == "[]\n")
    }

    @Test func everyExampleEqualsItself() throws {
        let folder = DiffCheck.root.appendingPathComponent("Canvases")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".canvas.yaml") {
            let canvas = try DiffCheck.canvas(file: "Canvases/" + name)
            #expect(CanvasDiff.changes(from: canvas, to: canvas).isEmpty, "\(name)")
        }
    }

    @Test func blockNamesSpeakTheChosenLanguage() throws {
        let changes = try Self.workshopChanges()
        let spanish = DiffCheck.lines(DiffTextRenderer(language: .es).render(changes))
        #expect(spanish[2] == "+ Segmentos de clientes › students: \"Students\"")
        #expect(spanish[8] == "~ Canales › counter: renombrado, antes cafe-counter")
        let portuguese = DiffCheck.lines(DiffMarkdownRenderer(language: .pt).render(changes, title: "Alterações"))
        #expect(portuguese[4] == "| Sobre este quadro | 0 | 0 | 0 | 0 | 2 |")
        #expect(portuguese.contains("### Segmentos de clientes"))
        #expect(portuguese[2] == "| Bloco | Adicionados | Removidos | Renomeados | Movidos | Alterados |")
        #expect(portuguese.contains("- **adicionado** `students`: \"Students\""))
    }

    @Test func colourMarksEachLineByItsKind() {
        let changes = DiffCheck.changes("""
            name: Acme
            channels:
              - id: kiosks
                name: Kiosks
            key-resources:
              - id: servers
                name: Servers
                type: physical
            """, """
            name: Acme
            channels:
              - id: web
                name: Website
            key-resources:
              - id: servers
                name: Servers
                type: intellectual
            """)
        #expect(DiffCheck.lines(DiffTextRenderer(language: .en, usesColor: true).render(changes)) == [
            "\u{1B}[32m+ Channels › web: \"Website\"\u{1B}[0m",
            "\u{1B}[31m- Channels › kiosks: \"Kiosks\"\u{1B}[0m",
            "\u{1B}[33m~ Key Resources › servers: type physical → intellectual\u{1B}[0m",
        ])
    }

    /// Text from a canvas can neither break a line nor send escape sequences to the
    /// terminal, nor become Markdown.
    @Test func canvasTextIsEscaped() {
        let changes = DiffCheck.changes("""
            name: Acme
            """, """
            name: "<b>*Acme*</b> | \\x1b[31m\\nred"
            """)
        #expect(DiffCheck.lines(DiffTextRenderer(language: .en).render(changes)) == [
            #"~ name: "Acme" → "<b>*Acme*</b> | \u001b[31m\nred""#,
        ])
        #expect(DiffCheck.lines(DiffMarkdownRenderer(language: .en).render(changes, title: "<i>Acme</i>")) == [
            #"## \<i\>Acme\</i\>"#,
            "",
            "| Block | Added | Removed | Renamed | Moved | Changed |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
            "| About this canvas | 0 | 0 | 0 | 0 | 1 |",
            "",
            "### About this canvas",
            "",
            #"- **changed** `name`: "Acme" → "\<b\>\*Acme\*\</b\> \| \[31m red""#,
        ])
    }

    @Test func summaryCountsItemsOncePerKind() throws {
        let summary = DiffSummary(try Self.workshopChanges())
        #expect(summary.rows.map(\.block) == [nil, "customer-segments", "value-propositions", "channels",
                                               "customer-relationships", "revenue-streams"])
        let segments = summary.rows[1]
        #expect((segments.added, segments.removed, segments.renamed, segments.moved, segments.changed) == (1, 0, 0, 0, 1))
    }
}
