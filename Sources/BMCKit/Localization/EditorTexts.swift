/// The fixed sentences of hover and completion, in each language. The kind and
/// enumeration nouns are those of the diagnostics catalogues (`SpanishNouns`,
/// `PortugueseNouns`), so an editor and a message call a thing alike.
enum EditorTexts {
    /// " (required)" after a required key: a key is "clave" and "chave", feminine in both.
    static func requiredMark(in language: CanvasLanguage) -> String {
        switch language {
        case .en: " (required)"
        case .es: " (obligatoria)"
        case .pt: " (obrigatória)"
        }
    }

    /// "a segment type", "un tipo de segmento", "um tipo de segmento".
    static func enumeration(_ noun: String, in language: CanvasLanguage) -> String {
        switch language {
        case .en: "a " + noun
        case .es: SpanishMessages().indefinite(SpanishMessages().enumNoun(noun))
        case .pt: PortugueseMessages().indefinite(PortugueseMessages().enumNoun(noun))
        }
    }

    /// A kind of item as a completion's detail: "segment", "segmento".
    static func kind(_ kind: ItemKind, in language: CanvasLanguage) -> String {
        switch language {
        case .en: kind.noun
        case .es: SpanishMessages().noun(kind).word
        case .pt: PortugueseMessages().noun(kind).word
        }
    }

    /// "line", "línea", "linha".
    static func line(in language: CanvasLanguage) -> String {
        switch language {
        case .en: "line"
        case .es: "línea"
        case .pt: "linha"
        }
    }

    /// Over a reference to no item; `id` comes in code style or escaped.
    static func unknownID(_ id: String, in language: CanvasLanguage) -> String {
        switch language {
        case .en: "No item has the id \(id)."
        case .es: "Ningún elemento tiene el identificador \(id)."
        case .pt: "Nenhum item tem o identificador \(id)."
        }
    }
}
