@testable import BMCKit
import Testing

/// The Spanish and Portuguese message catalogues: every case of every message type
/// has its own words in each language, with no English sentence left over.
@Suite("Message catalogues")
struct MessageCatalogueTests {
    // MARK: One value of every case

    /// Every case of `SyntaxProblem`, with representative values. `syntaxCaseName`
    /// is an exhaustive switch, so a new case does not compile until it is named
    /// there, and `everyCaseHasASample` then asks for its sample here.
    static let syntaxProblems: [SyntaxProblem] = [
        .invalidUTF8(byte: 0xFF), .controlCharacter(0x1B), .carriageReturnWithoutLineFeed, .lineSeparator(0x2028),
        .byteOrderMarkInside, .noncharacter(0xFFFE), .tabInIndentation, .tabOutsideQuotes, .textAfterValue,
        .unexpectedContent, .indentedMoreThanKeys, .indentedMoreThanItems, .indentedMoreThanItsKey,
        .blankLineMoreIndented, .tooDeep(maximum: 32), .directive, .contentOnMarkerLine(marker: "---"),
        .contentOnMarkerLine(marker: "..."), .secondDocument(afterEndMarker: true), .secondDocument(afterEndMarker: false),
        .duplicateKey("nombre"), .complexKey, .quotedKey, .keyStartsWith("@"), .multilineKey, .keyTooLong(maximum: 64),
        .expectedKeyValue, .colonWithoutKey, .sequenceItemWhereKeyExpected, .anchor, .alias, .tag, .flowMapping,
        .sequenceOnKeyLine, .valueStartsWithColon, .plainValueStartsWith("%"), .colonInPlainValue,
        .plainTextOverNextLine, .unclosedQuote, .unknownEscape("\\q"), .invalidEscape("\\xZ"), .blockScalarHeader("x"),
        .unclosedFlowSequence, .emptyFlowElement, .nestedFlowSequence, .missingFlowComma, .flowElementStartsWith("&"),
        .characterInFlowElement("{"),
    ]

    static func syntaxCaseName(_ problem: SyntaxProblem) -> String {
        switch problem {
        case .invalidUTF8: "invalidUTF8"
        case .controlCharacter: "controlCharacter"
        case .carriageReturnWithoutLineFeed: "carriageReturnWithoutLineFeed"
        case .lineSeparator: "lineSeparator"
        case .byteOrderMarkInside: "byteOrderMarkInside"
        case .noncharacter: "noncharacter"
        case .tabInIndentation: "tabInIndentation"
        case .tabOutsideQuotes: "tabOutsideQuotes"
        case .textAfterValue: "textAfterValue"
        case .unexpectedContent: "unexpectedContent"
        case .indentedMoreThanKeys: "indentedMoreThanKeys"
        case .indentedMoreThanItems: "indentedMoreThanItems"
        case .indentedMoreThanItsKey: "indentedMoreThanItsKey"
        case .blankLineMoreIndented: "blankLineMoreIndented"
        case .tooDeep: "tooDeep"
        case .directive: "directive"
        case .contentOnMarkerLine: "contentOnMarkerLine"
        case .secondDocument: "secondDocument"
        case .duplicateKey: "duplicateKey"
        case .complexKey: "complexKey"
        case .quotedKey: "quotedKey"
        case .keyStartsWith: "keyStartsWith"
        case .multilineKey: "multilineKey"
        case .keyTooLong: "keyTooLong"
        case .expectedKeyValue: "expectedKeyValue"
        case .colonWithoutKey: "colonWithoutKey"
        case .sequenceItemWhereKeyExpected: "sequenceItemWhereKeyExpected"
        case .anchor: "anchor"
        case .alias: "alias"
        case .tag: "tag"
        case .flowMapping: "flowMapping"
        case .sequenceOnKeyLine: "sequenceOnKeyLine"
        case .valueStartsWithColon: "valueStartsWithColon"
        case .plainValueStartsWith: "plainValueStartsWith"
        case .colonInPlainValue: "colonInPlainValue"
        case .plainTextOverNextLine: "plainTextOverNextLine"
        case .unclosedQuote: "unclosedQuote"
        case .unknownEscape: "unknownEscape"
        case .invalidEscape: "invalidEscape"
        case .blockScalarHeader: "blockScalarHeader"
        case .unclosedFlowSequence: "unclosedFlowSequence"
        case .emptyFlowElement: "emptyFlowElement"
        case .nestedFlowSequence: "nestedFlowSequence"
        case .missingFlowComma: "missingFlowComma"
        case .flowElementStartsWith: "flowElementStartsWith"
        case .characterInFlowElement: "characterInFlowElement"
        }
    }

