/// The Value Proposition Canvas (`--view value-proposition`): for each value
/// proposition and each segment or persona it is for that has jobs, pains or
/// gains, the value map (gain creators, pain relievers, products and services) on
/// the left facing the customer profile (gains, pains, jobs) on the right, in the
/// same order so the lines run across, with a line from every product and remedy to
/// each point of the profile it addresses. A point no line reaches is marked.
struct ValuePropositionCanvas {
    let canvas: Canvas
    let labels: Labels
    /// The propositions, segments or personas to draw; all when empty.
    let subjects: [String]

    /// A segment's own profile or a persona's.
    struct Profile {
        let id: String
        let name: String
        let segment: Segment
        let jobs: [Point], pains: [Point], gains: [Point]
        var isEmpty: Bool { jobs.isEmpty && pains.isEmpty && gains.isEmpty }
    }

    func dot() -> String {
        let words = labels.diagram
        var lines = [
            "digraph vpc {",
            "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=16, labelloc=\"t\", nodesep=0.4, ranksep=1.6, "
                + "label=\(DOTEscaping.quoted(canvas.name + " — " + words.phrase(.valuePropositionCanvas)))];",
            "  node [shape=plain, fontname=\"Helvetica\", fontsize=10];",
            "  edge [color=\"#0072B2\", arrowsize=0.6, penwidth=1.2];",
        ]
        var pairs = 0
        for proposition in canvas.valuePropositions {
            for profile in profiles(of: proposition) where isWanted(proposition, profile) {
                pairs += 1
                lines += pair(proposition, profile, number: pairs)
            }
        }
        if pairs == 0 {
            lines.append("  empty [shape=box, style=\"rounded\", label=\(DOTEscaping.quoted(words.phrase(.noProfiles)))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The profiles a proposition is for: each of its segments' own, then their personas'.
    private func profiles(of proposition: ValueProposition) -> [Profile] {
        proposition.segments.compactMap { reference in canvas.customerSegments.first { $0.id == reference.id } }
            .flatMap { segment in
                [Profile(id: segment.id, name: segment.name, segment: segment, jobs: segment.jobs, pains: segment.pains,
                         gains: segment.gains)]
                    + segment.personas.map { persona in
                        Profile(id: persona.id, name: persona.name + " (" + segment.name + ")", segment: segment,
                                jobs: persona.jobs, pains: persona.pains, gains: persona.gains)
                    }
            }
            .filter { !$0.isEmpty }
    }

    private func isWanted(_ proposition: ValueProposition, _ profile: Profile) -> Bool {
        subjects.isEmpty || subjects.contains(proposition.id) || subjects.contains(profile.id)
            || subjects.contains(profile.segment.id)
    }

    /// One value map and the profile it faces, in a cluster, with their lines.
    private func pair(_ proposition: ValueProposition, _ profile: Profile, number: Int) -> [String] {
        let words = labels.diagram
        let map = "map\(number)", customer = "profile\(number)"
        // The value map's rows: (port, text, the ids it addresses), section by section.
        let offers: [(String, [(port: String, text: String, addresses: [Reference])])] = [
            (labels.phrase(.gainCreators), proposition.gainCreators.enumerated().map { ("g\($0)", $1.text, $1.addresses) }),
            (labels.phrase(.painRelievers), proposition.painRelievers.enumerated().map { ("r\($0)", $1.text, $1.addresses) }),
            (words.phrase(.productsAndServices), proposition.products.enumerated().map { ("s\($0)", $1.text, $1.addresses) }),
        ]
        let addressed = Set(offers.flatMap { $0.1.flatMap { $0.addresses.map(\.id) } })
        let needs: [(String, [(port: String, point: Point)])] = [
            (labels.phrase(.gains), profile.gains.enumerated().map { ("g\($0)", $1) }),
            (labels.phrase(.pains), profile.pains.enumerated().map { ("p\($0)", $1) }),
            (words.phrase(.customerJobs), profile.jobs.enumerated().map { ("j\($0)", $1) }),
        ]
        let valueMap = table(words.phrase(.valueMap), proposition.name, color: "#FCEFD2", sections: offers.map { section in
            (section.0, section.1.map { (port: $0.port, text: $0.text, mark: nil as String?) })
        })
        let customerProfile = table(words.phrase(.customerProfile), profile.name, color: "#D6E8F4", sections: needs.map { section in
            (section.0, section.1.map { row in
                let open = row.point.id.map { !addressed.contains($0) } ?? true
                return (port: row.port, text: row.point.text, mark: open ? words.phrase(.notAddressed) : nil)
            })
        })
        let title = words.phrase(.propositionFor).replacingPlaceholder(with: proposition.name, profile.name)
        var lines = [
            "  subgraph cluster_\(number) {",
            "    label=\(DOTEscaping.quoted(title)); style=\"rounded\"; color=\"#BBBBBB\"; fontsize=12;",
            "    \(map) [label=<\(valueMap)>];",
            "    \(customer) [label=<\(customerProfile)>];",
            "  }",
        ]
        var portOfPoint: [String: String] = [:]
        for (_, rows) in needs { for row in rows { if let id = row.point.id { portOfPoint[id] = row.port } } }
        for (_, rows) in offers {
            for row in rows {
                for reference in row.addresses {
                    guard let port = portOfPoint[reference.id] else { continue }
                    lines.append("  \(map):\(row.port):e -> \(customer):\(port):w;")
                }
            }
        }
        // Keeps the profile to the right of its map when nothing addresses anything.
        lines.append("  \(map) -> \(customer) [style=\"invis\"];")
        return lines
    }

    /// A value map or a customer profile: its title and name, then each section's
    /// heading and rows, a row that no line reaches marked in italics on a warmer tint.
    private func table(_ heading: String, _ name: String, color: String,
                       sections: [(String, [(port: String, text: String, mark: String?)])]) -> String {
        let width = 240.0
        func text(_ value: String, size: Double, bold: Bool = false) -> String {
            TextWrapping.lines(value, width: width, fontSize: size, bold: bold).map(DOTEscaping.html).joined(separator: "<BR/>")
        }
        var rows = ["<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"\(color)\" WIDTH=\"\(Int(width) + 8)\">"
                    + "<FONT POINT-SIZE=\"9\">\(DOTEscaping.html(heading))</FONT><BR/><B>\(text(name, size: 11, bold: true))</B></TD></TR>"]
        for (title, items) in sections {
            rows.append("<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"#F2F2F2\"><B>\(DOTEscaping.html(title))</B></TD></TR>")
            for item in items {
                var cell = text(item.text, size: 10)
                if let mark = item.mark {
                    cell += "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"#A33C00\"><I>✗ \(DOTEscaping.html(mark))</I></FONT>"
                }
                rows.append("<TR><TD PORT=\"\(item.port)\" ALIGN=\"LEFT\" BALIGN=\"LEFT\""
                            + (item.mark != nil ? " BGCOLOR=\"#F8E0CF\"" : "") + ">\(cell)</TD></TR>")
            }
        }
        return "<TABLE BORDER=\"1\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\" COLOR=\"#666666\" BGCOLOR=\"white\">"
            + rows.joined() + "</TABLE>"
    }
}
