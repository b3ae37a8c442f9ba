#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Block 5: the cash a segment pays for a value proposition.
public struct RevenueStream: BlockItem, MoneyItem, Equatable {
    public static let kind = ItemKind.revenueStream
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    /// Who pays.
    public var segments: [Reference] = []
    public var type: RevenueType?
    public var pricing: PricingMechanism?
    /// Recurring revenue, as opposed to one transaction.
    public var recurring: Bool?
    public var amount: Decimal?
    public var currency: String?
    public var per: Period?
    /// What one unit is ("ticket"), with `per: unit`.
    public var unit: String?
    public var volume: SalesVolume?
    /// What is paid for.
    public var valuePropositions: [Reference] = []
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<RevenueStream>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The revenue stream's name."),
        .references("segments", \.segments, to: [.segment], "The customer segments who pay."),
        .word("type", \.type, "asset-sale, usage-fee, subscription, lending, licensing, brokerage, advertising."),
        .word("pricing", \.pricing, "Pricing mechanism: list-price, product-feature, segment, volume (fixed); negotiation, yield-management, real-time-market, auction (dynamic)."),
        .boolean("recurring", \.recurring, "true for recurring revenue, false for one transaction."),
        .decimal("amount", \.amount, minimum: 0, "How much, per period; needs currency and per."),
        .currency("currency", \.currency, "Three capital letters, as in ISO 4217 (EUR, USD)."),
        .word("per", \.per, MoneyFields.perSummary),
        .text("unit", \.unit, MoneyFields.unitSummary),
        .volume("volume", \.volume, MoneyFields.volumeSummary),
        .references("value-propositions", \.valuePropositions, to: [.valueProposition], "The value propositions paid for."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("RevenueStream", "The cash the business generates from a segment.")

    public mutating func finishDecoding(_ decoder: inout CanvasDecoder) {
        decoder.deriveIdentifier(of: &self)
        decoder.checkMoney(of: self)
    }
}
