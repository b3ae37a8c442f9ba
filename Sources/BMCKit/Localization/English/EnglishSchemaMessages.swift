extension EnglishMessages {
    func text(_ problem: SchemaProblem) -> MessageText {
        let starter = "start with 'name: ...'; 'bmc new' prints a starter canvas"
        switch problem {
        case .notACanvas(let isEmpty):
            return MessageText(isEmpty ? "the file holds no canvas" : "a canvas file must be a mapping of keys such as 'name:'",
                               help: starter)
        case .expectedMapping(let kind, let found):
            return MessageText("expected \(withArticle(readable(kind))) as a mapping of keys, found \(shape(found))",
                               help: "write its fields as indented 'key: value' lines")
        case .emptyValue(let key, let kind):
            return MessageText("\(quoted(key)) has no value", help: "every \(readable(kind)) needs \(withArticle(key))")
        case .missingKey(let key, let kind):
            return MessageText("missing required key \(quoted(key)) in \(readable(kind))", help: "add '\(key): ...'")
        case .unknownKey(let key, let kind, let suggestion, let known):
            return MessageText("unknown key \(quoted(key)) in \(readable(kind))",
                               help: suggestion.map { "did you mean '\($0)'?" } ?? "known keys: " + known.joined(separator: ", "))
        case .emptyElement(let key):
            return MessageText("empty element in \(quoted(key))", help: "remove the empty '-' or give it a value")
        case .expectedList(let key, let value?):
            return MessageText("\(quoted(key)) takes a list, found a single value",
                               help: "write '\(key): [\(value)]' or one '- item' per line")
        case .expectedList(let key, nil):
            return MessageText("\(quoted(key)) takes a list, found a mapping", help: "write one '- item' per line")
        case .expectedScalar(let key, let found):
            return MessageText("\(quoted(key)) takes a single value, found \(shape(found))",
                               help: "write the value on the key's line, or use '|' or '>' for long text")
        case .quotedValue(let key, let type, let value):
            let typeName = type == .integer ? "an integer" : type == .decimal ? "a number" : "a boolean"
            return MessageText("\(quoted(key)) takes \(typeName), which is never quoted", help: "remove the quotes: \(key): \(value)")
        case .badInteger(let key, let value, let minimum):
            return MessageText("\(quoted(key)) takes a whole number, found \(quoted(value))",
                               help: "write digits only, such as '\(key): \(minimum)'")
        case .tooLarge(let key, let value):
            return MessageText("\(quoted(value)) is too large for \(quoted(key))")
        case .belowMinimum(let key, let minimum, let value):
            return MessageText("\(quoted(key)) must be at least \(minimum), found \(value)")
        case .badDecimal(let key, let value, let reading):
            return MessageText("\(quoted(key)) takes a decimal number, found \(quoted(value))", help: decimalHelp(reading))
        case .badBoolean(let key, let value):
            let lowered = value.lowercased()
            let hint = ["yes", "y", "on", "true"].contains(lowered) ? "write 'true'"
                : ["no", "n", "off", "false"].contains(lowered) ? "write 'false'" : "write 'true' or 'false'"
            return MessageText("\(quoted(key)) takes true or false, found \(quoted(value))",
                               help: "\(hint); YAML tools disagree on other spellings")
        case .badDate(let key, let value, let readings):
            let shapeIsRight = value.utf8.count == 10 && value.utf8.enumerated().allSatisfy {
                $0.offset == 4 || $0.offset == 7 ? $0.element == .dash : $0.element.isDigit
            }
            return MessageText(shapeIsRight ? "\(quoted(value)) is not a real calendar date"
                                            : "\(quoted(key)) takes a date as YYYY-MM-DD, found \(quoted(value))",
                               help: dateHelp(readings))
        case .badDuration(let key, let value, let reading):
            return MessageText("\(quoted(key)) takes a duration such as 4h or 2d, found \(quoted(value))",
                               help: reading.map { "write \($0): a whole number and m, h, d or w, no space" }
                                   ?? "write a whole number and one of m (minutes), h (hours), d (days), w (weeks)")
        case .badVolume(let key, let value, let expectsRate):
            let periods = SalesVolume.ratePeriods.joined(separator: ", ")
            switch expectsRate {
            case true?:
                return MessageText("\(quoted(key)) of a price per unit or a one-time price is a rate, found \(quoted(value))",
                                   help: "write how many are sold in a period, such as 600/month (\(periods))")
            case false?:
                return MessageText("\(quoted(key)) of the price of a period counts payers, found \(quoted(value))",
                                   help: "write how many pay each period, such as 1200; for a rate, write 'per: unit'")
            case nil:
                return MessageText("\(quoted(key)) takes a count such as 1200 or a rate such as 600/month, found \(quoted(value))",
                                   help: "write a whole number, then for a rate '/' and one of \(periods)")
            }
        case .badCurrency(let key, let value):
            let upper = value.uppercased()
            let isCode = upper.utf8.count == 3 && upper.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            return MessageText("\(quoted(key)) takes three capital letters, found \(quoted(value))",
                               help: isCode ? "write '\(upper)'" : "write a three-letter ISO 4217 code such as EUR or USD")
        case .badEnum(let noun, let value, let suggestion, let words):
            return MessageText("unknown \(noun) \(quoted(value))",
                               help: suggestion.map { "did you mean '\($0)'?" } ?? "expected one of: " + words.joined(separator: ", "))
        case .badID(let value, let derived):
            // "Letters" alone is not true to a Spanish or Portuguese writer, for whom
            // "í" and "ç" are letters: say which letters.
            return MessageText("\(quoted(value)) is not a valid id",
                               help: "an id uses only letters a-z without accents, digits, '-' and '_', no spaces, "
                                   + "and starts with a letter or digit" + (derived.isEmpty ? "" : "; write '\(derived)'"))
        case .underivableID(let name):
            return MessageText("cannot derive an id from the name \(quoted(name))",
                               help: "add an explicit 'id:' made of letters, digits and '-'")
        case .amountWithout(let missing, let currency, let per):
            let added = missing.map { $0 == "currency" ? "'currency: \(currency)'" : "'per: \(per)'" }
            return MessageText("'amount' without " + missing.map { "'\($0)'" }.joined(separator: " and "),
                               help: "add " + added.joined(separator: " and ") + " (or whichever applies)")
        }
    }

    /// The help of `bad-decimal`: the amount as it must be written when it was
    /// written the way a language writes numbers, else the shape of a decimal.
    private func decimalHelp(_ reading: SchemaProblem.DecimalReading?) -> String {
        let rule = "a dot before the decimals, no thousands separator"
        switch reading {
        case .sure(let amount) where amount.contains("."): return "write \(amount): \(rule)"
        case .sure(let amount): return "write \(amount), with no thousands separator"
        case .ambiguous(let thousands, let decimals):
            return "if the comma separates thousands, write \(thousands); if it marks the decimals, write \(decimals) (\(rule))"
        case nil: return "write digits with an optional '.' and fraction, such as 29.90; no exponent, no '_'"
        }
    }

    /// "value proposition" for `ValueProposition`.
    func readable(_ schemaName: String) -> String {
        var words: [String] = []
        var current = ""
        for character in schemaName {
            if character.isUppercase && !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character.lowercased())
        }
        words.append(current)
        return words.joined(separator: " ")
    }

    func withArticle(_ noun: String) -> String {
        ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }

    /// English reads a date with slashes month first, unless only the other
    /// reading is a date; when both are, both are given.
    private func dateHelp(_ readings: SchemaProblem.DateReadings?) -> String {
        switch (readings?.monthFirst, readings?.dayFirst) {
        case (let monthFirst?, let dayFirst?) where monthFirst != dayFirst:
            return "write \(monthFirst) if the month comes first, \(dayFirst) if the day does"
        case (let reading?, _), (nil, let reading?):
            return "write \(reading): year, month and day"
        case (nil, nil):
            return "write a date such as 2026-03-15"
        }
    }

    func shape(_ shape: SchemaProblem.Shape) -> String {
        switch shape {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
