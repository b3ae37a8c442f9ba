#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Block 6: an asset the business model needs to work.
public struct Resource: BlockItem, Equatable {
    public static let kind = ItemKind.resource
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var type: ResourceType?
    /// The value propositions it makes possible.
    public var valuePropositions: [Reference] = []
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Resource>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The resource's name."),
        .word("type", \.type, "physical, intellectual, human or financial."),
        .references("value-propositions", \.valuePropositions, to: [.valueProposition], "The value propositions it makes possible."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Resource", "The most important asset required to make the business model work.")
}

/// Block 7: something the business must do to make its model work.
public struct Activity: BlockItem, Equatable {
    public static let kind = ItemKind.activity
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var type: ActivityType?
    public var valuePropositions: [Reference] = []
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Activity>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The activity's name."),
        .word("type", \.type, "production, problem-solving or platform-network."),
        .references("value-propositions", \.valuePropositions, to: [.valueProposition], "The value propositions it makes possible."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Activity", "The most important thing the business must do to make its model work.")
}

/// Block 8: a supplier or partner that makes the model work.
public struct Partnership: BlockItem, Equatable {
    public static let kind = ItemKind.partnership
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var type: PartnershipType?
    public var motivation: [PartnershipMotivation] = []
    /// Resources or activities the partner provides.
    public var provides: [Reference] = []
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Partnership>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The partner's name."),
        .word("type", \.type, "strategic-alliance, coopetition, joint-venture or buyer-supplier."),
        .words("motivation", \.motivation, "optimization, risk-reduction, acquisition (of resources and activities)."),
        .references("provides", \.provides, to: [.resource, .activity], "Ids of the key resources or key activities it provides."),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Partnership", "A supplier or partner that makes the business model work.")
}

/// Block 9: a cost the business model incurs.
public struct Cost: BlockItem, MoneyItem, Equatable {
    public static let kind = ItemKind.cost
    public var id = ""
    public var hasExplicitID = false
    public var name = ""
    public var type: CostType?
    public var economies: [Economy] = []
    /// What causes the cost.
    public var drivers: [Reference] = []
    public var amount: Decimal?
    public var currency: String?
    public var per: Period?
    /// What one unit is ("ticket"), with `per: unit`.
    public var unit: String?
    public var volume: SalesVolume?
    public var notes: String?
    public var span = SourceSpan()

    public init() {}

    public static let fields: [Field<Cost>] = [
        .identifier("Unique id; derived from the name when absent."),
        .requiredText("name", \.name, "The cost's name."),
        .word("type", \.type, "fixed or variable."),
        .words("economies", \.economies, "Economies of scale or scope."),
        .references("drivers", \.drivers, to: [.resource, .activity, .partnership],
                    "Ids of the key resources, activities or partnerships that cause the cost."),
        .decimal("amount", \.amount, minimum: 0, "How much, per period; needs currency and per."),
        .currency("currency", \.currency, "Three capital letters, as in ISO 4217 (EUR, USD)."),
        .word("per", \.per, MoneyFields.perSummary),
        .text("unit", \.unit, MoneyFields.unitSummary),
        .volume("volume", \.volume, MoneyFields.volumeSummary),
        .text("notes", \.notes, "Free text."),
    ]
    public static let itemSchema = describe("Cost", "A cost incurred to operate the business model.")

    public mutating func finishDecoding(_ decoder: inout CanvasDecoder) {
        decoder.deriveIdentifier(of: &self)
        decoder.checkMoney(of: self)
    }
}
