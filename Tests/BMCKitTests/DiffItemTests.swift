import BMCKit
import Testing

/// Items added, removed, renamed and moved; personas, points and remedies inside
/// them; whole canvases added and removed. Expected outputs written by hand.
@Suite struct DiffItemTests {
    @Test func addedAndRemovedItemsInCanonicalBlockOrder() {
        DiffCheck.expect("""
            name: Acme
            channels:
              - id: kiosks
                name: Kiosks
              - id: web
                name: Website
            customer-segments:
              - id: offices
                name: Offices
            """, """
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
              - name: Home offices
            channels:
              - id: web
                name: Website
              - id: retailers
                name: Retailers
            key-resources:
              - name: Servers
            """,
            text: """
            + Customer Segments › home-offices: "Home offices"
            + Channels › retailers: "Retailers"
            - Channels › kiosks: "Kiosks"
            + Key Resources › servers: "Servers"
            """,
            json: """
            {"block": "customer-segments", "id": "home-offices", "change": "added", "new": {"id": "home-offices", "name": "Home offices"}}
            {"block": "channels", "id": "retailers", "change": "added", "new": {"id": "retailers", "name": "Retailers"}}
            {"block": "channels", "id": "kiosks", "change": "removed", "old": {"id": "kiosks", "name": "Kiosks"}}
            {"block": "key-resources", "id": "servers", "change": "added", "new": {"id": "servers", "name": "Servers"}}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Customer Segments | 1 | 0 | 0 | 0 | 0 |
            | Channels | 1 | 1 | 0 | 0 | 0 |
            | Key Resources | 1 | 0 | 0 | 0 | 0 |

            ### Customer Segments

            - **added** `home-offices`: "Home offices"

            ### Channels

            - **added** `retailers`: "Retailers"
            - **removed** `kiosks`: "Kiosks"

            ### Key Resources

            - **added** `servers`: "Servers"
            """)
    }

    /// An id changed and nothing else: renamed. The references to the old id had
    /// to follow (both canvases are valid), so they are no change either, and the
    /// relationship, whose derived id changed, is renamed too.
    @Test func renamedItemsAndTheReferencesThatFollowThem() {
        DiffCheck.expect("""
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
            customer-relationships:
              - id: club-membership
                name: Club
                type: community
                segments: [offices]
            revenue-streams:
              - id: fees
                name: Fees
                segments: [offices]
            """, """
            name: Acme
            customer-segments:
              - id: small-offices
                name: Offices
            customer-relationships:
              - name: Club
                type: community
                segments: [small-offices]
            revenue-streams:
              - id: fees
                name: Fees
                segments: [small-offices]
            """,
            text: """
            ~ Customer Segments › small-offices: renamed from offices
            ~ Customer Relationships › club: renamed from club-membership
            """,
            json: """
            {"block": "customer-segments", "id": "small-offices", "change": "renamed", "old": "offices", "new": "small-offices"}
            {"block": "customer-relationships", "id": "club", "change": "renamed", "old": "club-membership", "new": "club"}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Customer Segments | 0 | 0 | 1 | 0 | 0 |
            | Customer Relationships | 0 | 0 | 1 | 0 | 0 |

            ### Customer Segments

            - **renamed** `small-offices` (was `offices`)

            ### Customer Relationships

            - **renamed** `club` (was `club-membership`)
            """)
    }