    static let schemaProblems: [SchemaProblem] = [
        .notACanvas(isEmpty: true), .notACanvas(isEmpty: false),
        .expectedMapping(kind: "Segment", found: .scalar), .expectedMapping(kind: "ValueProposition", found: .sequence),
        .emptyValue(key: "name", kind: "Persona"), .missingKey(key: "name", kind: "Canvas"),
        .unknownKey(key: "tipo", kind: "Relationship", suggestion: "type", known: []),
        .unknownKey(key: "zzz", kind: "Point", suggestion: nil, known: ["text", "notes"]),
        .emptyElement(key: "needs"), .expectedList(key: "authors", value: "Ana"), .expectedList(key: "authors", value: nil),
        .expectedScalar(key: "name", found: .sequence), .expectedScalar(key: "name", found: .mapping),
        .quotedValue(key: "priority", type: .integer, value: "1"), .quotedValue(key: "amount", type: .decimal, value: "2.5"),
        .quotedValue(key: "recurring", type: .boolean, value: "true"),
        .badInteger(key: "priority", value: "uno", minimum: 1), .tooLarge(key: "size", value: "99999999999999999999"),
        .belowMinimum(key: "priority", minimum: 1, value: "0"),
        .badDecimal(key: "amount", value: "22,50", reading: .sure("22.50")),
        .badDecimal(key: "amount", value: "1.500.000", reading: .sure("1500000")),
        .badDecimal(key: "amount", value: "1,500", reading: .ambiguous(thousands: "1500", decimals: "1.500")),
        .badDecimal(key: "amount", value: "12 EUR", reading: nil),
        .badBoolean(key: "recurring", value: "yes"), .badBoolean(key: "recurring", value: "off"),
        .badBoolean(key: "recurring", value: "quizá"),
        .badDate(key: "date", value: "2026-02-30", readings: nil),
        .badDate(key: "date", value: "15/03/2026", readings: .init(dayFirst: "2026-03-15", monthFirst: nil)),
        .badDuration(key: "response-time", value: "4 horas", reading: "4h"),
        .badDuration(key: "response-time", value: "soon", reading: nil), .badCurrency(key: "currency", value: "eur"),
        .badCurrency(key: "currency", value: "€"),
        .badVolume(key: "volume", value: "mucho", expectsRate: true), .badVolume(key: "volume", value: "600/month", expectsRate: false),
        .badVolume(key: "volume", value: "mucho", expectsRate: nil),
        .badEnum(noun: "relationship type", value: "autoservicio", suggestion: "self-service", words: []),
        .badEnum(noun: "cadence", value: "zzz", suggestion: nil, words: ["daily", "weekly"]),
        .badID(value: "mi tienda", derived: "mi-tienda"), .badID(value: "東京", derived: ""),
        .underivableID(name: "東京"),
        .amountWithout(missing: ["currency", "per"], currency: "EUR", per: "month"),
        .amountWithout(missing: ["per"], currency: "EUR", per: "month"),
    ]

    static func schemaCaseName(_ problem: SchemaProblem) -> String {
        switch problem {
        case .notACanvas: "notACanvas"
        case .expectedMapping: "expectedMapping"
        case .emptyValue: "emptyValue"
        case .missingKey: "missingKey"
        case .unknownKey: "unknownKey"
        case .emptyElement: "emptyElement"
        case .expectedList: "expectedList"
        case .expectedScalar: "expectedScalar"
        case .quotedValue: "quotedValue"
        case .badInteger: "badInteger"
        case .tooLarge: "tooLarge"
        case .belowMinimum: "belowMinimum"
        case .badDecimal: "badDecimal"
        case .badBoolean: "badBoolean"
        case .badDate: "badDate"
        case .badDuration: "badDuration"
        case .badVolume: "badVolume"
        case .badCurrency: "badCurrency"
        case .badEnum: "badEnum"
        case .badID: "badID"
        case .underivableID: "underivableID"
        case .amountWithout: "amountWithout"
        }
    }

    static let referenceProblems: [ReferenceProblem] = [
        .duplicateID(id: "tiendas", isDerived: true, firstKind: .valueProposition, eitherIsDerived: true),
        .duplicateID(id: "tiendas", isDerived: false, firstKind: .segment, eitherIsDerived: false),
        .unknownReference(id: "tiendsa", field: "segments", owner: .channel, kinds: [.segment], suggestion: "tiendas",
                          candidates: []),
        .unknownReference(id: "zzz", field: "provides", owner: .partnership, kinds: [.resource, .activity],
                          suggestion: nil, candidates: ["equipo", "ventas"]),
        .unknownReference(id: "zzz", field: "drivers", owner: .cost, kinds: [.resource], suggestion: nil, candidates: []),
        .unknownReference(id: "pediatria-sin-esperas", field: "segments", owner: .channel, kinds: [.segment],
                          suggestion: "pediatria-sin-espera", candidates: [],
                          renamed: .init(kind: .segment, name: "Pediatría sin espera")),
        .wrongReferenceKind(id: "ana", found: .persona, field: "segments", owner: .revenueStream, kinds: [.segment]),
    ]

