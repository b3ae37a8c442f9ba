/// The details a reader of the poster looks for on a note, after its name: a
/// segment's priority and engagement, a relationship's type and cadence, a revenue
/// stream's or cost's amount, currency and period. Other items show their name
/// only.
enum NoteDetails {
    static func text(of item: any BlockItem, labels: Labels) -> String? {
        var parts: [String] = []
        switch item {
        case let segment as Segment:
            if let priority = segment.priority { parts.append(labels.field("priority") + " \(priority)") }
            if let engagement = segment.engagement { parts.append(labels.word(engagement.rawValue)) }
        case let relationship as Relationship:
            if let type = relationship.type { parts.append(labels.word(type.rawValue)) }
            if let cadence = relationship.cadence { parts.append(labels.word(cadence.rawValue)) }
        case let money as any MoneyItem:
            if let amount = money.amount {
                // A price per unit names the unit when the canvas says what it is: "/ day pass".
                let period = money.per == .unit ? money.unit ?? labels.word("unit") : money.per.map { labels.word($0.rawValue) }
                parts.append(LocalizedNumbers.money(amount, in: labels.language) + (money.currency.map { " " + $0 } ?? "")
                                 + (period.map { " / " + $0 } ?? ""))
            }
        default:
            break
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
