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
        // A decoder that keeps no free text reads the name here, where it is needed.
        let name = keepsText ? item.name : entry("name", in: finishing).flatMap { $0.shape == .scalar ? value(of: $0) : nil } ?? ""
        item.id = Identifier.derive(from: name)
        if item.id.isEmpty && !name.isEmpty {
            report(.underivableID(name: name), at: item.span.nameRange ?? item.span.range)
        }
    }

    /// An amount needs a currency and a period (section 3). The fix adds what is
    /// missing with the currency and period the canvas's other amounts use most
    /// (or EUR and month), once every amount is read.
    mutating func checkMoney<Item: MoneyItem>(of item: Item) {
        // A rate where payers are due, or payers where a rate is: the yearly figure
        // would be wrong by a factor nobody sees.
        if let volume = item.volume, let per = item.per, volume.isRate != !per.isRecurringPeriod,
           let entry = entry("volume", in: finishing) {
            report(.badVolume(key: "volume", value: volume.description, expectsRate: !per.isRecurringPeriod),
                   at: entry.range)
        }
        guard item.amount != nil else { return }
        var missing: [String] = []
        // A key written with a wrong value was reported as such; an empty one is absent.
        let currency = entry("currency", in: finishing), per = entry("per", in: finishing)
        if item.currency == nil && (currency?.isEmptyValue ?? true) { missing.append("currency") }
        if item.per == nil && (per?.isEmptyValue ?? true) { missing.append("per") }
        guard !missing.isEmpty, let amount = entry("amount", in: finishing) else { return }
        pendingMoneyFixes.append(PendingMoneyFix(missing: missing, amountKey: amount.keyRange, amountValue: amount.range))
    }

    /// Reports the amounts without a currency or period, with their fixes.
    mutating func completeMoneyFixes(in canvas: Canvas) {
        guard !pendingMoneyFixes.isEmpty else { return }
        let items: [any MoneyItem] = canvas.revenueStreams + canvas.costStructure
        let currency = mostCommon(items.compactMap(\.currency)) ?? "EUR"
        let per = mostCommon(items.compactMap { $0.per?.rawValue }) ?? "month"
        let bytes = document.storage.bytes
        for pending in pendingMoneyFixes {
            // The lines go after the amount's, at the column of its key.
            var lineStart = pending.amountKey.start
            while lineStart > 0 && bytes[lineStart - 1] != .lineFeed { lineStart -= 1 }
            let indent = String(repeating: " ", count: pending.amountKey.start - lineStart)
            var lineEnd = pending.amountValue.end
            while lineEnd < bytes.count && !bytes[lineEnd].isLineEnd { lineEnd += 1 }
            let lines = pending.missing.map { "\n" + indent + ($0 == "currency" ? "currency: " + currency : "per: " + per) }
            report(.amountWithout(missing: pending.missing, currency: currency, per: per), at: pending.amountKey,
                   fixIts: [FixIt([TextEdit(.point(lineEnd), lines.joined())])])
        }
        pendingMoneyFixes = []
    }

    private func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        // Ties go to the value written first.
        return values.first { counts[$0] == counts.values.max() }
    }
}

/// An amount whose diagnostic waits for the whole canvas (see `checkMoney`).
struct PendingMoneyFix {
    var missing: [String]
    var amountKey: SourceRange
    var amountValue: SourceRange
}