    /// Section 10.3: a name edited, its derived id with it, the rest the same: the
    /// item is renamed, and the name change is shown.
    @Test func aNameChangeThatCarriesItsDerivedIdIsARename() {
        let text = DiffTextRenderer(language: .en).render(DiffCheck.changes("""
            name: Acme
            customer-relationships:
              - name: Club membership
                type: community
            """, """
            name: Acme
            customer-relationships:
              - name: Club
                type: community
            """))
        #expect(DiffCheck.lines(text) == [
            "~ Customer Relationships › club: renamed from club-membership",
            "~ Customer Relationships › club: name \"Club membership\" → \"Club\"",
        ])
    }

    /// A new id and any other change: the old item is gone, a new one came.
    @Test func anIdChangeWithAnotherChangeIsARemovalAndAnAddition() {
        let text = DiffTextRenderer(language: .en).render(DiffCheck.changes("""
            name: Acme
            customer-relationships:
              - name: Club membership
                type: community
            """, """
            name: Acme
            customer-relationships:
              - name: Club
                type: co-creation
            """))
        #expect(DiffCheck.lines(text) == [
            "+ Customer Relationships › club: \"Club\"",
            "- Customer Relationships › club-membership: \"Club membership\"",
        ])
    }

    /// An explicit id other than the name's is the item's own, whatever the name
    /// says; an item that is only a name has nothing else to tell it is the same.
    @Test func explicitIdsAndBareNamesAreNotRenamedThroughTheirName() {
        let explicit = DiffCheck.changes("""
            name: Acme
            channels:
              - id: shop
                name: Corner shop
                type: direct
            """, """
            name: Acme
            channels:
              - id: store
                name: Corner store
                type: direct
            """)
        #expect(explicit.map(\.kind) == [.added, .removed])
        let bare = DiffCheck.changes("name: Acme\nchannels:\n  - name: Kiosks\n", "name: Acme\nchannels:\n  - name: Retailers\n")
        #expect(bare.map(\.kind) == [.added, .removed])
    }

    /// The references that followed a rename are no change: a proposition's name
    /// typo fixed, and the channel and revenue stream updated to its new id.
    @Test func referencesThatFollowedANameChangeAreNoChange() {
        let changes = DiffCheck.changes("""
            name: Clínica
            customer-segments:
              - name: Familias
            value-propositions:
              - name: Pediatría sin esperas
                segments: [familias]
            channels:
              - name: Recepción
                segments: [familias]
                value-propositions: [pediatria-sin-esperas]
            revenue-streams:
              - name: Consultas
                value-propositions: [pediatria-sin-esperas]
            """, """
            name: Clínica
            customer-segments:
              - name: Familias
            value-propositions:
              - name: Pediatría sin espera
                segments: [familias]
            channels:
              - name: Recepción
                segments: [familias]
                value-propositions: [pediatria-sin-espera]
            revenue-streams:
              - name: Consultas
                value-propositions: [pediatria-sin-espera]
            """)
        #expect(DiffCheck.lines(DiffTextRenderer(language: .es).render(changes)) == [
            "~ Propuestas de valor › pediatria-sin-espera: renombrado, antes pediatria-sin-esperas",
            "~ Propuestas de valor › pediatria-sin-espera: name \"Pediatría sin esperas\" → \"Pediatría sin espera\"",
        ])
    }

    @Test func aDerivedIdMatchesTheSameIdWritten() {
        DiffCheck.expect("""
            name: Acme
            customer-segments:
              - name: Small offices
            """, """
            name: Acme
            customer-segments:
              - id: small-offices
                name: Small offices
            """, text: "", json: "", markdown: "")
    }

    @Test func movedItems() {
        DiffCheck.expect("""
            name: Acme
            value-propositions:
              - id: fast
                name: Fast
              - id: cheap
                name: Cheap
              - id: safe
                name: Safe
              - id: green
                name: Green
            channels:
              - id: web
                name: Website
              - id: shop
                name: Shop
              - id: app
                name: App
            """, """
            name: Acme
            value-propositions:
              - id: cheap
                name: Cheap
              - id: fast
                name: Fast
              - id: green
                name: Green
              - id: safe
                name: Safe
            channels:
              - id: phone
                name: Phone
              - id: shop
                name: Shop
              - id: app
                name: App
              - id: web
                name: Website
            """,
            text: """
            ~ Value Propositions › cheap: moved 2 → 1
            ~ Value Propositions › green: moved 4 → 3
            + Channels › phone: "Phone"
            ~ Channels › web: moved 1 → 4
            """,
            json: """
            {"block": "value-propositions", "id": "cheap", "change": "moved", "old": 2, "new": 1}
            {"block": "value-propositions", "id": "green", "change": "moved", "old": 4, "new": 3}
            {"block": "channels", "id": "phone", "change": "added", "new": {"id": "phone", "name": "Phone"}}
            {"block": "channels", "id": "web", "change": "moved", "old": 1, "new": 4}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Value Propositions | 0 | 0 | 0 | 2 | 0 |
            | Channels | 1 | 0 | 0 | 1 | 0 |

            ### Value Propositions

            - **moved** `cheap`: 2 → 1
            - **moved** `green`: 4 → 3

            ### Channels

            - **added** `phone`: "Phone"
            - **moved** `web`: 1 → 4
            """)
    }

    /// Moves are the fewest items that explain the new order: an insertion or a
    /// removal moves nothing else; of several ways, the one that leaves the most
    /// items at their position number. An item the others moved around is moved
    /// even when its number stayed (`c` in the last case).
    @Test(arguments: [
        ("a b c", "x a b c", ["+ Key Activities › x: \"x\""]),
        ("a b c", "b c", ["- Key Activities › a: \"a\""]),
        ("a b c", "c b a", ["~ Key Activities › c: moved 3 → 1", "~ Key Activities › a: moved 1 → 3"]),
        ("a b c d e", "e a b c d", ["~ Key Activities › e: moved 5 → 1"]),
        ("a b c d e", "b c d e a", ["~ Key Activities › a: moved 1 → 5"]),
        ("a b", "b a", ["~ Key Activities › b: moved 2 → 1"]),
        ("a b c d", "b a d c", ["~ Key Activities › b: moved 2 → 1", "~ Key Activities › d: moved 4 → 3"]),
        ("a b c d e", "d e c a b", [
            "~ Key Activities › d: moved 4 → 1", "~ Key Activities › e: moved 5 → 2", "~ Key Activities › c: moved 3 → 3",
        ]),
    ])
    func fewestMoves(_ old: String, _ new: String, _ expected: [String]) {
        func canvas(_ ids: String) -> String {
            "name: Acme\nkey-activities:\n" + ids.split(separator: " ").map { "  - name: \($0)\n" }.joined()
        }
        let text = DiffTextRenderer(language: .en).render(DiffCheck.changes(canvas(old), canvas(new)))
        #expect(DiffCheck.lines(text) == expected)
    }

    @Test func personasAreFollowedById() {
        DiffCheck.expect("""
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                personas:
                  - id: laura
                    name: Laura
                    role: office manager
                    prefers: [personal]
                    quote: "Backups? We email files."
                  - id: marc
                    name: Marc
                  - id: tom
                    name: Tom
            """, """
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                personas:
                  - id: tomas
                    name: Tom
                  - id: laura
                    name: Laura
                    role: office manager
                    prefers: [personal, self-service]
                    quote: "We email files around."
                  - id: ana
                    name: Ana
            """,
            text: """
            + Customer Segments › offices › personas[ana]: "Ana"
            - Customer Segments › offices › personas[marc]: "Marc"
            ~ Customer Segments › offices › personas[tomas]: renamed from tom
            ~ Customer Segments › offices › personas[tomas]: moved 3 → 1
            ~ Customer Segments › offices › personas[laura]: prefers +self-service
            ~ Customer Segments › offices › personas[laura]: quote "Backups? We email files." → "We email files around."
            """,
            json: """
            {"block": "customer-segments", "id": "offices", "change": "added", "field": "personas[ana]", "new": {"id": "ana", "name": "Ana"}}
            {"block": "customer-segments", "id": "offices", "change": "removed", "field": "personas[marc]", "old": {"id": "marc", "name": "Marc"}}
            {"block": "customer-segments", "id": "offices", "change": "renamed", "field": "personas[tomas]", "old": "tom", "new": "tomas"}
            {"block": "customer-segments", "id": "offices", "change": "moved", "field": "personas[tomas]", "old": 3, "new": 1}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "personas[laura].prefers", "old": ["personal"], "new": ["personal", "self-service"]}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "personas[laura].quote", "old": "Backups? We email files.", "new": "We email files around."}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Customer Segments | 0 | 0 | 0 | 0 | 1 |

            ### Customer Segments

            - **added** `offices › personas[ana]`: "Ana"
            - **removed** `offices › personas[marc]`: "Marc"
            - **renamed** `offices › personas[tomas]` (was `tom`)
            - **moved** `offices › personas[tomas]`: 3 → 1
            - **changed** `offices › personas[laura]`: `prefers` +`self-service`
            - **changed** `offices › personas[laura]`: `quote` "Backups? We email files." → "We email files around."
            """)
    }

    /// Points and remedies with an id are followed by id (a renamed pain takes the
    /// remedies that address it along); those without one are values of their list.
    @Test func pointsAndRemedies() {
        DiffCheck.expect("""
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                pains:
                  - id: lost-files
                    text: Files get lost
                  - id: slow
                    text: Slow backups
                  - Nobody owns IT
                gains:
                  - Peace of mind
                personas:
                  - id: laura
                    name: Laura
                    jobs: [keep the office running]
            value-propositions:
              - id: managed
                name: Managed backups
                segments: [offices]
                pain-relievers:
                  - id: nightly
                    text: Nightly backups
                    addresses: [lost-files]
                  - text: One number to call
                    addresses: [slow]
                  - We own IT for you
            """, """
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                pains:
                  - id: lost-files
                    text: Files get lost or overwritten
                  - id: slow-backups
                    text: Slow backups
                  - Nobody owns IT
                  - Audits
                personas:
                  - id: laura
                    name: Laura
                    jobs: [keep the office running, pass the audit]
            value-propositions:
              - id: managed
                name: Managed backups
                segments: [offices]
                pain-relievers:
                  - id: nightly
                    text: Nightly backups
                    addresses: [lost-files, slow-backups]
                  - text: One number to call
                    addresses: [slow-backups]
                  - We run IT for you
            """,
            text: """
            ~ Customer Segments › offices: pains +"Audits"
            ~ Customer Segments › offices › pains[slow-backups]: renamed from slow
            ~ Customer Segments › offices › pains[lost-files]: text "Files get lost" → "Files get lost or overwritten"
            ~ Customer Segments › offices: gains -"Peace of mind"
            ~ Customer Segments › offices › personas[laura]: jobs +"pass the audit"
            ~ Value Propositions › managed: pain-relievers +"We run IT for you" -"We own IT for you"
            ~ Value Propositions › managed › pain-relievers[nightly]: addresses +slow-backups
            """,
            json: """
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "pains", "old": [{"id": "lost-files", "text": "Files get lost"}, {"id": "slow", "text": "Slow backups"}, "Nobody owns IT"], "new": [{"id": "lost-files", "text": "Files get lost or overwritten"}, {"id": "slow-backups", "text": "Slow backups"}, "Nobody owns IT", "Audits"]}
            {"block": "customer-segments", "id": "offices", "change": "renamed", "field": "pains[slow-backups]", "old": "slow", "new": "slow-backups"}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "pains[lost-files].text", "old": "Files get lost", "new": "Files get lost or overwritten"}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "gains", "old": ["Peace of mind"], "new": null}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "personas[laura].jobs", "old": ["keep the office running"], "new": ["keep the office running", "pass the audit"]}
            {"block": "value-propositions", "id": "managed", "change": "changed", "field": "pain-relievers", "old": [{"id": "nightly", "text": "Nightly backups", "addresses": ["lost-files"]}, {"text": "One number to call", "addresses": ["slow"]}, "We own IT for you"], "new": [{"id": "nightly", "text": "Nightly backups", "addresses": ["lost-files", "slow-backups"]}, {"text": "One number to call", "addresses": ["slow-backups"]}, "We run IT for you"]}
            {"block": "value-propositions", "id": "managed", "change": "changed", "field": "pain-relievers[nightly].addresses", "old": ["lost-files"], "new": ["lost-files", "slow-backups"]}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Customer Segments | 0 | 0 | 0 | 0 | 1 |
            | Value Propositions | 0 | 0 | 0 | 0 | 1 |

            ### Customer Segments

            - **changed** `offices`: `pains` +"Audits"
            - **renamed** `offices › pains[slow-backups]` (was `slow`)
            - **changed** `offices › pains[lost-files]`: `text` "Files get lost" → "Files get lost or overwritten"
            - **changed** `offices`: `gains` -"Peace of mind"
            - **changed** `offices › personas[laura]`: `jobs` +"pass the audit"

            ### Value Propositions

            - **changed** `managed`: `pain-relievers` +"We run IT for you" -"We own IT for you"
            - **changed** `managed › pain-relievers[nightly]`: `addresses` +`slow-backups`
            """)
    }

    /// A remedy without an id but with `addresses` is a value of its list, written
    /// on one line as the JSON export writes it.
    @Test func aRemedyWithoutAnIdIsAValue() {
        let changes = DiffCheck.changes("""
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                gains:
                  - id: calm
                    text: Calm
                  - id: audit
                    text: Passing the audit
            value-propositions:
              - id: managed
                name: Managed
                segments: [offices]
                gain-creators:
                  - text: Monthly report
                    addresses: [calm]
            """, """
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                gains:
                  - id: calm
                    text: Calm
                  - id: audit
                    text: Passing the audit
            value-propositions:
              - id: managed
                name: Managed
                segments: [offices]
                gain-creators:
                  - text: Monthly report
                    addresses: [calm, audit]
            """)
        #expect(DiffCheck.lines(DiffTextRenderer(language: .en).render(changes)) == [
            #"~ Value Propositions › managed: gain-creators +{"text": "Monthly report", "addresses": ["calm", "audit"]} -{"text": "Monthly report", "addresses": ["calm"]}"#,
        ])
        #expect(DiffCheck.lines(DiffMarkdownRenderer(language: .en).render(changes, title: "Changes")).last
            == #"- **changed** `managed`: `gain-creators` +\{"text": "Monthly report", "addresses": \["calm", "audit"\]\} -\{"text": "Monthly report", "addresses": \["calm"\]\}"#)
    }

    @Test func anAddedCanvasIsEveryItemAdded() throws {
        let canvas = DiffCheck.canvas("""
            name: Acme
            version: "1"
            customer-segments:
              - id: offices
                name: Offices
                priority: 1
            channels:
              - id: web
                name: Website
            """)
        let renderer = DiffTextRenderer(language: .en)
        #expect(DiffCheck.lines(renderer.render(CanvasDiff.changes(from: nil, to: canvas))) == [
            #"~ name: (none) → "Acme""#,
            #"~ version: (none) → "1""#,
            "+ Customer Segments › offices: \"Offices\"",
            "+ Channels › web: \"Website\"",
        ])
        #expect(DiffCheck.lines(renderer.render(CanvasDiff.changes(from: canvas, to: nil))) == [
            #"~ name: "Acme" → (none)"#,
            #"~ version: "1" → (none)"#,
            "- Customer Segments › offices: \"Offices\"",
            "- Channels › web: \"Website\"",
        ])
        #expect(CanvasDiff.changes(from: nil, to: nil).isEmpty)
    }

    @Test func changesCarryTheirPlaceAndType() throws {
        let changes = DiffCheck.changes("""
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                personas:
                  - id: laura
                    name: Laura
                    pains:
                      - id: slow
                        text: Slow
            """, """
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                personas:
                  - id: laura
                    name: Laura
                    pains:
                      - id: slow
                        text: Very slow
            """)
        let change = try #require(changes.first)
        #expect(changes.count == 1)
        #expect(change == CanvasChange(block: "customer-segments", id: "offices", kind: .changed,
                                       nested: [.init("personas", "laura"), .init("pains", "slow")], field: "text",
                                       old: .string("Slow"), new: .string("Very slow")))
        #expect(change.fieldPath == "personas[laura].pains[slow].text")
        guard case .text? = change.valueType else {
            Issue.record("expected the type of a point's text, got \(String(describing: change.valueType))")
            return
        }
    }
}

