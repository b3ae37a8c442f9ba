@testable import BMCKit
import Testing

/// The label tables of the three export languages: complete for the schema, the
/// same keys in each, the official block names, and nothing left in English.
@Suite("Labels")
struct LabelsTests {
    // MARK: What the schema needs labels for

    /// Every field key and every enum word reachable from the canvas schema. The
    /// canvas's nine block fields are labelled by `blocks`, not `fields`.
    private static let schemaKeys: (fields: Set<String>, words: Set<String>) = {
        var fields = Set<String>()
        var words = Set<String>()
        var visited = Set<ObjectIdentifier>()

        func walk(_ schema: ItemSchema, blockFields: Set<String> = []) {
            guard visited.insert(ObjectIdentifier(schema)).inserted else { return }
            for field in schema.fields {
                if !blockFields.contains(field.key) { fields.insert(field.key) }
                // Warning names are codes, which stay as they are in every language (section 9).
                if field.key == "ignore-warnings" { continue }
                walk(field.type)
            }
        }

        func walk(_ type: ValueType) {
            switch type {
            case .enumeration(let enumeration): words.formUnion(enumeration.words)
            case .list(let element): walk(element)
            case .item(let schema), .textOrItem(let schema): walk(schema)
            case .text, .integer, .decimal, .boolean, .date, .identifier, .reference, .duration, .currency, .volume: break
            }
        }

        walk(Canvas.itemSchema, blockFields: Set(Block.allCases.map(\.key)))
        return (fields, words)
    }()

    @Test func theSchemaWalkReachesNestedKinds() {
        // Persona, Point and Remedy fields, and words from lists of enums.
        #expect(Self.schemaKeys.fields.isSuperset(of: ["role", "quote", "text", "addresses", "prefers", "drivers"]))
        #expect(Self.schemaKeys.words.isSuperset(of: ["self-service", "after-sales", "scope", "es"]))
    }

    @Test(arguments: CanvasLanguage.allCases)
    func everyBlockHasALabel(_ language: CanvasLanguage) {
        let labels = Labels.forLanguage(language)
        for key in Block.allCases.map(\.key) {
            #expect(labels.blocks[key] != nil, "no \(language) label for block \(key)")
        }
    }

    @Test(arguments: CanvasLanguage.allCases)
    func everyFieldHasALabel(_ language: CanvasLanguage) {
        let labels = Labels.forLanguage(language)
        for key in Self.schemaKeys.fields.sorted() {
            #expect(labels.fields[key] != nil, "no \(language) label for field \(key)")
        }
    }

    @Test(arguments: CanvasLanguage.allCases)
    func everyEnumWordHasALabel(_ language: CanvasLanguage) {
        let labels = Labels.forLanguage(language)
        for word in Self.schemaKeys.words.sorted() {
            #expect(labels.words[word] != nil, "no \(language) label for word \(word)")
        }
    }

    @Test(arguments: CanvasLanguage.allCases)
    func everyPhraseHasALabel(_ language: CanvasLanguage) {
        let labels = Labels.forLanguage(language)
        for phrase in Phrase.allCases {
            #expect(labels.phrases[phrase] != nil, "no \(language) label for phrase \(phrase)")
        }
    }

    @Test(arguments: CanvasLanguage.allCases)
    func noLabelIsEmpty(_ language: CanvasLanguage) {
        let labels = Labels.forLanguage(language)
        let all = Array(labels.blocks.values) + Array(labels.fields.values) + Array(labels.words.values)
            + Array(labels.phrases.values)
        for label in all {
            let trimmed = !label.isEmpty && label.first?.isWhitespace == false && label.last?.isWhitespace == false
            #expect(trimmed, "empty or padded \(language) label \"\(label)\"")
        }
    }

    // MARK: The same keys everywhere

    @Test(arguments: [CanvasLanguage.es, .pt])
    func sameKeysAsEnglish(_ language: CanvasLanguage) {
        let english = Labels.english
        let labels = Labels.forLanguage(language)
        #expect(Set(labels.blocks.keys) == Set(english.blocks.keys))
        #expect(Set(labels.fields.keys) == Set(english.fields.keys))
        #expect(Set(labels.words.keys) == Set(english.words.keys))
        #expect(Set(labels.phrases.keys) == Set(english.phrases.keys))
    }

    // MARK: The books' block names

    @Test func spanishBlockNames() {
        #expect(Block.allCases.map(\.key).map { Labels.spanish.blocks[$0] } == [
            "Segmentos de clientes", "Propuestas de valor", "Canales", "Relaciones con clientes",
            "Fuentes de ingresos", "Recursos clave", "Actividades clave", "Asociaciones clave",
            "Estructura de costes",
        ])
    }

    @Test func portugueseBlockNames() {
        #expect(Block.allCases.map(\.key).map { Labels.portuguese.blocks[$0] } == [
            "Segmentos de clientes", "Propostas de valor", "Canais", "Relacionamento com clientes",
            "Fontes de receita", "Recursos principais", "Atividades-chave", "Parcerias principais",
            "Estrutura de custos",
        ])
    }

    @Test func forLanguagePicksTheTable() {
        #expect(Labels.forLanguage(.en).block("channels") == "Channels")
        #expect(Labels.forLanguage(.es).block("channels") == "Canales")
        #expect(Labels.forLanguage(.pt).block("channels") == "Canais")
    }

    // MARK: Nothing left in English

    /// Labels that are the same word in English and in the language.
    private static let sameAsEnglish: [CanvasLanguage: Set<String>] = [
        .es: ["Personas", "variable", "no"],
        .pt: ["Personas", "design", "self-service", "joint venture", "Volume"],
    ]

    @Test(arguments: [CanvasLanguage.es, .pt])
    func nothingLeftInEnglish(_ language: CanvasLanguage) {
        let english = Labels.english
        let labels = Labels.forLanguage(language)
        let allowed = Self.sameAsEnglish[language] ?? []
        func check(_ kind: String, _ key: String, _ label: String?, _ englishLabel: String?) {
            guard let label, label == englishLabel else { return }
            #expect(allowed.contains(label), "\(language) \(kind) \(key) is still English: \"\(label)\"")
        }
        for (key, label) in labels.blocks { check("block", key, label, english.blocks[key]) }
        for (key, label) in labels.fields { check("field", key, label, english.fields[key]) }
        for (key, label) in labels.words { check("word", key, label, english.words[key]) }
        for (phrase, label) in labels.phrases { check("phrase", phrase.rawValue, label, english.phrases[phrase]) }
    }

    @Test func theSpanishAndPortugueseTablesDiffer() {
        #expect(Labels.spanish.blocks != Labels.portuguese.blocks)
        #expect(Labels.spanish.words != Labels.portuguese.words)
    }
}
