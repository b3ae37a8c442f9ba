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
            } else if let folded = foldedDiacritic(scalar.value) {
                // A letter with accents: "é" is "e" + U+0301.
                id.append(folded)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                // A combining accent folded away, as in a name written decomposed.
                continue
            } else if let spelled = spelledOut(scalar) {
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

    /// `DiacriticFolding.rows` one after the other, 32 bytes a row, made on first
    /// use (by a name that is not ASCII). Not a dictionary: building one with its
    /// 490 entries took a sixth of a short `bmc check`'s instructions.
    private static let foldingTable: [UInt8] = DiacriticFolding.rows.flatMap { Array($0.folded.utf8) }

    /// The ASCII byte a scalar folds to, found in the row that holds it (rows are
    /// in scalar order, and there are 20 of them).
    private static func foldedDiacritic(_ value: UInt32) -> UInt8? {
        let rows = DiacriticFolding.rows
        guard let row = rows.firstIndex(where: { value < $0.first + DiacriticFolding.rowLength }),
              rows[row].first <= value else { return nil }
        let byte = foldingTable[row * Int(DiacriticFolding.rowLength) + Int(value - rows[row].first)]
        return byte == UInt8(ascii: ".") ? nil : byte
    }

    /// Letters without an ASCII base that are spelled out, and the letters made of
    /// them and accents (`ǿ` is `ø` + U+0301), which are not in `DiacriticFolding`.
    private static func spelledOut(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "ß": "ss"
        case "æ", "Æ", "ǣ", "Ǣ", "ǽ", "Ǽ": "ae"
        case "œ", "Œ": "oe"
        case "ø", "Ø", "ǿ", "Ǿ": "o"
        case "ł", "Ł": "l"
        case "đ", "Đ": "d"
        case "ı": "i"
        default: nil
        }
    }
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
