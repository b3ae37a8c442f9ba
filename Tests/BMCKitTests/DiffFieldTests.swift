import BMCKit
import Testing

/// Changed fields of every type, in the three formats. The expected outputs are
/// written by hand.
@Suite struct DiffFieldTests {
    @Test func textEnumAndIntegerFieldsSetChangedAndCleared() {
        DiffCheck.expect("""
            name: Acme
            customer-segments:
              - id: offices
                name: Small offices
                type: niche-market
                priority: 2
                growth: growing
            """, """
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                type: segmented
                priority: 3
                size: 40
            """,
            text: """
            ~ Customer Segments › offices: name "Small offices" → "Offices"
            ~ Customer Segments › offices: type niche-market → segmented
            ~ Customer Segments › offices: priority 2 → 3
            ~ Customer Segments › offices: size (none) → 40
            ~ Customer Segments › offices: growth growing → (none)
            """,
            json: """
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "name", "old": "Small offices", "new": "Offices"}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "type", "old": "niche-market", "new": "segmented"}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "priority", "old": 2, "new": 3}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "size", "old": null, "new": 40}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "growth", "old": "growing", "new": null}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Customer Segments | 0 | 0 | 0 | 0 | 1 |

            ### Customer Segments

            - **changed** `offices`: `name` "Small offices" → "Offices"
            - **changed** `offices`: `type` `niche-market` → `segmented`
            - **changed** `offices`: `priority` `2` → `3`
            - **changed** `offices`: `size` (none) → `40`
            - **changed** `offices`: `growth` `growing` → (none)
            """)
    }

    @Test func booleanDecimalCurrencyAndPeriod() {
        DiffCheck.expect("""
            name: Acme
            revenue-streams:
              - id: fees
                name: Fees
                recurring: false
                amount: 29.90
                currency: EUR
                per: month
            """, """
            name: Acme
            revenue-streams:
              - id: fees
                name: Fees
                recurring: true
                amount: 34.5
                currency: USD
                per: year
            """,
            text: """
            ~ Revenue Streams › fees: recurring false → true
            ~ Revenue Streams › fees: amount 29.9 → 34.5
            ~ Revenue Streams › fees: currency EUR → USD
            ~ Revenue Streams › fees: per month → year
            """,
            json: """
            {"block": "revenue-streams", "id": "fees", "change": "changed", "field": "recurring", "old": false, "new": true}
            {"block": "revenue-streams", "id": "fees", "change": "changed", "field": "amount", "old": 29.9, "new": 34.5}
            {"block": "revenue-streams", "id": "fees", "change": "changed", "field": "currency", "old": "EUR", "new": "USD"}
            {"block": "revenue-streams", "id": "fees", "change": "changed", "field": "per", "old": "month", "new": "year"}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Revenue Streams | 0 | 0 | 0 | 0 | 1 |

            ### Revenue Streams

            - **changed** `fees`: `recurring` `false` → `true`
            - **changed** `fees`: `amount` `29.9` → `34.5`
            - **changed** `fees`: `currency` `EUR` → `USD`
            - **changed** `fees`: `per` `month` → `year`
            """)
    }