    /// The rules' warnings and the notes, each case once or more.
    static let warnings: [any DiagnosticMessage] = Block.allCases.map { EmptyBlockRule.Warning.emptyBlock($0) } + [
        EmptyBlockRule.Warning.noRevenue,
        IncompleteItemRule.Warning.untargetedProposition(id: "envio"),
        IncompleteItemRule.Warning.untypedRelationship(id: "ayuda"),
        IncompleteItemRule.Warning.orphanPartner(id: "banco"),
        SegmentCoverageRule.Warning.unservedSegment(id: "tiendas"),
        SegmentCoverageRule.Warning.unreachedSegment(id: "tiendas"),
        SegmentCoverageRule.Warning.noRelationship(id: "tiendas"),
        SegmentCareRule.Warning.clientWithoutPersonalCare(segment: "hoteles"),
        SegmentCareRule.Warning.unmetPreference(persona: "ana", prefers: [.personal, .community], segment: "tiendas"),
        SegmentCareRule.Warning.duplicatePriority(first: "tiendas", second: "hoteles", priority: 2),
        FitRule.Warning.outOfScopeRemedy(point: "esperas", kind: .pain, segment: "hoteles", proposition: "envio"),
        FitRule.Warning.outOfScopeRemedy(point: "ahorro", kind: .gain, segment: "hoteles", proposition: "envio"),
        FitRule.Warning.unaddressedPain(id: "esperas"),
        FitRule.Warning.unaddressedGain(id: "ahorro"),
    ]

    static let notes: [NoteMessage] = [
        .firstDefinedHere("tiendas"), .definedHere("tiendas"), .hasPriorityHere(id: "hoteles", priority: 2),
    ]

    /// Every message of every producer, as (name, language → text).
    static var allMessages: [(name: String, text: (CanvasLanguage) -> MessageText)] {
        syntaxProblems.map { problem in ("\(problem)", { problem.text(in: $0) }) }
            + schemaProblems.map { problem in ("\(problem)", { problem.text(in: $0) }) }
            + referenceProblems.map { problem in ("\(problem)", { problem.text(in: $0) }) }
            + warnings.map { warning in ("\(warning)", { warning.text(in: $0) }) }
            + notes.map { note in ("\(note)", { MessageText(note.text(in: $0)) }) }
    }

    @Test func everyCaseHasASample() {
        // 46 cases of SyntaxProblem and 21 of SchemaProblem, as the switches above name them.
        #expect(Set(Self.syntaxProblems.map(Self.syntaxCaseName)).count == 46)
        #expect(Set(Self.schemaProblems.map(Self.schemaCaseName)).count == 22)
    }

    // MARK: Translated, with nothing left in English

    /// Words of English sentences that no Spanish or Portuguese sentence has ("for"
    /// is not one: Portuguese has it, "onde for necessário"). Canvas keys listed
    /// unquoted in a help ("claves posibles: text, notes") are chosen to miss them.
    static let englishWords: Set<String> = [
        "the", "found", "expected", "write", "remove", "missing", "unknown", "is", "not", "add", "has", "of", "and",
        "or", "with", "cannot", "must", "takes", "only", "did", "mean", "here", "already", "empty", "value",
        "key", "list", "supported", "invalid", "line", "quotes", "block", "id", "which", "it", "its", "an",
        "one", "name", "put", "file", "give", "at", "least", "such", "every", "should", "none", "but",
    ]