/// The diff finds renames block by block in canonical order, and compares a
/// reference to a renamed id as a reference to the new id: that works because
/// every reference points to an earlier block. A schema change that breaks this
/// fails here.
@Suite struct DiffSchemaAssumptionTests {
    static let blockOfKind: [ItemKind: String] = [
        .segment: "customer-segments", .persona: "customer-segments", .job: "customer-segments",
        .pain: "customer-segments", .gain: "customer-segments",
        .valueProposition: "value-propositions", .product: "value-propositions", .painReliever: "value-propositions", .gainCreator: "value-propositions",
        .channel: "channels", .relationship: "customer-relationships", .revenueStream: "revenue-streams",
        .resource: "key-resources", .activity: "key-activities", .partnership: "key-partnerships", .cost: "cost-structure",
    ]

    @Test func everyReferencePointsToAnEarlierBlock() throws {
        #expect(Set(Self.blockOfKind.keys) == Set(ItemKind.allCases))
        for (blockIndex, block) in Block.allCases.map(\.key).enumerated() {
            guard case .list(.item(let schema))? = Canvas.itemSchema.field(block)?.type else {
                Issue.record("block \(block) is not a list of items")
                continue
            }
            for kinds in Self.referencedKinds(in: schema) {
                for kind in kinds {
                    let target = try #require(Block.allCases.map(\.key).firstIndex(of: Self.blockOfKind[kind] ?? ""))
                    #expect(target < blockIndex, "\(block) refers to \(kind.rawValue)")
                }
            }
        }
    }

    /// The kinds every reference field reachable from a schema accepts.
    static func referencedKinds(in schema: ItemSchema) -> [[ItemKind]] {
        schema.fields.flatMap { field -> [[ItemKind]] in
            switch field.type {
            case .reference(let kinds), .list(.reference(let kinds)): return [kinds]
            case .item(let nested), .textOrItem(let nested), .list(.item(let nested)), .list(.textOrItem(let nested)):
                return referencedKinds(in: nested)
            default: return []
            }
        }
    }
}
