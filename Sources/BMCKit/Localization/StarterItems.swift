/// The placeholder item of each block in the starter canvas (`bmc new`): content,
/// like the texts it is made of, so it lives beside the catalogues. Each refers to
/// the placeholders of the blocks before it, so the starter checks without errors.
enum StarterItems {
    /// The comment that explains a block.
    static func help(for block: Block) -> StarterText {
        switch block {
        case .customerSegments: .segmentsHelp
        case .valuePropositions: .propositionsHelp
        case .channels: .channelsHelp
        case .customerRelationships: .relationshipsHelp
        case .revenueStreams: .revenueHelp
        case .keyResources: .resourcesHelp
        case .keyActivities: .activitiesHelp
        case .keyPartnerships: .partnershipsHelp
        case .costStructure: .costsHelp
        }
    }

    /// The lines of a block's placeholder item, from its dash.
    static func lines(for block: Block, _ texts: StarterTexts) -> [String] {
        switch block {
        case .customerSegments: [
            "- id: \(texts.id(.segment))",
            "  name: \(texts.scalar(.segment))",
            "  type: niche-market",
            "  engagement: customer",
            "  priority: 1",
            "  personas:",
            "    - id: \(texts.id(.persona))",
            "      name: \(texts.scalar(.persona))",
            "      prefers: [self-service]",
            "      pains:",
            "        - id: \(texts.id(.pain))",
            "          text: \(texts.scalar(.pain))",
        ]
        case .valuePropositions: [
            "- id: \(texts.id(.proposition))",
            "  name: \(texts.scalar(.proposition))",
            "  segments: [\(texts.id(.segment))]",
            "  elements: [convenience-usability]",
            "  pain-relievers:",
            "    - text: \(texts.scalar(.painReliever))",
            "      addresses: [\(texts.id(.pain))]",
        ]
        case .channels: [
            "- id: \(texts.id(.channel))",
            "  name: \(texts.scalar(.channel))",
            "  segments: [\(texts.id(.segment))]",
            "  type: direct",
            "  owner: own",
            "  phases: [awareness, evaluation, purchase]",
            "  value-propositions: [\(texts.id(.proposition))]",
        ]
        case .customerRelationships: [
            "- id: \(texts.id(.relationship))",
            "  name: \(texts.scalar(.relationship))",
            "  type: self-service",
            "  segments: [\(texts.id(.segment))]",
            "  channels: [\(texts.id(.channel))]",
        ]
        case .revenueStreams: [
            "- id: \(texts.id(.revenue))",
            "  name: \(texts.scalar(.revenue))",
            "  segments: [\(texts.id(.segment))]",
            "  type: subscription",
            "  pricing: list-price",
            "  recurring: true",
            "  amount: 10",
            "  currency: EUR",
            "  per: month",
            "  value-propositions: [\(texts.id(.proposition))]",
        ]
        case .keyResources: [
            "- id: \(texts.id(.resource))",
            "  name: \(texts.scalar(.resource))",
            "  type: intellectual",
            "  value-propositions: [\(texts.id(.proposition))]",
        ]
        case .keyActivities: [
            "- id: \(texts.id(.activity))",
            "  name: \(texts.scalar(.activity))",
            "  type: production",
            "  value-propositions: [\(texts.id(.proposition))]",
        ]
        case .keyPartnerships: [
            "- id: \(texts.id(.partnership))",
            "  name: \(texts.scalar(.partnership))",
            "  type: buyer-supplier",
            "  motivation: [optimization]",
            "  provides: [\(texts.id(.resource))]",
        ]
        case .costStructure: [
            "- id: \(texts.id(.cost))",
            "  name: \(texts.scalar(.cost))",
            "  type: fixed",
            "  drivers: [\(texts.id(.activity))]",
        ]
        }
    }
}
