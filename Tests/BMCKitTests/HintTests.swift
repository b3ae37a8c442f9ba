@testable import BMCKit
import Testing

/// "Did you mean" for the words a Spanish or Portuguese workshop types in place of
/// the file format's English keys and words.
@Suite struct HintTests {
    /// Every key and enumeration word of the schema.
    static var schemaWords: [String] {
        var words: Set<String> = []
        for schema in ItemSchema.all {
            for field in schema.fields {
                words.insert(field.key)
                // Warning names are codes, the same in every language.
                if case .enumeration(let enumeration) = field.type.elementType, enumeration.noun != "warning name" {
                    words.formUnion(enumeration.words)
                }
            }
        }
        return words.sorted()
    }

    @Test(arguments: [CanvasLanguage.es, .pt])
    func everyKeyAndWordHasTermsInTheLanguage(_ language: CanvasLanguage) {
        let terms = CrossLanguageHints.terms(in: language)
        #expect(Self.schemaWords.filter { terms[$0]?.isEmpty ?? true } == [])
    }

    /// The help of the only diagnostic of a canvas with `line` under a segment.
    func help(_ line: String) -> String? {
        onlyDiagnostic("name: Tienda\ncustomer-segments:\n  - name: Barrio\n    \(line)\n")?.help
    }

    @Test func theWorkshopsWordsSuggestTheFormatsWords() {
        #expect(help("type: nicho de mercado") == "did you mean 'niche-market'?")
        #expect(help("tipo: niche-market") == "did you mean 'type'?")
        #expect(help("crecimiento: growing") == "did you mean 'growth'?")
        #expect(help("growth: estável") == "did you mean 'stable'?")
        #expect(help("tamaño: 200") == "did you mean 'size'?")
    }

    @Test func aTermWithTwoMeaningsSuggestsTheOneAllowedThere() {
        let relationship = "name: A\ncustomer-relationships:\n  - name: Help\n    type: autoservicio\n    cadence: mensual\n"
        #expect(problemsWithHelp(relationship) == ["did you mean 'self-service'?", "did you mean 'monthly'?"])
        let stream = "name: A\nrevenue-streams:\n  - name: Sales\n    amount: 10\n    currency: EUR\n    per: mensual\n"
        #expect(problemsWithHelp(stream) == ["did you mean 'month'?"])
        let canvas = "name: A\nsegmentos de clientes:\n  - name: B\n"
        #expect(problemsWithHelp(canvas).first == "did you mean 'customer-segments'?")
        #expect(problemsWithHelp("name: A\nparcerias:\n  - name: B\n").first == "did you mean 'key-partnerships'?")
        #expect(problemsWithHelp("name: A\nfijo: 1\n").first != "did you mean 'fixed'?", "a word is no key")
    }

    func problemsWithHelp(_ text: String) -> [String] {
        diagnostics(text).filter { $0.severity == .error }.compactMap(\.help)
    }
}

/// The export's own labels are words a workshop will type back: each must suggest
/// the key or word it labels.
@Suite struct HintLabelTests {
    @Test(arguments: [CanvasLanguage.es, .pt])
    func everyLabelReadsBackAsItsWord(_ language: CanvasLanguage) {
        let labels = Labels.forLanguage(language)
        var unread: [String] = []
        for (word, label) in labels.words.sorted(by: { $0.key < $1.key }) + labels.fields.sorted(by: { $0.key < $1.key })
        where !label.contains("(") && Identifier.derive(from: label) != word {
            if CrossLanguageHints.englishWord(for: label, among: [word]) == nil { unread.append("\(word): \(label)") }
        }
        #expect(unread == [])
    }
}