    /// The words of a text outside its single-quoted parts (canvas text, keys and
    /// examples, which stay as written).
    static func unquotedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        for character in text {
            if character == "'" {
                inQuotes.toggle()
            } else if !inQuotes && character.isLetter {
                current.append(character)
                continue
            }
            if !current.isEmpty { words.append(current.lowercased()) }
            current = ""
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    @Test(arguments: [CanvasLanguage.es, .pt])
    func everyMessageIsTranslated(_ language: CanvasLanguage) {
        for (name, text) in Self.allMessages {
            let english = text(.en)
            let translated = text(language)
            #expect(translated.message != english.message, "\(name)")
            #expect((translated.help == nil) == (english.help == nil), "\(name)")
            if let help = translated.help { #expect(help != english.help, "\(name)") }
            let leftover = Self.unquotedWords(translated.message + " " + (translated.help ?? ""))
                .filter(Self.englishWords.contains)
            #expect(leftover.isEmpty, "\(name): \(leftover) in \(translated)")
        }
    }

    @Test func theWordCheckSeesEnglish() {
        #expect(Self.unquotedWords("unknown key 'the' in segment") == ["unknown", "key", "in", "segment"])
        let english = Self.allMessages.flatMap { Self.unquotedWords($0.text(.en).message) }
        #expect(english.contains("the") && english.contains("not"))
    }

    @Test func portugueseIsBrazilian() {
        // Portugal's contractions and forms, which a Brazilian reader stumbles on.
        let european = ["num ", "numa ", "nuns ", "numas ", "ficheiro", "os seus", "as suas", "o seu ", "a sua ", "ecrã", "registo"]
        for (name, text) in Self.allMessages {
            let words = text(.pt)
            let all = " " + words.message + " " + (words.help ?? "") + " "
            for form in european { #expect(!all.contains(" " + form), "\(name): '\(form)' in \(all)") }
        }
    }

    // MARK: Nouns

    /// Every kind of mapping and every enumeration noun reachable from the canvas.
    static let schemaNames: (kinds: Set<String>, enumNouns: Set<String>) = {
        var kinds = Set<String>()
        var nouns = Set<String>()
        func walk(_ schema: ItemSchema) {
            guard kinds.insert(schema.name).inserted else { return }
            for field in schema.fields { walk(field.type) }
        }
        func walk(_ type: ValueType) {
            switch type {
            case .enumeration(let enumeration): nouns.insert(enumeration.noun)
            case .list(let element): walk(element)
            case .item(let schema), .textOrItem(let schema): walk(schema)
            case .text, .integer, .decimal, .boolean, .date, .identifier, .reference, .duration, .currency, .volume: break
            }
        }
        walk(Canvas.itemSchema)
        return (kinds, nouns)
    }()

    @Test func everyKindAndEnumerationHasANoun() {
        #expect(Self.schemaNames.kinds.isSuperset(of: ["Canvas", "Segment", "Persona", "Point", "Remedy"]))
        #expect(Self.schemaNames.enumNouns.isSuperset(of: ["relationship type", "cost level", "fit", "period"]))
        for kind in Self.schemaNames.kinds {
            #expect(SpanishMessages.schemaNouns[kind] != nil, "\(kind)")
            #expect(PortugueseMessages.schemaNouns[kind] != nil, "\(kind)")
        }
        for noun in Self.schemaNames.enumNouns {
            #expect(SpanishMessages.enumNouns[noun] != nil, "\(noun)")
            #expect(PortugueseMessages.enumNouns[noun] != nil, "\(noun)")
        }
    }

    @Test func nounsAgreeInGender() {
        let es = SchemaProblem.badEnum(noun: "cadence", value: "x", suggestion: nil, words: ["daily"]).text(in: .es)
        #expect(es.message == "frecuencia desconocida: 'x'")
        #expect(es.help == "escribe una de estas palabras: daily")
        let pt = SchemaProblem.badEnum(noun: "relationship type", value: "autosserviço", suggestion: "self-service", words: [])
            .text(in: .pt)
        #expect(pt.message == "tipo de relacionamento desconhecido: 'autosserviço'")
        #expect(pt.help == "você quis dizer 'self-service'?")
        #expect(SchemaProblem.missingKey(key: "name", kind: "ValueProposition").text(in: .pt).message
            == "falta a chave obrigatória 'name' na proposta de valor")
        #expect(SchemaProblem.missingKey(key: "name", kind: "ValueProposition").text(in: .es).message
            == "falta la clave obligatoria 'name' en la propuesta de valor")
        let reference = ReferenceProblem.wrongReferenceKind(id: "ana", found: .persona, field: "segments",
                                                            owner: .valueProposition, kinds: [.segment])
        #expect(reference.text(in: .es).message == "'ana' es una persona, pero 'segments' de una propuesta de valor remite a un segmento")
        #expect(reference.text(in: .pt).message == "'ana' é uma persona, mas 'segments' de uma proposta de valor se refere a um segmento")
    }

    @Test func blockNamesAreTheExportLabels() {
        #expect(EmptyBlockRule.Warning.emptyBlock(.costStructure).text(in: .es).message
            == "el bloque Estructura de costes está vacío")
        #expect(EmptyBlockRule.Warning.emptyBlock(.customerRelationships).text(in: .pt).message
            == "o bloco Relacionamento com clientes está vazio")
    }
}
