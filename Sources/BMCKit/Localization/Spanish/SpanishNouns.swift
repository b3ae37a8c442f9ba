/// The nouns Spanish messages name things by, with their gender: the kinds of item,
/// the schema's kinds of mapping and the enumerations. The terms are those of the
/// export labels (`Labels.spanish`), so a message and an export call a thing alike.
extension SpanishMessages {
    /// A kind of item, as the Spanish edition of *Business Model Generation* (and,
    /// for jobs, pains and gains, *Diseñando la propuesta de valor*) calls it.
    func noun(_ kind: ItemKind) -> GenderedNoun {
        switch kind {
        case .segment: .masculine("segmento")
        case .product: .masculine("producto o servicio")
        case .valueProposition: .feminine("propuesta de valor")
        case .channel: .masculine("canal")
        case .relationship: .feminine("relación con clientes")
        case .revenueStream: .feminine("fuente de ingresos")
        case .resource: .masculine("recurso clave")
        case .activity: .feminine("actividad clave")
        case .partnership: .feminine("asociación clave")
        case .cost: .masculine("coste")
        case .persona: .feminine("persona")
        case .job: .masculine("trabajo")
        case .pain: .feminine("frustración")
        case .gain: .feminine("alegría")
        case .painReliever: .masculine("aliviador de frustraciones")
        case .gainCreator: .masculine("creador de alegrías")
        }
    }

    /// A kind of mapping, by its schema name (`ItemSchema.name`). A point and a
    /// remedy are named by the side of the Value Proposition Canvas they belong
    /// to, the words a workshop knows.
    static let schemaNouns: [String: GenderedNoun] = [
        "Canvas": .masculine("lienzo"),
        "Segment": .masculine("segmento"),
        "Persona": .feminine("persona"),
        "Point": .masculine("elemento del perfil del cliente"),
        "ValueProposition": .feminine("propuesta de valor"),
        "Product": .masculine("producto o servicio"),
        "Remedy": .masculine("elemento del mapa de valor"),
        "Channel": .masculine("canal"),
        "Relationship": .feminine("relación con clientes"),
        "RevenueStream": .feminine("fuente de ingresos"),
        "Resource": .masculine("recurso clave"),
        "Activity": .feminine("actividad clave"),
        "Partnership": .feminine("asociación clave"),
        "Cost": .masculine("coste"),
    ]

    /// An enumeration, by its English noun (`EnumSchema.noun`).
    static let enumNouns: [String: GenderedNoun] = [
        "language": .masculine("idioma"),
        "cost approach": .masculine("enfoque de costes"),
        "segment type": .masculine("tipo de segmento"),
        "engagement": .feminine("vinculación"),
        "growth": .masculine("crecimiento"),
        "level": .masculine("nivel"),
        "cost level": .masculine("nivel de coste"),
        "fit": .masculine("encaje"),
        "relationship type": .masculine("tipo de relación"),
        "value proposition element": .masculine("elemento de la propuesta de valor"),
        "channel type": .masculine("tipo de canal"),
        "channel owner": .feminine("propiedad del canal"),
        "channel phase": .feminine("fase del canal"),
        "relationship goal": .masculine("objetivo de la relación"),
        "cadence": .feminine("frecuencia"),
        "revenue stream type": .masculine("tipo de fuente de ingresos"),
        "pricing mechanism": .masculine("mecanismo de fijación de precios"),
        "period": .feminine("periodicidad"),
        "resource type": .masculine("tipo de recurso"),
        "activity type": .masculine("tipo de actividad"),
        "partnership type": .masculine("tipo de asociación"),
        "partnership motivation": .feminine("motivación de la asociación"),
        "cost type": .masculine("tipo de coste"),
        "economy": .feminine("economía"),
        "warning name": .masculine("nombre de advertencia"),
    ]

    /// A schema name's noun; a name not in the table (a kind added later) is a
    /// plain "elemento" rather than English in a Spanish sentence.
    func schemaNoun(_ name: String) -> GenderedNoun { Self.schemaNouns[name] ?? .masculine("elemento") }

    func enumNoun(_ noun: String) -> GenderedNoun { Self.enumNouns[noun] ?? .masculine("valor") }

    /// "un segmento", "una propuesta de valor".
    func indefinite(_ noun: GenderedNoun) -> String { (noun.isFeminine ? "una " : "un ") + noun.word }

    /// "el segmento", "la propuesta de valor".
    func definite(_ noun: GenderedNoun) -> String { (noun.isFeminine ? "la " : "el ") + noun.word }

    /// "un segmento", "un recurso clave o una actividad clave".
    func alternatives(_ kinds: [ItemKind]) -> String {
        kinds.map { indefinite(noun($0)) }.joined(separator: " o ")
    }

    /// What was found where something else was due.
    func shape(_ shape: SchemaProblem.Shape) -> String {
        switch shape {
        case .scalar: "un solo valor"
        case .sequence: "una lista"
        case .mapping: "un conjunto de claves"
        }
    }
}
