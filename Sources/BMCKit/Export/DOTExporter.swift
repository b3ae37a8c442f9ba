/// `bmc export --format dot`: Graphviz diagrams of a canvas. `canvas` draws the
/// classic poster as one HTML-like table; `map` draws every item as a node,
/// clustered by block, with an edge for every reference. Every text is escaped for
/// where it goes, so no canvas text can add a node, an edge or an attribute.
public struct DOTExporter {
    public enum View: String, Sendable, CaseIterable {
        case canvas
        case map
    }

    public var labels: Labels
    public var view: View

    public init(language: CanvasLanguage, view: View) {
        self.labels = Labels.forLanguage(language)
        self.view = view
    }

    public func export(_ canvas: Canvas) -> String {
        switch view {
        case .canvas: return CanvasPoster(canvas: canvas, labels: labels).dot()
        case .map: return CanvasMap(canvas: canvas, labels: labels).dot()
        }
    }
}

/// Escaping for the two places canvas text goes in DOT.
enum DOTEscaping {
    /// Inside a double-quoted string: backslashes (which Graphviz reads as escapes
    /// such as `\N` or `\l`) and quotes escaped, `&` written as an entity (Graphviz
    /// decodes entities in every label), line breaks as centred `\n`.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text, lineBreak: "\\n") { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "&": return "&amp;"
            default: return nil
            }
        } + "\""
    }

    /// Inside an HTML-like label: the XML entities, line breaks as `<BR/>`.
    static func html(_ text: String) -> String {
        escaped(text, lineBreak: "<BR ALIGN=\"LEFT\"/>") { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&#39;"
            default: return nil
            }
        }
    }

    /// Replaces what `replacement` names, line breaks by `lineBreak`, tabs by a
    /// space, and drops other control characters, which have no place in a label.
    /// A noncharacter (U+FFFE, U+FDD0, ...), which a canvas may hold as an escape,
    /// becomes U+FFFD: Graphviz's XML parser refuses some of them outright.
    private static func escaped(_ text: String, lineBreak: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                output += replaced
            } else if scalar == "\n" {
                output += lineBreak
            } else if scalar == "\t" {
                output += " "
            } else if scalar.properties.isNoncharacterCodePoint {
                output += "\u{FFFD}"
            } else if scalar.value >= 0x20 && scalar.value != 0x7F {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}

/// The colours of the nine blocks: light tints that print well in colour and grey.
enum BlockPalette {
    static let colors: [String: String] = [
        "key-partnerships": "#E8EEF7", "key-activities": "#E6F2EA", "key-resources": "#EEF5E1",
        "value-propositions": "#FFF4D6", "customer-relationships": "#FBE7E1", "channels": "#F7E6EE",
        "customer-segments": "#EAE6F5", "cost-structure": "#EDEDED", "revenue-streams": "#E2F1F4",
    ]
}

/// The classic canvas layout as one table: partners | activities over resources |
/// propositions | relationships over channels | segments, with cost structure and
/// revenue streams underneath.
struct CanvasPoster {
    let canvas: Canvas
    let labels: Labels

    func dot() -> String {
        let names: [String: [String]] = [
            "key-partnerships": canvas.keyPartnerships.map(\.name), "key-activities": canvas.keyActivities.map(\.name),
            "key-resources": canvas.keyResources.map(\.name), "value-propositions": canvas.valuePropositions.map(\.name),
            "customer-relationships": canvas.customerRelationships.map(\.name), "channels": canvas.channels.map(\.name),
            "customer-segments": canvas.customerSegments.map(\.name), "cost-structure": canvas.costStructure.map(\.name),
            "revenue-streams": canvas.revenueStreams.map(\.name),
        ]
        func cell(_ key: String, rows: Int = 1, columns: Int = 2) -> String {
            let items = (names[key] ?? []).map { "• " + DOTEscaping.html(singleLine($0)) + "<BR ALIGN=\"LEFT\"/>" }.joined()
            let span = (rows > 1 ? " ROWSPAN=\"\(rows)\"" : "") + " COLSPAN=\"\(columns)\""
            return "<TD\(span) BGCOLOR=\"\(BlockPalette.colors[key]!)\" ALIGN=\"LEFT\" VALIGN=\"TOP\" WIDTH=\"180\">"
                + "<B>\(DOTEscaping.html(labels.block(key)))</B><BR ALIGN=\"LEFT\"/><BR ALIGN=\"LEFT\"/>\(items)</TD>"
        }
        return """
        digraph canvas {
          graph [fontname="Helvetica", label=\(DOTEscaping.quoted(canvas.name)), labelloc="t", fontsize=20];
          node [shape=plain, fontname="Helvetica", fontsize=11];
          poster [label=<
            <TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="8">
              <TR>\(cell("key-partnerships", rows: 2))\(cell("key-activities"))\(cell("value-propositions", rows: 2))\(cell("customer-relationships"))\(cell("customer-segments", rows: 2))</TR>
              <TR>\(cell("key-resources"))\(cell("channels"))</TR>
              <TR>\(cell("cost-structure", columns: 5))\(cell("revenue-streams", columns: 5))</TR>
            </TABLE>
          >];
        }

        """
    }

