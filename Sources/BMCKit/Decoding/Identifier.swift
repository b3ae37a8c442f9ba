/// The rules for ids (section 2.2): their shape, and how one is derived from a name.
public enum Identifier {
    /// ASCII letters, digits, `-` and `_`, starting with a letter or digit.
    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, first.isASCIILetterOrDigit else { return false }
            for byte in bytes where !(byte.isASCIILetterOrDigit || byte == .dash || byte == UInt8(ascii: "_")) {
                return false
            }
            return true
        }
    }

    /// Derives an id from a name: diacritics folded, lowercased, every run of other
    /// characters turned into one `-`, trimmed. `María, café owner` gives
    /// `maria-cafe-owner`. Letters without an ASCII base (`ß`, `ø`, CJK) are other
    /// characters, except for a few common ligatures spelled out.
    ///
    /// The result is what decomposing the name (Unicode NFD) and dropping its
    /// nonspacing marks gives, computed scalar by scalar with `DiacriticFolding`.
    public static func derive(from name: String) -> String {
        var id = DerivedIdentifier()
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most names are ASCII: fold them byte by byte.
            for byte in name.utf8 { id.fold(byte) }
            return id.text
        }
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                id.fold(UInt8(scalar.value))
            } else if let folded = foldedDiacritics[scalar.value] {
                // A letter with accents: "é" is "e" + U+0301.
                id.append(folded)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                // A combining accent folded away, as in a name written decomposed.
                continue
            } else if let spelled = spelledOut[scalar] {
                for byte in spelled.utf8 { id.append(byte) }
            } else {
                id.separate()
            }
        }
        return id.text
    }

    /// An id being derived, byte by byte. A struct rather than local functions
    /// sharing captured variables: those are boxed and checked for exclusive
    /// access on every byte.
    private struct DerivedIdentifier {
        private var bytes: [UInt8] = []
        /// Whether a run of other characters came since the last letter or digit.
        private var pendingDash = false

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// An ASCII byte: letters lowercased, digits kept, anything else a separator.
        mutating func fold(_ byte: UInt8) {
            guard byte.isASCIILetterOrDigit else { return separate() }
            append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }

        mutating func append(_ byte: UInt8) {
            if pendingDash && !bytes.isEmpty { bytes.append(.dash) }
            pendingDash = false
            bytes.append(byte)
        }

        /// One `-` goes before the next letter, if one comes after the first.
        mutating func separate() {
            pendingDash = true
        }
    }

    /// `DiacriticFolding.rows` as a dictionary, made on first use (by a name that
    /// is not ASCII).
    private static let foldedDiacritics: [UInt32: UInt8] = {
        var folded: [UInt32: UInt8] = [:]
        for row in DiacriticFolding.rows {
            for (offset, byte) in row.folded.utf8.enumerated() where byte != UInt8(ascii: ".") {
                folded[row.first + UInt32(offset)] = byte
            }
        }
        return folded
    }()

    /// Letters without an ASCII base that are spelled out, and the letters made of
    /// them and accents (`ǿ` is `ø` + U+0301), which are not in `DiacriticFolding`.
    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ı": "i",
        "ǣ": "ae", "Ǣ": "ae", "ǽ": "ae", "Ǽ": "ae", "ǿ": "o", "Ǿ": "o",
    ]
}

extension CanvasDecoder {
    /// Gives an item without an explicit `id` the id derived from its name.
    mutating func deriveIdentifier<Item: IdentifiedItem>(of item: inout Item) {
        guard !item.hasExplicitID else { return }
        // Without free text the name was checked but not kept (see `Field.name`).
        let name = keepsFreeText ? item.name : nameWritten(for: item.origin)
        item.id = Identifier.derive(from: name)
        if item.id.isEmpty && !name.isEmpty {
            report(.underivableID, "cannot derive an id from the name '\(name)'",
                   at: item.origin.range(of: "name"), help: "add an explicit 'id:' made of letters, digits and '-'")
        }
    }

    /// The `name` written in an item's mapping, as `text` would read it ("" when
    /// it is absent or not a single value, which the decoder has reported).
    private func nameWritten(for origin: SourceOrigin) -> String {
        guard let entry = origin.node?.mapping?.first(key: "name") else { return "" }
        let scalar = record(entry.index)
        return scalar.shape == .scalar ? value(scalar) : ""
    }

    /// An amount needs a currency and a period (section 3).
    mutating func checkMoney<Item: MoneyItem>(of item: Item) {
        guard item.amount != nil else { return }
        var missing: [String] = []
        if item.currency == nil && !item.origin.has("currency") { missing.append("currency") }
        if item.per == nil && !item.origin.has("per") { missing.append("per") }
        guard !missing.isEmpty else { return }
        report(.amountWithoutCurrency, "'amount' without \(missing.map { "'\($0)'" }.joined(separator: " and "))",
               at: item.origin.keyRange(of: "amount"),
               help: "add " + missing.map { $0 == "currency" ? "'currency: EUR'" : "'per: month'" }.joined(separator: " and ")
                   + " (or whichever applies)")
    }
}
