import BMCKit
import Foundation
import Testing

/// Section 2.3 (`per`, `unit`, `volume`) and 10.4: money that tells the truth. A
/// price per ticket is not a payment made once, and an amount without a yearly
/// figure is never summed into one.
@Suite("Money: per, unit, volume and yearly figures")
struct MoneyTests {
    /// A hardware store in a workshop: tickets at the counter (no volume yet),
    /// deliveries by rate, a monthly fee per contractor account, and its costs.
    static let hardwareStore = """
        name: Ferretería El Tornillo
        language: es
        revenue-streams:
          - name: Venta de mostrador
            amount: 185.00
            currency: MXN
            per: unit
            unit: ticket
          - name: Entregas a domicilio
            amount: 90
            currency: MXN
            per: unit
            unit: entrega
            volume: 40/week
          - name: Cuenta de contratista
            amount: 350
            currency: MXN
            per: month
            volume: 25
        cost-structure:
          - name: Renta del local
            amount: 42000
            currency: MXN
            per: month
          - name: Velador
            amount: 400
            currency: MXN
            per: day

        """

    static func table(_ text: String, _ language: CanvasLanguage) throws -> String {
        let canvas = try #require(CanvasAnalysis(source(text)).canvas)
        let markdown = MarkdownExporter(language: language).export(canvas)
        let start = try #require(markdown.range(of: "| "))
        let end = markdown.range(of: "\n## ", range: start.lowerBound..<markdown.endIndex)?.lowerBound ?? markdown.endIndex
        return String(markdown[start.lowerBound..<end])
    }

    // MARK: Yearly figures

    @Test func aPeriodPriceCountsItsPeriodsAndPayers() throws {
        let canvas = try #require(CanvasAnalysis(source(Self.hardwareStore)).canvas)
        // 350 a month from 25 contractors; 400 a night for 365 nights.
        #expect(canvas.revenueStreams[2].yearlyFigure == Decimal(350 * 12 * 25))
        #expect(canvas.costStructure[1].yearlyFigure == Decimal(400 * 365))
        #expect(canvas.costStructure[0].yearlyFigure == Decimal(42000 * 12))
    }

    @Test func aUnitPriceHasAYearlyFigureOnlyWithARate() throws {
        let canvas = try #require(CanvasAnalysis(source(Self.hardwareStore)).canvas)
        #expect(canvas.revenueStreams[0].yearlyFigure == nil)
        // 90 per delivery, 40 deliveries a week, 52 weeks.
        #expect(canvas.revenueStreams[1].yearlyFigure == Decimal(90 * 40 * 52))
    }

    @Test func aOneTimePriceIsCountedThroughItsRateOnly() throws {
        let once = """
            name: Alta
            revenue-streams:
              - name: Cuota de alta
                amount: 500
                currency: MXN
                per: once
              - name: Cuota de alta con ritmo
                amount: 500
                currency: MXN
                per: once
                volume: 10/quarter

            """
        let canvas = try #require(CanvasAnalysis(source(once)).canvas)
        #expect(canvas.revenueStreams.map(\.yearlyFigure) == [nil, Decimal(500 * 10 * 4)])
    }

    // MARK: The Markdown money table

