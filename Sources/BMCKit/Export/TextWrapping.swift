/// Breaks text into lines that fit a width, for the notes of the diagrams: Graphviz
/// does not wrap HTML-like labels, so the exporter does, from the widths of
/// Helvetica's glyphs (Liberation Sans, which Graphviz uses for it on Linux, has the
/// same metrics). Widths are estimated on the generous side, so a line never
/// comes out wider than its note.
enum TextWrapping {
    /// The lines of `text` at most `width` points wide at `fontSize`; line breaks in
    /// the text are kept, runs of spaces become one, and a word longer than a line
    /// is cut.
    static func lines(_ text: String, width: Double, fontSize: Double, bold: Bool = false) -> [String] {
        // Graphviz's text comes out up to a tenth wider than the glyph widths say at
        // small sizes, where advances are rounded to whole points.
        let limit = width / (fontSize * (bold ? 1.08 : 1) * 1.1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0.0
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                var word = Substring(word)
                let space = line.isEmpty ? 0 : emWidth(" ")
                let wordWidth = Self.width(of: word)
                if lineWidth + space + wordWidth <= limit {
                    line += (line.isEmpty ? "" : " ") + word
                    lineWidth += space + wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""; lineWidth = 0
                // A word wider than a whole line is cut where it reaches the edge.
                while Self.width(of: word) > limit {
                    var piece = "", pieceWidth = 0.0
                    for character in word {
                        let characterWidth = emWidth(character)
                        if pieceWidth + characterWidth > limit && !piece.isEmpty { break }
                        piece.append(character)
                        pieceWidth += characterWidth
                    }
                    lines.append(piece)
                    word = word.dropFirst(piece.count)
                }
                line = String(word)
                lineWidth = Self.width(of: word)
            }
            if !line.isEmpty || lines.isEmpty || paragraph.isEmpty { lines.append(line) }
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The width of a text in ems.
    static func width<Text: StringProtocol>(of text: Text) -> Double {
        text.reduce(0) { $0 + emWidth($1) }
    }

    /// A character's width in ems: Helvetica's advance widths for ASCII, rounded up;
    /// other letters as a wide lowercase letter, ideographs and emoji as a full em.
    static func emWidth(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x20: return 0.28
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
            return "!,.:;'|`".unicodeScalars.contains(scalar) ? 0.28 : 0.6
        case 0x30...0x39: return 0.56
        case 0x41...0x5A: return "IJ".unicodeScalars.contains(scalar) ? 0.5 : "MW".unicodeScalars.contains(scalar) ? 0.95 : 0.73
        case 0x61...0x7A:
            if "ijl".unicodeScalars.contains(scalar) { return 0.23 }
            if "frt".unicodeScalars.contains(scalar) { return 0.34 }
            if "mw".unicodeScalars.contains(scalar) { return 0.84 }
            return 0.56
        case 0x7F..<0x1100: return scalar.properties.isUppercase ? 0.73 : 0.6
        default: return 1.0
        }
    }
}
