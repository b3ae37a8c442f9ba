/// `bmc new`: a commented starter canvas for a workshop. Every block has one
/// placeholder item, wired to the others so the canvas checks without errors, and
/// a comment that explains the block and lists the words its fields accept, taken
/// from the schema.
public enum StarterCanvas {
    public static func text(name: String?, language: CanvasLanguage, date: CanvasDate) -> String {
        let labels = Labels.forLanguage(language)
        func starter(_ text: StarterText) -> String { labels.starter[text] ?? text.rawValue }
        func id(_ text: StarterText) -> String { Identifier.derive(from: starter(text)) }
        func scalar(_ text: StarterText) -> String { YAMLScalar.text(starter(text)) }

        var lines = starter(.introduction).split(separator: "\n").map { line in
            line.hasPrefix("#") ? String(line) : "# " + line
        }
        lines += [
            "name: " + YAMLScalar.text(name ?? starter(.canvasName)),
            "description: " + scalar(.description),
            "version: '0.1'",
            "date: \(date)",
            "authors:",
            "  - " + scalar(.author),
            "language: \(language.rawValue)",
            "cost-approach: value-driven  # " + CostApproach.allCases.map(\.rawValue).joined(separator: " | "),
        ]
        func block(_ key: String, _ help: StarterText, _ schema: ItemSchema, _ item: [String]) {
            lines.append("")
            lines.append("# " + starter(help))
            for field in schema.fields {
                if case .enumeration(let words) = field.type.elementType {
                    lines.append("#   \(field.key): " + words.words.joined(separator: " | "))
                }
            }
            lines.append("\(key):")
            lines += item.map { "  " + $0 }
        }
        block("customer-segments", .segmentsHelp, Segment.itemSchema, [
            "- id: \(id(.segment))",
            "  name: \(scalar(.segment))",
            "  type: niche-market",
            "  engagement: customer",
            "  priority: 1",
            "  personas:",
            "    - id: \(id(.persona))",
            "      name: \(scalar(.persona))",
            "      prefers: [self-service]",
            "      pains:",
            "        - id: \(id(.pain))",
            "          text: \(scalar(.pain))",
        ])
        block("value-propositions", .propositionsHelp, ValueProposition.itemSchema, [
            "- id: \(id(.proposition))",
            "  name: \(scalar(.proposition))",
            "  segments: [\(id(.segment))]",
            "  elements: [convenience-usability]",
            "  pain-relievers:",
            "    - text: \(scalar(.painReliever))",
            "      addresses: [\(id(.pain))]",
        ])
        block("channels", .channelsHelp, Channel.itemSchema, [
            "- id: \(id(.channel))",
            "  name: \(scalar(.channel))",
            "  segments: [\(id(.segment))]",
            "  type: direct",
            "  owner: own",
            "  phases: [awareness, evaluation, purchase]",
            "  value-propositions: [\(id(.proposition))]",
        ])
        block("customer-relationships", .relationshipsHelp, Relationship.itemSchema, [
            "- id: \(id(.relationship))",
            "  name: \(scalar(.relationship))",
            "  type: self-service",
            "  segments: [\(id(.segment))]",
            "  channels: [\(id(.channel))]",
        ])
        block("revenue-streams", .revenueHelp, RevenueStream.itemSchema, [
            "- id: \(id(.revenue))",
            "  name: \(scalar(.revenue))",
            "  segments: [\(id(.segment))]",
            "  type: subscription",
            "  pricing: list-price",
            "  recurring: true",
            "  amount: 10",
            "  currency: EUR",
            "  per: month",
            "  value-propositions: [\(id(.proposition))]",
        ])
        block("key-resources", .resourcesHelp, Resource.itemSchema, [
            "- id: \(id(.resource))",
            "  name: \(scalar(.resource))",
            "  type: intellectual",
            "  value-propositions: [\(id(.proposition))]",
        ])
        block("key-activities", .activitiesHelp, Activity.itemSchema, [
            "- id: \(id(.activity))",
            "  name: \(scalar(.activity))",
            "  type: production",
            "  value-propositions: [\(id(.proposition))]",
        ])
        block("key-partnerships", .partnershipsHelp, Partnership.itemSchema, [
            "- id: \(id(.partnership))",
            "  name: \(scalar(.partnership))",
            "  type: buyer-supplier",
            "  motivation: [optimization]",
            "  provides: [\(id(.resource))]",
        ])
        block("cost-structure", .costsHelp, Cost.itemSchema, [
            "- id: \(id(.cost))",
            "  name: \(scalar(.cost))",
            "  type: fixed",
            "  drivers: [\(id(.activity))]",
        ])
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ValueType {
    /// The type of a list's elements, or the type itself.
    var elementType: ValueType {
        if case .list(let element) = self { return element }
        return self
    }
}
