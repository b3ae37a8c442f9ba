#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `bmc export --format markdown`: a document a workshop prints or puts in a pull
/// request. Title and metadata, the nine blocks in canonical order with every
/// item's fields in words, personas with jobs, pains and gains, references as links
/// to the referenced item's heading, the fit between remedies and customer profiles,
/// revenue and costs per currency and year, and the warnings at the end. Labels
/// come in the chosen language; canvas text is escaped, never interpreted.
public struct MarkdownExporter: CanvasExporter {
    public static let name = "markdown"
    public static let summary = "a document for a pull request or a printout, with the warnings at the end"

    public var labels: Labels

    public init(language: CanvasLanguage) {
        labels = Labels.forLanguage(language)
    }

    public static func export(_ canvas: Canvas, options: ExportOptions) -> String {
        MarkdownExporter(language: options.language).export(canvas, warnings: options.warnings, source: options.source)
    }

    /// The document. `warnings` are shown with their line numbers in `source`.
    public func export(_ canvas: Canvas, warnings: [Diagnostic] = [], source: SourceFile? = nil) -> String {
        var document = MarkdownDocument(canvas: canvas, labels: labels)
        document.writeTitle()
        document.writeBlocks()
        document.writeFit()
        document.writeMoney()
        document.writeWarnings(warnings.filter { $0.severity == .warning }, source: source)
        return document.finished()
    }
}

/// The document being written: its lines, its heading anchors, and where every id
/// is shown, so references become links.
struct MarkdownDocument {
    let canvas: Canvas
    let labels: Labels
    private var lines: [String] = []
    private var slugger = HeadingSlugger()
    /// For each id, the anchor of the heading where it is shown.
    private var anchors: [String: String] = [:]
    /// For each id, the text shown for it in links.
    private var titles: [String: String] = [:]

    /// Links are written as placeholders and resolved at the end, since the anchor
    /// of a heading is known only once every heading before it is written. NUL
    /// cannot come from canvas text: escaping drops control characters.
    private static let linkMark = "\u{0}"

    init(canvas: Canvas, labels: Labels) {
        self.canvas = canvas
        self.labels = labels
    }

    // MARK: Writing

    mutating func heading(_ level: Int, _ text: String, ids: [String] = []) {
        let anchor = slugger.slug(for: text)
        for id in ids where anchors[id] == nil { anchors[id] = anchor }
        if lines.last.map({ !$0.isEmpty }) ?? false { lines.append("") }
        lines.append(String(repeating: "#", count: level) + " " + MarkdownEscaping.inline(text, atLineStart: false))
        lines.append("")
    }

    mutating func line(_ text: String) { lines.append(text) }

    mutating func blankLine() {
        if lines.last.map({ !$0.isEmpty }) ?? false { lines.append("") }
    }

    func link(_ id: String) -> String {
        MarkdownDocument.linkMark + id + MarkdownDocument.linkMark
    }

