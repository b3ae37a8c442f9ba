/// "Did you mean" across languages. A canvas file is written with the schema's
/// English keys and words, but a Spanish or Portuguese workshop types the words it
/// uses: `tipo: autoservicio`, `segmentos-de-clientes:`, `per: mes`. Each key and
/// enum word has its terms in both languages (Osterwalder and Pigneur's, from the
/// Spanish and Brazilian editions of *Business Model Generation*, and the common
/// synonyms), and a typed word that is one of them suggests the English word. Terms
/// are compared folded, as ids are derived (`Asistencia personal exclusiva` is
/// `asistencia-personal-exclusiva`). `HintTests` checks that every key and word of
/// the schema has terms in both languages.
enum CrossLanguageHints {
    /// The English key or word among `candidates` that `typed` is a Spanish or
    /// Portuguese term for. A term may stand for several English words (`mensual`
    /// is `monthly` as a cadence and `month` as a period): the candidates, the keys
    /// or words allowed where it was typed, decide.
    static func englishWord(for typed: String, among candidates: [String]) -> String? {
        guard let words = englishWords[Identifier.derive(from: typed)] else { return nil }
        return words.first { candidates.contains($0) }
    }

    /// Each folded term, and the English words it stands for.
    private static let englishWords: [String: [String]] = {
        var table: [String: [String]] = [:]
        for terms in [SpanishTerms.terms, PortugueseTerms.terms] {
            for (english, translations) in terms {
                for term in translations {
                    let folded = Identifier.derive(from: term)
                    if table[folded]?.contains(english) != true { table[folded, default: []].append(english) }
                }
            }
        }
        return table
    }()

    /// The terms of a language, for the tests.
    static func terms(in language: CanvasLanguage) -> [String: [String]] {
        switch language {
        case .en: return [:]
        case .es: return SpanishTerms.terms
        case .pt: return PortugueseTerms.terms
        }
    }
}
