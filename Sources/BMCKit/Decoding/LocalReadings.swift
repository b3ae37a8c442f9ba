extension CanvasDecoder {
    /// A duration written in words, as the duration it means: `2 horas`, `2 hours`
    /// and `2 h` are `2h`, `1 semana` is `1w`. `nil` for text that is no number
    /// followed by a unit's name or symbol in English, Spanish or Portuguese.
    static func durationReading(_ text: String) -> String? {
        let trimmed = text.lowercased().split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let word = Identifier.derive(from: String(trimmed.dropFirst(digits.count)))
        let units: [(Duration.Unit, [String])] = [
            (.minutes, ["m", "min", "mins", "minute", "minutes", "minuto", "minutos"]),
            (.hours, ["h", "hr", "hrs", "hour", "hours", "hora", "horas"]),
            (.days, ["d", "day", "days", "dia", "dias"]),
            (.weeks, ["w", "wk", "week", "weeks", "semana", "semanas"]),
        ]
        guard let unit = units.first(where: { $0.1.contains(word) })?.0 else { return nil }
        return Duration(amount: Int(digits)!, unit: unit).description
    }

    /// A date written the local way (`28/11/2026`, `28-11-2026`, `28.11.2026`),
    /// read day first, as Spanish and Portuguese write it, and month first, as
    /// American English does: each reading that is a real date, as `YYYY-MM-DD`.
    static func dateReadings(_ text: String) -> SchemaProblem.DateReadings? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII)
                                                                        && $0.allSatisfy(\.isNumber) }),
              parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        func iso(day: String, month: String) -> String? {
            let text = parts[2] + "-" + (month.count == 1 ? "0" : "") + month + "-" + (day.count == 1 ? "0" : "") + day
            return CanvasDate(text) == nil ? nil : text
        }
        let readings = SchemaProblem.DateReadings(dayFirst: iso(day: parts[0], month: parts[1]),
                                                  monthFirst: iso(day: parts[1], month: parts[0]))
        return readings.dayFirst == nil && readings.monthFirst == nil ? nil : readings
    }
}
