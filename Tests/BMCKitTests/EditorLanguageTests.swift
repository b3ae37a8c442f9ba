@testable import BMCKit
import Testing

/// A small canvas of a Spanish workshop, with the cursor marked `‸` by each test.
private let spanishCanvas = """
    name: Ferretería
    language: es
    customer-segments:
      - id: tiendas
        name: Tiendas
        type: niche-market
    customer-relationships:
      - name: Visitas
        segments: [tiendas]
        cadence: monthly

    """

/// The same canvas as a Brazilian workshop writes it.
private let portugueseCanvas = """
    name: Ferragens
    language: pt
    customer-segments:
      - id: lojas
        name: Lojas
        type: niche-market
    customer-relationships:
      - name: Visitas
        segments: [lojas]
        cadence: monthly

    """

/// The cursor at the first occurrence of `marked` with `‸` in it, in `canvas`.
private func at(_ marked: String, in canvas: String) -> (analysis: CanvasAnalysis, offset: Int) {
    cursor(canvas.replacingOccurrences(of: marked.replacingOccurrences(of: "‸", with: ""), with: marked))
}

/// Every enumeration of the schema, from each field and list of words.
private var schemaEnumerations: [EnumSchema] {
    ItemSchema.all.flatMap(\.fields).compactMap { field in
        if case .enumeration(let words) = field.type.elementType { words } else { nil }
    }
}