    /// Names are shown on one line each; a line break would look like two items.
    private func singleLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// Every item a node, clustered by block and laid out left to right in the
/// canvas's logic, with a labelled edge for every reference.
struct CanvasMap {
    let canvas: Canvas
    let labels: Labels

    func dot() -> String {
        var lines = [
            "digraph map {",
            "  graph [rankdir=LR, fontname=\"Helvetica\", label=\(DOTEscaping.quoted(canvas.name + " — " + labels.phrase(.canvasMap))), labelloc=\"t\", newrank=true];",
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];",
        ]
        func cluster(_ key: String, _ nodes: [(id: String, name: String)]) {
            guard !nodes.isEmpty else { return }
            lines.append("  subgraph \(DOTEscaping.quoted("cluster_" + key)) {")
            lines.append("    label=\(DOTEscaping.quoted(labels.block(key))); style=\"filled\"; color=\"#BBBBBB\"; fillcolor=\"\(BlockPalette.colors[key]!)\";")
            for node in nodes {
                lines.append("    \(nodeID(node.id)) [label=\(DOTEscaping.quoted(node.name)), fillcolor=\"white\"];")
            }
            lines.append("  }")
        }
        cluster("key-partnerships", canvas.keyPartnerships.map { ($0.id, $0.name) })
        cluster("key-activities", canvas.keyActivities.map { ($0.id, $0.name) })
        cluster("key-resources", canvas.keyResources.map { ($0.id, $0.name) })
        cluster("value-propositions", canvas.valuePropositions.map { ($0.id, $0.name) })
        cluster("channels", canvas.channels.map { ($0.id, $0.name) })
        cluster("customer-relationships", canvas.customerRelationships.map { ($0.id, $0.name) })
        var segmentNodes: [(id: String, name: String)] = []
        for segment in canvas.customerSegments {
            segmentNodes.append((segment.id, segment.name))
            for point in segment.pains + segment.gains { if let id = point.id { segmentNodes.append((id, point.text)) } }
            for persona in segment.personas {
                for point in persona.pains + persona.gains { if let id = point.id { segmentNodes.append((id, point.text)) } }
            }
        }
        cluster("customer-segments", segmentNodes)
        cluster("revenue-streams", canvas.revenueStreams.map { ($0.id, $0.name) })
        cluster("cost-structure", canvas.costStructure.map { ($0.id, $0.name) })

        func edge(_ from: String, _ to: String, _ label: String, constraint: Bool = true) {
            let attributes = "label=\(DOTEscaping.quoted(label))" + (constraint ? "" : ", constraint=false, style=\"dashed\"")
            lines.append("  \(nodeID(from)) -> \(nodeID(to)) [\(attributes)];")
        }
        for partnership in canvas.keyPartnerships {
            partnership.provides.forEach { edge(partnership.id, $0.id, labels.field("provides").lowercased()) }
        }
        for resource in canvas.keyResources {
            resource.valuePropositions.forEach { edge(resource.id, $0.id, labels.field("value-propositions").lowercased()) }
        }
        for activity in canvas.keyActivities {
            activity.valuePropositions.forEach { edge(activity.id, $0.id, labels.field("value-propositions").lowercased()) }
        }
        for proposition in canvas.valuePropositions {
            proposition.segments.forEach { edge(proposition.id, $0.id, labels.field("segments").lowercased()) }
            for remedy in proposition.remedies {
                let label = labels.phrase(remedy.role == .painReliever ? .painRelievers : .gainCreators).lowercased()
                remedy.addresses.forEach { edge(proposition.id, $0.id, label) }
            }
        }
        for channel in canvas.channels {
            channel.valuePropositions.forEach { edge($0.id, channel.id, labels.field("value-propositions").lowercased()) }
            channel.segments.forEach { edge(channel.id, $0.id, labels.field("segments").lowercased()) }
        }
        for relationship in canvas.customerRelationships {
            relationship.segments.forEach { edge(relationship.id, $0.id, labels.field("segments").lowercased()) }
            relationship.channels.forEach { edge(relationship.id, $0.id, labels.field("channels").lowercased(), constraint: false) }
        }
        for stream in canvas.revenueStreams {
            stream.segments.forEach { edge($0.id, stream.id, labels.field("segments").lowercased()) }
            stream.valuePropositions.forEach { edge(stream.id, $0.id, labels.field("value-propositions").lowercased(), constraint: false) }
        }
        for cost in canvas.costStructure {
            cost.drivers.forEach { edge(cost.id, $0.id, labels.field("drivers").lowercased(), constraint: false) }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Node ids are canvas ids, quoted (ids may contain `-`, which DOT's bare ids
    /// cannot), and escaped like any text.
    private func nodeID(_ id: String) -> String {
        DOTEscaping.quoted(id)
    }
}
