/// How much of an amount is sold (section 2.3): for a price per unit or a one-time
/// price, a rate (`600/month`: six hundred tickets a month); for the price of a
/// period, a count of payers (`1200`: twelve hundred subscribers). With it, an
/// amount has a yearly figure (see `MoneyItem.yearlyFigure`).
public struct SalesVolume: Sendable, Hashable, CustomStringConvertible {
    public var count: Int
    /// The period the count is sold in; `nil` for a count of payers.
    public var period: Period?

    public init(count: Int, per period: Period? = nil) {
        self.count = count
        self.period = period
    }

    /// Parses `1200` (a count) or `600/month` (a rate, over a recurring period).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = parts[0]
        // Nine digits at most, as for durations: no overflow, even times 365.
        guard !digits.isEmpty, digits.count <= 9, digits.utf8.allSatisfy(\.isDigit), let count = Int(digits) else {
            return nil
        }
        self.count = count
        if parts.count == 2 {
            guard let period = Period(rawValue: String(parts[1])), period.isRecurringPeriod else { return nil }
            self.period = period
        } else {
            self.period = nil
        }
    }

    /// Whether this is a rate (`600/month`) rather than a count of payers.
    public var isRate: Bool { period != nil }

    public var description: String { period.map { "\(count)/\($0.rawValue)" } ?? String(count) }

    /// The periods a rate may name, as written after the `/`.
    public static let ratePeriods = Period.allCases.filter(\.isRecurringPeriod).map(\.rawValue)
}