/// Hover and completion in the canvas's language: Spanish as in *Generación de
/// modelos de negocio*, Brazilian Portuguese; English stays as it was.
@Suite struct EditorLanguageTests {
    @Test(arguments: [CanvasLanguage.es, .pt])
    func everyWordOfTheSchemaHasAMeaning(_ language: CanvasLanguage) {
        let missing = schemaEnumerations.flatMap { words in
            words.words.filter { WordMeanings.meaning(of: $0, in: words, language: language) == nil }
        }
        #expect(missing.isEmpty)
        // The words the money work of another branch adds are ready for it.
        for word in ["unit", "day", "week"] {
            #expect(WordMeanings.meaning(of: word, in: Period.schema, language: language) != nil)
        }
        #expect(WordMeanings.meaning(of: "acquisition", in: RelationshipGoal.schema, language: language)
                != WordMeanings.meaning(of: "acquisition", in: PartnershipMotivation.schema, language: language))
    }

    /// `ignore-warnings` (another branch) takes the warning names as an enumeration
    /// made from the registry: each has a meaning in the three languages.
    @Test func everyWarningNameHasAMeaning() {
        let names = EnumSchema(noun: WordMeanings.warningNameNoun, words: DiagnosticCode.warnings.map(\.name))
        let withJobs = EnumSchema(noun: names.noun, words: names.words + ["unaddressed-job"])
        #expect(names.words.filter { WordMeanings.meaning(of: $0, in: names) == nil }.isEmpty)
        #expect(withJobs.words.filter { WordMeanings.meaning(of: $0, in: withJobs, language: .es) == nil }.isEmpty)
        #expect(withJobs.words.filter { WordMeanings.meaning(of: $0, in: withJobs, language: .pt) == nil }.isEmpty)
        #expect(WordMeanings.meaning(of: "empty-block", in: names) == "One of the nine blocks has no item.")
        #expect(WordMeanings.meaning(of: "empty-block", in: names, language: .es)
                == "Uno de los nueve bloques no tiene ningún elemento.")
        #expect(EditorTexts.enumeration(names.noun, in: .pt) == "um nome de aviso")
    }

    @Test(arguments: [CanvasLanguage.es, .pt])
    func everyFieldOfEverySchemaHasASummary(_ language: CanvasLanguage) {
        var missing: [String] = []
        for schema in ItemSchema.all {
            for field in schema.fields where FieldSummaries.translated(field.key, in: schema.name, language: language) == nil {
                missing.append(schema.name + "." + field.key)
            }
        }
        #expect(missing.isEmpty)
        // The keys and the Product mapping another branch adds are ready for it.
        for key in ["Canvas.ignore-warnings", "RevenueStream.unit", "RevenueStream.volume", "Cost.unit", "Cost.volume",
                    "Product.id", "Product.text", "Product.addresses"] {
            let parts = key.split(separator: ".").map(String.init)
            #expect(FieldSummaries.translated(parts[1], in: parts[0], language: language) != nil, "\(key)")
        }
    }

    @Test func englishSummariesAreTheSchemasOwn() throws {
        let fit = try #require(Segment.itemSchema.field("fit"))
        #expect(FieldSummaries.summary(of: fit, in: Segment.itemSchema, language: .en) == "Fit with the offer.")
        #expect(FieldSummaries.summary(of: fit, in: Segment.itemSchema, language: .es) == "Encaje con la oferta.")
        #expect(FieldSummaries.summary(of: fit, in: Segment.itemSchema, language: .pt) == "Encaixe com a oferta.")
        #expect(FieldSummaries.translated("per", in: "Cost", language: .es)
                == "La periodicidad del importe: " + Period.schema.words.joined(separator: ", ") + ".")
    }

    @Test func hoverInSpanish() throws {
        func hover(_ marked: String) throws -> String {
            let place = at(marked, in: spanishCanvas)
            return try #require(place.analysis.hover(at: place.offset, language: .es)).markdown
        }
        #expect(try hover("    na‸me: Tiendas") == "**name** (obligatoria): El nombre del segmento.")
        #expect(try hover("    cade‸nce: monthly") == "**cadence**: Con qué frecuencia trata el proveedor con el comprador.")
        #expect(try hover("type: niche‸-market")
                == "**niche-market**, un tipo de segmento: Nicho de mercado: un grupo concreto y especializado, "
                   + "al que se atiende con una oferta a medida.")
        #expect(try hover("cadence: month‸ly") == "**monthly**, una frecuencia: Mensual: cada mes.")
        #expect(try hover("segments: [tien‸das]") == "Segmento **Tiendas** (`tiendas`), línea 4")
        #expect(try hover("- id: tien‸das") == "Segmento **Tiendas** (`tiendas`), línea 4")
        let unknown = at("segments: [tiend‸az]", in: spanishCanvas.replacingOccurrences(of: "[tiendas]", with: "[tiendaz]"))
        #expect(unknown.analysis.hover(at: unknown.offset, language: .es)?.markdown
                == "Ningún elemento tiene el identificador `tiendaz`.")
    }

    @Test func hoverInPortuguese() throws {
        func hover(_ marked: String) throws -> String {
            let place = at(marked, in: portugueseCanvas)
            return try #require(place.analysis.hover(at: place.offset, language: .pt)).markdown
        }
        #expect(try hover("    na‸me: Lojas") == "**name** (obrigatória): O nome do segmento.")
        #expect(try hover("    cade‸nce: monthly") == "**cadence**: Com que frequência o fornecedor encontra o comprador.")
        #expect(try hover("type: niche‸-market")
                == "**niche-market**, um tipo de segmento: Nicho de mercado: um grupo específico e especializado, "
                   + "atendido com uma oferta sob medida.")
        #expect(try hover("cadence: month‸ly") == "**monthly**, uma frequência: Mensal: todo mês.")
        #expect(try hover("segments: [lo‸jas]") == "Segmento **Lojas** (`lojas`), linha 4")
        let unknown = at("segments: [loj‸az]", in: portugueseCanvas.replacingOccurrences(of: "[lojas]", with: "[lojaz]"))
        #expect(unknown.analysis.hover(at: unknown.offset, language: .pt)?.markdown
                == "Nenhum item tem o identificador `lojaz`.")
    }

    @Test func completionDetailsInSpanishAndPortuguese() throws {
        func details(_ canvas: String, _ original: String, _ typed: String, _ language: CanvasLanguage) -> [String: String] {
            let (analysis, offset) = cursor(canvas.replacingOccurrences(of: original, with: typed))
            let completions = analysis.completions(at: offset, language: language)
            return Dictionary(uniqueKeysWithValues: completions.map { ($0.label, $0.detail ?? "") })
        }
        let keyLine = "    type: niche-market\n"
        #expect(details(spanishCanvas, keyLine, keyLine + "    prio‸\n", .es)
                == ["priority": "1 es el segmento más importante."])
        #expect(details(portugueseCanvas, keyLine, keyLine + "    prio‸\n", .pt)
                == ["priority": "1 é o segmento mais importante."])
        #expect(details(spanishCanvas, "type: niche-market", "type: nic‸", .es)
                == ["niche-market": "Nicho de mercado: un grupo concreto y especializado, al que se atiende con una oferta a medida."])
        #expect(details(portugueseCanvas, "cadence: monthly", "cadence: mon‸", .pt) == ["monthly": "Mensal: todo mês."])
        #expect(details(spanishCanvas, "segments: [tiendas]", "segments: [ti‸]", .es) == ["tiendas": "segmento"])
        #expect(details(portugueseCanvas, "segments: [lojas]", "segments: [lo‸]", .pt) == ["lojas": "segmento"])
    }

    @Test func englishIsTheDefaultAndUnchanged() throws {
        let place = at("segments: [tien‸das]", in: spanishCanvas)
        #expect(place.analysis.hover(at: place.offset)?.markdown == "Segment **Tiendas** (`tiendas`), line 4")
        #expect(place.analysis.hover(at: place.offset, language: .en) == place.analysis.hover(at: place.offset))
        let key = at("    na‸me: Tiendas", in: spanishCanvas)
        #expect(key.analysis.hover(at: key.offset)?.markdown == "**name** (required): The segment's name.")
        let word = at("cadence: month‸ly", in: spanishCanvas)
        #expect(word.analysis.hover(at: word.offset)?.markdown == "**monthly**, a cadence: Every month.")
        let (analysis, offset) = cursor(spanishCanvas.replacingOccurrences(of: "segments: [tiendas]", with: "segments: [ti‸]"))
        #expect(analysis.completions(at: offset).map(\.detail) == ["segment"])
    }
}
