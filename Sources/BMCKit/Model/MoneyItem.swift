#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An item that may carry an amount, which then needs a currency and a period:
/// a revenue stream or a cost.
public protocol MoneyItem: IdentifiedItem {
    var amount: Decimal? { get }
    var currency: String? { get }
    var per: Period? { get }
    /// What one unit is, with `per: unit`.
    var unit: String? { get }
    var volume: SalesVolume? { get }
}

extension MoneyItem {
    /// The amount over a year (section 10.4 of the contract), or `nil` when the
    /// canvas does not say enough to know it: the price of a period times the
    /// periods in a year (times `volume` payers when given); a price per unit or
    /// a one-time price times its `volume` rate over a year. A unit price without
    /// a rate has no yearly figure, however tempting it is to count it once.
    public var yearlyFigure: Decimal? {
        guard let amount, let per else { return nil }
        if let times = per.timesPerYear {
            // A rate where payers are due is refused by the decoder; it counts for nothing here.
            guard volume?.isRate != true else { return nil }
            return amount * Decimal(times) * Decimal(volume?.count ?? 1)
        }
        guard let volume, let times = volume.period?.timesPerYear else { return nil }
        return amount * Decimal(volume.count) * Decimal(times)
    }
}

/// The summaries of the money fields that revenue streams and costs share.
enum MoneyFields {
    static let perSummary = "What the amount is the price of: once (one payment), unit (one unit sold), "
        + "or a period: day, week, month, quarter, year."
    static let unitSummary = "What one unit is (\"ticket\", \"day of rental\"), with per: unit."
    static let volumeSummary = "How much is sold: for per unit or once a rate such as 600/month; "
        + "for a period, a count of payers such as 1200."
}