    @Test func relationshipTypeCadenceAndDuration() {
        DiffCheck.expect("""
            name: Acme
            customer-relationships:
              - id: club
                name: Club
                type: community
                cadence: weekly
                response-time: 4h
                cost: low
            """, """
            name: Acme
            customer-relationships:
              - id: club
                name: Club
                type: co-creation
                response-time: 2d
                cost: low
            """,
            text: """
            ~ Customer Relationships › club: type community → co-creation
            ~ Customer Relationships › club: cadence weekly → (none)
            ~ Customer Relationships › club: response-time 4h → 2d
            """,
            json: """
            {"block": "customer-relationships", "id": "club", "change": "changed", "field": "type", "old": "community", "new": "co-creation"}
            {"block": "customer-relationships", "id": "club", "change": "changed", "field": "cadence", "old": "weekly", "new": null}
            {"block": "customer-relationships", "id": "club", "change": "changed", "field": "response-time", "old": "4h", "new": "2d"}
            """,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Customer Relationships | 0 | 0 | 0 | 0 | 1 |

            ### Customer Relationships

            - **changed** `club`: `type` `community` → `co-creation`
            - **changed** `club`: `cadence` `weekly` → (none)
            - **changed** `club`: `response-time` `4h` → `2d`
            """)
    }

    @Test func theCanvasOwnFieldsComeFirst() {
        DiffCheck.expect("""
            name: Acme
            version: "1.9"
            date: 2026-01-10
            language: en
            customer-segments:
              - id: offices
                name: Offices
                priority: 1
            """, """
            customer-segments:
              - id: offices
                name: Offices
                priority: 2
            name: Acme Hosting
            description: |
              Hosting for small offices.
              "Managed", not shared.
            version: "1.10"
            date: 2026-02-14
            authors: [Ana]
            language: es
            cost-approach: cost-driven
            """,
            text: #"""
            ~ name: "Acme" → "Acme Hosting"
            ~ description: (none) → "Hosting for small offices.\n\"Managed\", not shared.\n"
            ~ version: "1.9" → "1.10"
            ~ date: 2026-01-10 → 2026-02-14
            ~ authors: +"Ana"
            ~ language: en → es
            ~ cost-approach: (none) → cost-driven
            ~ Customer Segments › offices: priority 1 → 2
            """#,
            json: #"""
            {"block": null, "id": null, "change": "changed", "field": "name", "old": "Acme", "new": "Acme Hosting"}
            {"block": null, "id": null, "change": "changed", "field": "description", "old": null, "new": "Hosting for small offices.\n\"Managed\", not shared.\n"}
            {"block": null, "id": null, "change": "changed", "field": "version", "old": "1.9", "new": "1.10"}
            {"block": null, "id": null, "change": "changed", "field": "date", "old": "2026-01-10", "new": "2026-02-14"}
            {"block": null, "id": null, "change": "changed", "field": "authors", "old": null, "new": ["Ana"]}
            {"block": null, "id": null, "change": "changed", "field": "language", "old": "en", "new": "es"}
            {"block": null, "id": null, "change": "changed", "field": "cost-approach", "old": null, "new": "cost-driven"}
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "priority", "old": 1, "new": 2}
            """#,
            markdown: """
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | About this canvas | 0 | 0 | 0 | 0 | 7 |
            | Customer Segments | 0 | 0 | 0 | 0 | 1 |

            ### About this canvas

            - **changed** `name`: "Acme" → "Acme Hosting"
            - **changed** `description`: (none) → "Hosting for small offices. "Managed", not shared."
            - **changed** `version`: "1.9" → "1.10"
            - **changed** `date`: `2026-01-10` → `2026-02-14`
            - **changed** `authors`: +"Ana"
            - **changed** `language`: `en` → `es`
            - **changed** `cost-approach`: (none) → `cost-driven`

            ### Customer Segments

            - **changed** `offices`: `priority` `1` → `2`
            """)
    }

    @Test func listsAreComparedAsLists() {
        DiffCheck.expect("""
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                needs: [backups, support, support]
              - id: homes
                name: Homes
                needs: [quiet, cheap]
            channels:
              - id: web
                name: Website
                segments: [offices]
                phases: [awareness, purchase]
              - id: shop
                name: Shop
                phases: [awareness, purchase, delivery]
            """, """
            name: Acme
            customer-segments:
              - id: offices
                name: Offices
                needs: [support, uptime]
              - id: homes
                name: Homes
                needs: [cheap, quiet, fast]
            channels:
              - id: web
                name: Website
                segments: [offices, homes]
                phases: [purchase, after-sales]
              - id: shop
                name: Shop
                phases: [delivery, awareness, purchase]
            """,
            text: """
            ~ Customer Segments › offices: needs +"uptime" -"backups" -"support"
            ~ Customer Segments › homes: needs +"fast" (reordered)
            ~ Channels › web: segments +homes
            ~ Channels › web: phases +after-sales -awareness
            ~ Channels › shop: phases reordered [awareness, purchase, delivery] → [delivery, awareness, purchase]
            """,
            json: """
            {"block": "customer-segments", "id": "offices", "change": "changed", "field": "needs", "old": ["backups", "support", "support"], "new": ["support", "uptime"]}
            {"block": "customer-segments", "id": "homes", "change": "changed", "field": "needs", "old": ["quiet", "cheap"], "new": ["cheap", "quiet", "fast"]}
            {"block": "channels", "id": "web", "change": "changed", "field": "segments", "old": ["offices"], "new": ["offices", "homes"]}
            {"block": "channels", "id": "web", "change": "changed", "field": "phases", "old": ["awareness", "purchase"], "new": ["purchase", "after-sales"]}
            {"block": "channels", "id": "shop", "change": "changed", "field": "phases", "old": ["awareness", "purchase", "delivery"], "new": ["delivery", "awareness", "purchase"]}
            """,
            markdown: #"""
            ## Changes

            | Block | Added | Removed | Renamed | Moved | Changed |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Customer Segments | 0 | 0 | 0 | 0 | 2 |
            | Channels | 0 | 0 | 0 | 0 | 2 |

            ### Customer Segments

            - **changed** `offices`: `needs` +"uptime" -"backups" -"support"
            - **changed** `homes`: `needs` +"fast" (reordered)

            ### Channels

            - **changed** `web`: `segments` +`homes`
            - **changed** `web`: `phases` +`after-sales` -`awareness`
            - **changed** `shop`: `phases` reordered \[`awareness`, `purchase`, `delivery`\] → \[`delivery`, `awareness`, `purchase`\]
            """#)
    }
}