    /// The hardware store: the counter's price per ticket is listed apart,
    /// never summed, and no net loss is made up from it.
    @Test func theSpanishTableListsTheTicketPriceApartAndGivesNoNet() throws {
        #expect(try Self.table(Self.hardwareStore, .es) == """
            | Moneda | Ingresos, por año | Costes, por año | Neto por año |
            | --- | ---: | ---: | ---: |
            | MXN | 292.200 | 650.000 | — |

            Importes sin cifra anual, que no se suman (un `volume` se la daría):

            - Ingresos: [Venta de mostrador](#venta-de-mostrador), 185 MXN / ticket

            """)
    }

    @Test func withEveryAmountCountedTheNetIsGiven() throws {
        let counted = Self.hardwareStore.replacingOccurrences(
            of: "    unit: ticket\n", with: "    unit: ticket\n    volume: 2600/month\n")
        // 185 × 2600 × 12 = 5 772 000 more revenue.
        #expect(try Self.table(counted, .pt) == """
            | Moeda | Receitas, por ano | Custos, por ano | Líquido por ano |
            | --- | ---: | ---: | ---: |
            | MXN | 6.064.200 | 650.000 | 5.414.200 |

            """)
    }

    @Test func theEnglishTableKeepsCurrenciesApart() throws {
        let twoCurrencies = """
            name: Two currencies
            revenue-streams:
              - name: Licences
                amount: 1000
                currency: USD
                per: year
                volume: 3
            cost-structure:
              - name: Office
                amount: 500
                currency: EUR
                per: quarter
              - name: Survey
                amount: 300
                currency: EUR
                per: once

            """
        #expect(try Self.table(twoCurrencies, .en) == """
            | Currency | Revenue, per year | Costs, per year | Net per year |
            | --- | ---: | ---: | ---: |
            | EUR | — | 2,000 | — |
            | USD | 3,000 | — | 3,000 |

            Amounts without a yearly figure, not summed (a `volume` would give them one):

            - Costs: [Survey](#survey), 300 EUR / once

            """)
    }

    @Test func aUnitIsShownWithItsAmountAndEscaped() throws {
        let canvas = try #require(CanvasAnalysis(source(
            Self.hardwareStore.replacingOccurrences(of: "unit: ticket", with: "unit: \"<b>ticket</b> | x\""))).canvas)
        let markdown = MarkdownExporter(language: .en).export(canvas)
        #expect(markdown.contains("- **Amount:** 185 MXN / \\<b\\>ticket\\</b\\> \\| x\n"))
        #expect(markdown.contains("- **Volume:** 40 / week\n"))
        #expect(MarkdownExporter(language: .es).export(canvas).contains("- **Volumen:** 25 pagadores\n"))
        #expect(!markdown.contains("<b>"))
    }

    // MARK: The shape of volume

    @Test func aRateWhereAPeriodPriceCountsPayersIsAnError() {
        let text = Self.hardwareStore.replacingOccurrences(of: "volume: 25", with: "volume: 25/month")
        #expect(problems(text) == ["19:13 bad-volume"])
        let message = onlyDiagnostic(text)
        #expect(message?.message == "'volume' of the price of a period counts payers, found '25/month'")
        #expect(message?.help == "write how many pay each period, such as 1200; for a rate, write 'per: unit'")
    }

    @Test func aCountWhereAUnitPriceNeedsARateIsAnError() {
        let text = Self.hardwareStore.replacingOccurrences(of: "volume: 40/week", with: "volume: 40")
        #expect(problems(text) == ["14:13 bad-volume"])
        #expect(onlyDiagnostic(text)?.help == "write how many are sold in a period, such as 600/month (day, week, month, quarter, year)")
    }

    @Test(arguments: ["lots", "40/fortnight", "-3", "40/unit", "1/once", "/month", "1234567890"])
    func aVolumeOfNeitherShapeIsAnError(_ volume: String) {
        let text = Self.hardwareStore.replacingOccurrences(of: "volume: 40/week", with: "volume: \(volume)")
        #expect(problems(text) == ["14:13 bad-volume"])
    }

    @Test func theJSONExportCarriesUnitAndVolume() throws {
        let canvas = try #require(CanvasAnalysis(source(Self.hardwareStore)).canvas)
        let json = JSONExporter.export(canvas)
        #expect(json.contains("""
                  "per": "unit",
                  "unit": "entrega",
                  "volume": "40/week"
            """))
        #expect(json.contains("""
                  "per": "month",
                  "volume": 25
            """))
    }

    @Test func theJSONSchemaKnowsTheNewPeriodsAndBothShapesOfVolume() {
        let schema = JSONSchemaExporter.export()
        #expect(schema.contains("\"once\",\n") && schema.contains("\"unit\",\n") && schema.contains("\"week\",\n"))
        #expect(schema.contains("\"pattern\": \"^[0-9]+(/(day|week|month|quarter|year))?$\""))
        // Which shape is due depends on `per`: a rate for unit and once, a count for a period.
        #expect(schema.contains("\"pattern\": \"^[0-9]+/(day|week|month|quarter|year)$\""))
        #expect(schema.contains("\"if\": {"))
    }
}
