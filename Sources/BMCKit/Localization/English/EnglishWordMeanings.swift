/// What each enumeration word of the schema means, in a line: the hover of a word in
/// an editor and the detail of its completion. The meanings follow Osterwalder and
/// Pigneur's *Business Model Generation*, where the words come from. The Spanish and
/// Portuguese tables are beside the other texts of those languages; `EditingTests`
/// and `EditorLanguageTests` check that every word of the schema has one in each.
enum WordMeanings {
    /// The meaning of `word`, a word of `enumeration`, in `language`. A few words
    /// belong to two enumerations with different meanings (`acquisition` of
    /// customers, or of resources from a partner): those are looked up with the
    /// enumeration's noun first.
    static func meaning(of word: String, in enumeration: EnumSchema, language: CanvasLanguage = .en) -> String? {
        if enumeration.noun == warningNameNoun { return warningMeaning(of: word, language: language) }
        let (inEnumeration, plain) = switch language {
        case .en: (englishInEnumeration, english)
        case .es: (spanishInEnumeration, spanish)
        case .pt: (portugueseInEnumeration, portuguese)
        }
        return inEnumeration[enumeration.noun + "/" + word] ?? plain[word]
    }

    /// The noun of the enumeration of warning names that `ignore-warnings` takes,
    /// made from the registry of codes rather than from a `SchemaEnum`.
    static let warningNameNoun = "warning name"

    /// What a warning name means: in English the code's own summary, so a warning
    /// added later has one; in Spanish and Portuguese the tables beside their
    /// other texts.
    private static func warningMeaning(of word: String, language: CanvasLanguage) -> String? {
        switch language {
        case .en: DiagnosticCode.named(word).map { $0.summary.prefix(1).uppercased() + $0.summary.dropFirst() + "." }
        case .es: spanishWarnings[word]
        case .pt: portugueseWarnings[word]
        }
    }

    private static let englishInEnumeration: [String: String] = [
        "partnership motivation/optimization": "Optimization and economy: partners share infrastructure to lower costs.",
        "partnership motivation/risk-reduction": "Reduction of risk and uncertainty: partners share the risks of a competitive market.",
        "partnership motivation/acquisition": "Acquisition of resources and activities: a partner provides what the company does not have.",
    ]

