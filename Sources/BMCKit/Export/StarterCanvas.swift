/// `bmc new`: a commented starter canvas for a workshop. Every block has one
/// placeholder item, wired to the others so the canvas checks without errors, and
/// a comment that explains the block and lists the words its fields accept, taken
/// from the schema.
public enum StarterCanvas {
    public static func text(name: String?, language: CanvasLanguage, date: CanvasDate) -> String {
        let texts = StarterTexts(labels: Labels.forLanguage(language))
        var lines = texts[.introduction].split(separator: "\n").map { line in
            line.hasPrefix("#") ? String(line) : "# " + line
        }
        lines += [
            "name: " + YAMLScalar.text(name ?? texts[.canvasName]),
            "description: " + texts.scalar(.description),
            "version: '0.1'",
            "date: \(date)",
            "authors:",
            "  - " + texts.scalar(.author),
            "language: \(language.rawValue)",
            "cost-approach: value-driven  # " + CostApproach.allCases.map(\.rawValue).joined(separator: " | "),
        ]
        for block in Block.allCases {
            lines.append("")
            lines.append("# " + texts[StarterItems.help(for: block)])
            for field in block.itemSchema.fields {
                if case .enumeration(let words) = field.type.elementType {
                    lines.append("#   \(field.key): " + words.words.joined(separator: " | "))
                }
            }
            lines.append("\(block.key):")
            lines += StarterItems.lines(for: block, texts).map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The starter canvas's texts in one language, and the forms they take in it.
struct StarterTexts {
    let labels: Labels

    subscript(text: StarterText) -> String { labels.starter[text] ?? text.rawValue }

    /// The text as the id it derives, for the placeholders' references.
    func id(_ text: StarterText) -> String { Identifier.derive(from: self[text]) }

    /// The text as a YAML scalar.
    func scalar(_ text: StarterText) -> String { YAMLScalar.text(self[text]) }
}

extension ValueType {
    /// The type of a list's elements, or the type itself.
    var elementType: ValueType {
        if case .list(let element) = self { return element }
        return self
    }
}
