#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension MarkdownDocument {
    /// Revenue and costs per currency and year (section 10.4 of the contract), from
    /// the amounts that have a yearly figure; the others listed apart, never summed.
    /// A price per ticket counted as if paid once would tell a shop it loses money.
    mutating func writeMoney() {
        let money = MoneySummary(revenue: canvas.revenueStreams, costs: canvas.costStructure)
        guard !money.currencies.isEmpty else { return }
        heading(2, labels.phrase(.revenueAndCosts))
        line(labels.phrase(.byCurrency))
        blankLine()
        let perYear = labels.phrase(.perYear).lowercased()
        line("| \(labels.phrase(.currency)) | \(labels.phrase(.revenue)), \(perYear) | \(labels.phrase(.costs)), \(perYear) "
             + "| \(labels.phrase(.net)) |")
        line("| --- | ---: | ---: | ---: |")
        for currency in money.currencies {
            let revenue = money.revenue[currency], costs = money.costs[currency]
            // A net result only when every amount of the currency is counted in it.
            let net = money.uncounted.contains { $0.item.currency == currency } ? nil : (revenue ?? 0) - (costs ?? 0)
            let cells = [revenue, costs, net].map { $0.map { LocalizedNumbers.money($0, in: labels.language) } ?? "—" }
            line("| \(currency) | " + cells.joined(separator: " | ") + " |")
        }
        guard !money.uncounted.isEmpty else { return }
        blankLine()
        line("\(labels.phrase(.withoutYearlyFigure)):")
        blankLine()
        for (item, isRevenue) in money.uncounted {
            let side = labels.phrase(isRevenue ? .revenue : .costs)
            let amount = item.amount.map { LocalizedNumbers.money($0, in: labels.language) } ?? ""
            let per = item.per.map { " / " + perPhrase($0.rawValue, unit: item.unit) } ?? ""
            line("- \(side): \(link(item.id)), \(amount) \(item.currency ?? "")\(per)")
        }
    }
}

/// The yearly figures of a canvas's amounts, summed per currency, and the amounts
/// that have none, in the order of the canvas.
struct MoneySummary {
    var revenue: [String: Decimal] = [:]
    var costs: [String: Decimal] = [:]
    /// The amounts without a yearly figure, each with whether it is revenue.
    var uncounted: [(item: any MoneyItem, isRevenue: Bool)] = []
    /// Every currency with an amount, sorted.
    var currencies: [String] = []

    init(revenue revenueItems: [any MoneyItem], costs costItems: [any MoneyItem]) {
        var currencies = Set<String>()
        for (items, isRevenue) in [(revenueItems, true), (costItems, false)] {
            for item in items {
                guard item.amount != nil, let currency = item.currency, item.per != nil else { continue }
                currencies.insert(currency)
                if let yearly = item.yearlyFigure {
                    if isRevenue { revenue[currency, default: 0] += yearly } else { costs[currency, default: 0] += yearly }
                } else {
                    uncounted.append((item, isRevenue))
                }
            }
        }
        self.currencies = currencies.sorted()
    }
}