    private static let english: [String: String] = [
        // language
        "en": "English: the exports' headings and labels are written in English.",
        "es": "Spanish: the exports' headings and labels are written in Spanish.",
        "pt": "Portuguese: the exports' headings and labels are written in Brazilian Portuguese.",
        // cost approach
        "cost-driven": "The model keeps every cost as low as it can: lean structure, low prices, automation.",
        "value-driven": "The model cares less about cost and more about creating value: premium, personalised offers.",
        // segment type
        "mass-market": "One large group of customers with broadly similar needs and problems.",
        "niche-market": "A specific, specialised group, served with a tailored offer.",
        "segmented": "Groups with slightly different needs and problems, served with variants of one offer.",
        "diversified": "Unrelated groups with very different needs, served by one business.",
        "multi-sided-platform": "Two or more interdependent groups the business needs at once (readers and advertisers).",
        // engagement
        "client": "Someone who buys with an ongoing relationship (a retainer, an account).",
        "customer": "Someone who buys without an ongoing relationship.",
        // growth
        "shrinking": "The segment is getting smaller.",
        "stable": "The segment keeps its size.",
        "growing": "The segment is getting larger.",
        "booming": "The segment is growing fast.",
        // level, cost level, fit
        "low": "Low.",
        "medium": "Medium.",
        "high": "High.",
        // relationship type
        "personal": "Personal assistance: customers talk to a real person, during and after the sale.",
        "dedicated": "Dedicated personal assistance: a person assigned to one customer, often for years.",
        "self-service": "Self-service: no direct relationship; the customer is given what they need to help themselves.",
        "automated": "Automated services: self-service with automated processes that recognise each customer.",
        "community": "Communities: customers exchange knowledge and solve each other's problems.",
        "co-creation": "Co-creation: customers create value with the company (reviews, designs, content).",
        // value proposition element
        "newness": "Newness: satisfies needs customers did not know they had, because nothing similar existed.",
        "performance": "Performance: does what something else does, but better.",
        "customization": "Customization: tailored to the needs of one customer or segment.",
        "getting-the-job-done": "Getting the job done: helps a customer get a certain job done.",
        "design": "Design: stands out by how it is designed.",
        "brand-status": "Brand/status: customers find value in showing they use it.",
        "price": "Price: similar value at a lower price.",
        "cost-reduction": "Cost reduction: helps customers reduce their own costs.",
        "risk-reduction": "Risk reduction: lowers the risks customers take when they buy.",
        "accessibility": "Accessibility: makes something available to customers who had no access to it.",
        "convenience-usability": "Convenience/usability: makes things more convenient or easier to use.",
        // channel type, owner
        "direct": "Direct: the company reaches the customer itself (sales force, own shop, website).",
        "indirect": "Indirect: the company reaches the customer through others (partner shops, wholesalers).",
        "own": "The channel is the company's own.",
        "partner": "The channel belongs to a partner.",
        // channel phase
        "awareness": "Awareness: how customers learn about the products and services.",
        "evaluation": "Evaluation: how customers evaluate the value proposition.",
        "purchase": "Purchase: how customers buy.",
        "delivery": "Delivery: how the value proposition reaches customers.",
        "after-sales": "After sales: how customers get support after buying.",
        // relationship goal
        "acquisition": "Customer acquisition: winning new customers.",
        "retention": "Customer retention: keeping the customers there are.",
        "boosting-sales": "Boosting sales: selling more to the customers there are (upselling).",
        // cadence
        "continuous": "All the time.",
        "daily": "Every day.",
        "weekly": "Every week.",
        "monthly": "Every month.",
        "quarterly": "Every quarter.",
        "yearly": "Every year.",
        "on-demand": "When the customer asks.",
        // revenue stream type
        "asset-sale": "Asset sale: selling ownership of a physical product.",
        "usage-fee": "Usage fee: paid for the use of a service, the more used the more paid.",
        "subscription": "Subscription fees: paid for continuous access to a service.",
        "lending": "Lending/renting/leasing: paid for exclusive use of an asset for a time.",
        "licensing": "Licensing: paid for permission to use protected intellectual property.",
        "brokerage": "Brokerage fees: paid for intermediation between two or more parties.",
        "advertising": "Advertising: paid for advertising a product, service or brand.",
        // pricing mechanism
        "list-price": "List price: fixed prices for products, services or other value propositions.",
        "product-feature": "Product-feature dependent: the price depends on the number or quality of features.",
        "segment": "Customer-segment dependent: the price depends on the type of customer.",
        "volume": "Volume dependent: the price depends on the quantity bought.",
        "negotiation": "Negotiation (bargaining): the price is negotiated between the partners.",
        "yield-management": "Yield management: the price depends on inventory and time of purchase.",
        "real-time-market": "Real-time market: the price is set by supply and demand.",
        "auction": "Auctions: the price is set by competitive bidding.",
        // resource type
        "physical": "Physical resources: buildings, vehicles, machines, points of sale, networks.",
        "intellectual": "Intellectual resources: brands, knowledge, patents, copyrights, partnerships, customer data.",
        "human": "Human resources: people, critical in knowledge-intensive and creative businesses.",
        "financial": "Financial resources: cash, lines of credit, stock options.",
        // activity type
        "production": "Production: designing, making and delivering a product in quantity or of superior quality.",
        "problem-solving": "Problem solving: coming up with new solutions to individual customers' problems.",
        "platform-network": "Platform/network: running and developing a platform or network others use.",
        // partnership type
        "strategic-alliance": "Strategic alliance between non-competitors.",
        "coopetition": "Coopetition: a strategic partnership between competitors.",
        "joint-venture": "Joint venture to develop a new business.",
        "buyer-supplier": "Buyer-supplier relationship to assure reliable supplies.",
        // cost type
        "fixed": "Fixed costs: the same whatever the volume of goods or services produced (salaries, rents).",
        "variable": "Variable costs: they grow with the volume of goods or services produced.",
        // economy
        "scale": "Economies of scale: cost advantages that come as output grows.",
        "scope": "Economies of scope: cost advantages that come from a larger scope of operations.",
        // period
        "once": "A one-time amount.",
        "unit": "An amount for each unit sold (a ticket, a sale).",
        "day": "An amount for each day.",
        "week": "An amount for each week.",
        "month": "An amount for each month.",
        "quarter": "An amount for each quarter.",
        "year": "An amount for each year.",
    ]
}
