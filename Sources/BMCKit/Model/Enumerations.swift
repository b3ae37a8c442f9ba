// Every enumeration of the contract (section 2), raw values exactly its words.

/// The language of labels in exports; the content stays as written.
public enum CanvasLanguage: String, SchemaEnum {
    case en, es, pt
    public static let noun = "language"
}

/// Osterwalder's two classes of cost structure.
public enum CostApproach: String, SchemaEnum {
    case costDriven = "cost-driven"
    case valueDriven = "value-driven"
    public static let noun = "cost approach"
}

public enum SegmentType: String, SchemaEnum {
    case massMarket = "mass-market"
    case nicheMarket = "niche-market"
    case segmented
    case diversified
    case multiSidedPlatform = "multi-sided-platform"
    public static let noun = "segment type"
}

/// `client`: long-term, tailored, dedicated contact; `customer`: transactional.
public enum Engagement: String, SchemaEnum {
    case client, customer
    public static let noun = "engagement"
}

public enum Growth: String, SchemaEnum {
    case shrinking, stable, growing, booming
    public static let noun = "growth"
}

/// A three-step scale, used for a segment's fit and a relationship's cost.
public enum Level: String, SchemaEnum {
    case low, medium, high
    public static let noun = "level"
}

/// The six types of customer relationship.
public enum RelationshipType: String, SchemaEnum {
    case personal
    case dedicated
    case selfService = "self-service"
    case automated
    case community
    case coCreation = "co-creation"
    public static let noun = "relationship type"
}

/// The elements a value proposition creates value through.
public enum ValueElement: String, SchemaEnum {
    case newness
    case performance
    case customization
    case gettingTheJobDone = "getting-the-job-done"
    case design
    case brandStatus = "brand-status"
    case price
    case costReduction = "cost-reduction"
    case riskReduction = "risk-reduction"
    case accessibility
    case convenienceUsability = "convenience-usability"
    public static let noun = "value proposition element"
}

public enum ChannelType: String, SchemaEnum {
    case direct, indirect
    public static let noun = "channel type"
}

public enum ChannelOwner: String, SchemaEnum {
    case own, partner
    public static let noun = "channel owner"
}

/// The five phases a channel can cover.
public enum ChannelPhase: String, SchemaEnum {
    case awareness, evaluation, purchase, delivery
    case afterSales = "after-sales"
    public static let noun = "channel phase"
}

public enum RelationshipGoal: String, SchemaEnum {
    case acquisition, retention
    case boostingSales = "boosting-sales"
    public static let noun = "relationship goal"
}

public enum Cadence: String, SchemaEnum {
    case continuous, daily, weekly, monthly, quarterly, yearly
    case onDemand = "on-demand"
    public static let noun = "cadence"
}

public enum RevenueType: String, SchemaEnum {
    case assetSale = "asset-sale"
    case usageFee = "usage-fee"
    case subscription, lending, licensing, brokerage, advertising
    public static let noun = "revenue stream type"
}

/// Pricing mechanisms: the first four are fixed pricing, the rest dynamic.
public enum PricingMechanism: String, SchemaEnum {
    case listPrice = "list-price"
    case productFeature = "product-feature"
    case segment, volume, negotiation
    case yieldManagement = "yield-management"
    case realTimeMarket = "real-time-market"
    case auction
    public static let noun = "pricing mechanism"

    public var isFixed: Bool { [.listPrice, .productFeature, .segment, .volume].contains(self) }
}

/// What an amount is the price of: one payment (`once`), one unit sold (`unit`:
/// a ticket, a day of rental), or a period of a recurring payment.
public enum Period: String, SchemaEnum {
    case once, unit, day, week, month, quarter, year
    public static let noun = "period"

    /// How many times the amount falls in a year; `nil` for `once` and `unit`,
    /// which have a yearly figure only through a `volume` rate. A year counts
    /// 365 days and 52 weeks, as a workshop's back-of-the-envelope figure does.
    public var timesPerYear: Int? {
        switch self {
        case .once, .unit: return nil
        case .day: return 365
        case .week: return 52
        case .month: return 12
        case .quarter: return 4
        case .year: return 1
        }
    }

    /// Whether the amount is the price of a period of a recurring payment.
    public var isRecurringPeriod: Bool { timesPerYear != nil }
}

public enum ResourceType: String, SchemaEnum {
    case physical, intellectual, human, financial
    public static let noun = "resource type"
}

public enum ActivityType: String, SchemaEnum {
    case production
    case problemSolving = "problem-solving"
    case platformNetwork = "platform-network"
    public static let noun = "activity type"
}

public enum PartnershipType: String, SchemaEnum {
    case strategicAlliance = "strategic-alliance"
    case coopetition
    case jointVenture = "joint-venture"
    case buyerSupplier = "buyer-supplier"
    public static let noun = "partnership type"
}

public enum PartnershipMotivation: String, SchemaEnum {
    case optimization
    case riskReduction = "risk-reduction"
    case acquisition
    public static let noun = "partnership motivation"
}

public enum CostType: String, SchemaEnum {
    case fixed, variable
    public static let noun = "cost type"
}

public enum Economy: String, SchemaEnum {
    case scale, scope
    public static let noun = "economy"
}