    func finished() -> String {
        var text = lines.joined(separator: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        // Resolve link placeholders: `\0id\0` becomes `[title](#anchor)`.
        let parts = text.split(separator: Character(MarkdownDocument.linkMark), omittingEmptySubsequences: false)
        var output = ""
        for (index, part) in parts.enumerated() {
            guard index % 2 == 1 else {
                output += part
                continue
            }
            let id = String(part)
            let title = MarkdownEscaping.inline(titles[id] ?? id, atLineStart: false)
            output += anchors[id].map { "[\(title)](#\($0))" } ?? title
        }
        return output + "\n"
    }

    // MARK: Title and metadata

    mutating func writeTitle() {
        heading(1, canvas.name)
        if let description = canvas.description {
            MarkdownEscaping.paragraphs(description, indent: "").forEach { line($0) }
        }
        heading(2, labels.phrase(.metadata))
        let metadata: [(String, String?)] = [
            ("version", canvas.version.map { MarkdownEscaping.inline($0, atLineStart: false) }),
            ("date", canvas.date?.description),
            ("authors", canvas.authors.isEmpty ? nil : canvas.authors.map { MarkdownEscaping.inline($0, atLineStart: false) }
                .joined(separator: ", ")),
            ("language", canvas.language.map { labels.word($0.rawValue) }),
            ("cost-approach", canvas.costApproach.map { labels.word($0.rawValue) }),
            // Warning names are codes, never translated (section 9).
            ("ignore-warnings", canvas.ignoreWarnings.isEmpty ? nil : canvas.ignoreWarnings.map { "`\($0)`" }
                .joined(separator: ", ")),
        ]
        for case let (key, value?) in metadata {
            line("- **\(labels.field(key)):** \(value)")
        }
        if let notes = canvas.notes {
            blankLine()
            MarkdownEscaping.paragraphs(notes, indent: "").forEach { line($0) }
        }
    }

    // MARK: The nine blocks

    mutating func writeBlocks() {
        var headings = HeadingOwners()
        CanvasWalker.walk(canvas, with: &headings)
        titles = headings.titles
        for block in Block.allCases {
            let items = block.items(of: canvas)
            heading(2, labels.block(block.key))
            if items.isEmpty { line("_\(MarkdownEscaping.inline(labels.phrase(.noItems)))_") }
            for item in items {
                // An item's heading anchors its id and those of its points and
                // remedies; a persona's heading, its own and its points'.
                heading(3, item.name, ids: headings.ids[item.id] ?? [])
                writeFields(of: item, skipping: ["personas"])
                for persona in (item as? Segment)?.personas ?? [] {
                    heading(4, persona.name, ids: headings.ids[persona.id] ?? [])
                    writeFields(of: persona, skipping: [])
                }
            }
        }
    }

    /// Every field of an item in schema order, as a list in words. Driven by the
    /// schema, so a new field appears here without code of its own.
    private mutating func writeFields(of item: any SchemaItem, skipping: Set<String>) {
        let members = item.json.members
        var skipped = skipping.union(["name", "notes"])
        if members.contains(where: { $0.key == "amount" }) { skipped.formUnion(["currency", "per", "unit"]) }
        for field in type(of: item).itemSchema.fields where !skipped.contains(field.key) {
            guard let value = members.first(where: { $0.key == field.key })?.value else { continue }
            let label = "- **\(labels.field(field.key)):**"
            if field.key == "amount" {
                line("\(label) \(moneyPhrase(members))")
                continue
            }
            if case .volume = field.type {
                line("\(label) \(volumePhrase(value))")
                continue
            }
            switch field.type {
            case .list(.text):
                line(label)
                for element in value.arrayElements { line("  - " + MarkdownEscaping.inline(element.stringValue)) }
            case .list(.textOrItem):
                line(label)
                for element in value.arrayElements { line("  - " + pointPhrase(element)) }
            case .text:
                let paragraphs = MarkdownEscaping.paragraphs(value.stringValue, indent: "  ")
                if paragraphs.count == 1 {
                    line("\(label) " + paragraphs[0].dropFirst(2))
                } else {
                    line(label)
                    blankLine()
                    paragraphs.forEach { line($0) }
                    blankLine()
                }
            default:
                line("\(label) \(phrase(value, as: field.type))")
            }
        }
        if let notes = members.first(where: { $0.key == "notes" })?.value.stringValue {
            blankLine()
            MarkdownEscaping.paragraphs(notes, indent: "").forEach { line($0) }
        }
    }

    /// A scalar or a list of words or references, in words.
    private func phrase(_ value: JSONValue, as type: ValueType) -> String {
        switch (type, value) {
        case (.list(let element), .array(let elements)):
            return elements.map { phrase($0, as: element) }.joined(separator: ", ")
        case (.reference, .string(let id)):
            return link(id)
        case (.identifier, .string(let id)):
            return "`\(id)`"
        case (.enumeration, .string(let word)):
            return MarkdownEscaping.inline(labels.word(word), atLineStart: false)
        case (.boolean, .bool(let flag)):
            return labels.phrase(flag ? .yes : .no)
        case (.duration, .string(let text)):
            // Durations and numbers as the language writes them for a reader: 4 horas, 1.500.
            return Duration(text).map { LocalizedNumbers.duration($0, in: labels.language) } ?? MarkdownEscaping.inline(text)
        case (_, .number(let number)):
            return LocalizedNumbers.grouped(number, in: labels.language)
        default:
            return MarkdownEscaping.inline(value.stringValue, atLineStart: false)
        }
    }

    /// A job, pain, gain or remedy: its text, its id, and what it addresses.
    private func pointPhrase(_ value: JSONValue) -> String {
        if case .string(let text) = value { return MarkdownEscaping.inline(text) }
        let members = value.members
        var text = MarkdownEscaping.inline(members.first { $0.key == "text" }?.value.stringValue ?? "")
        if let id = members.first(where: { $0.key == "id" })?.value.stringValue { text += " (`\(id)`)" }
        if let addressed = members.first(where: { $0.key == "addresses" })?.value.arrayElements, !addressed.isEmpty {
            text += ": \(labels.phrase(.addresses)) " + addressed.map { link($0.stringValue) }.joined(separator: ", ")
        }
        return text
    }

    private func moneyPhrase(_ members: [JSONMember]) -> String {
        let amount = members.first { $0.key == "amount" }
            .map { LocalizedNumbers.grouped(MoneyFormat.text($0.value.stringValue), in: labels.language) } ?? ""
        let currency = members.first { $0.key == "currency" }?.value.stringValue ?? ""
        let period = members.first { $0.key == "per" }?.value.stringValue
        let unit = members.first { $0.key == "unit" }?.value.stringValue
        return "\(amount) \(currency)" + (period.map { " / " + perPhrase($0, unit: unit) } ?? "")
    }

    /// What an amount is the price of: the canvas's own name of a unit when it
    /// gives one ("ticket"), else the period's word.
    func perPhrase(_ period: String, unit: String?) -> String {
        if period == Period.unit.rawValue, let unit { return MarkdownEscaping.inline(unit, atLineStart: false) }
        return labels.word(period)
    }

    /// `600 / mes` for a rate, `1200 pagadores` for a count of payers.
    private func volumePhrase(_ value: JSONValue) -> String {
        guard let volume = SalesVolume(value.stringValue) else { return MarkdownEscaping.inline(value.stringValue) }
        let count = LocalizedNumbers.integer(volume.count, in: labels.language)
        return volume.period.map { "\(count) / \(labels.word($0.rawValue))" } ?? "\(count) \(labels.phrase(.payers))"
    }

    // MARK: Fit

    /// Which pains and gains each remedy addresses, and which are left unaddressed.
    mutating func writeFit() {
        heading(2, labels.phrase(.fit))
        var addressed = Set<String>()
        for proposition in canvas.valuePropositions where !proposition.remedies.isEmpty {
            line("**\(link(proposition.id))**")
            blankLine()
            line("| \(labels.phrase(.painRelievers)) / \(labels.phrase(.gainCreators)) | \(labels.field("addresses")) |")
            line("| --- | --- |")
            for remedy in proposition.remedies {
                remedy.addresses.forEach { addressed.insert($0.id) }
                let targets = remedy.addresses.map { link($0.id) }.joined(separator: ", ")
                line("| \(MarkdownEscaping.inline(remedy.text)) | \(targets.isEmpty ? "—" : targets) |")
            }
            blankLine()
        }
        var open: [(String, String)] = []
        for segment in canvas.customerSegments {
            let owners = [(segment.name, segment.pains + segment.gains)]
                + segment.personas.map { ($0.name, $0.pains + $0.gains) }
            for (owner, points) in owners {
                for point in points where point.id != nil && !addressed.contains(point.id!) {
                    let kind = labels.phrase(point.role == .pain ? .pains : .gains)
                    open.append((owner, "\(MarkdownEscaping.inline(point.text)) (`\(point.id!)`, \(kind.lowercased()))"))
                }
            }
        }
        if open.isEmpty {
            line(labels.phrase(.allAddressed))
        } else {
            line("\(labels.phrase(.unaddressed)):")
            blankLine()
            for (owner, text) in open { line("- \(text): \(MarkdownEscaping.inline(owner))") }
        }
    }

    // MARK: Warnings

    mutating func writeWarnings(_ warnings: [Diagnostic], source: SourceFile?) {
        heading(2, labels.phrase(.warnings))
        if warnings.isEmpty {
            line(labels.phrase(.noWarnings))
            return
        }
        for warning in warnings {
            // The line in words, for a reader of the document: "(línea 12)".
            let position = source.map { " (\(labels.phrase(.line)) \($0.location(of: warning.range.start).line))" } ?? ""
            line("- `\(warning.code.name)`\(position): \(MarkdownEscaping.inline(warning.text(in: labels.language).message))")
        }
    }
}

/// Money as people write it: whole amounts without decimals, others with two.
enum MoneyFormat {
    /// `1200`, `29.90`, `0.01` for `0.005`: rounded to cents, half away from zero.
    static func text(_ amount: Decimal) -> String {
        let text = amount.roundedText(places: 2)
        // One decimal digit gets a second: 29.9 -> 29.90.
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) == 2 { return text + "0" }
        return text
    }

    /// An amount as the JSON export writes it; text that is not a number stays as is.
    static func text(_ written: String) -> String {
        Decimal(string: written).map(text) ?? written
    }
}

extension JSONValue {
    var stringValue: String {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: return ""
        }
    }

    var arrayElements: [JSONValue] {
        if case .array(let elements) = self { return elements }
        return []
    }
}

/// The walk that says which heading shows each id (the heading of the item or
/// persona it is, or is in) and what its links show: an item's or persona's name,
/// a point's or remedy's text.
private struct HeadingOwners: CanvasVisitor {
    /// The ids each heading anchors, by the id of the item or persona it is about.
    var ids: [String: [String]] = [:]
    var titles: [String: String] = [:]

    mutating func visitElement(_ element: CanvasElement) {
        guard let id = element.id else { return }
        let owner = element.kind == .persona ? id : element.personaID ?? element.itemID
        ids[owner, default: []].append(id)
        if titles[id] == nil { titles[id] = element.title }
    }
}
