/// The nouns Brazilian Portuguese messages name things by, with their gender: the
/// kinds of item, the schema's kinds of mapping and the enumerations. The terms are
/// those of the export labels (`Labels.portuguese`), so a message and an export
/// call a thing alike.
extension PortugueseMessages {
    /// A kind of item, as the Brazilian edition of *Business Model Generation* (and,
    /// for jobs, pains and gains, *Value Proposition Design*) calls it.
    func noun(_ kind: ItemKind) -> GenderedNoun {
        switch kind {
        case .segment: .masculine("segmento")
        case .product: .masculine("produto ou serviço")
        case .valueProposition: .feminine("proposta de valor")
        case .channel: .masculine("canal")
        case .relationship: .masculine("relacionamento com clientes")
        case .revenueStream: .feminine("fonte de receita")
        case .resource: .masculine("recurso principal")
        case .activity: .feminine("atividade-chave")
        case .partnership: .feminine("parceria principal")
        case .cost: .masculine("custo")
        case .persona: .feminine("persona")
        case .job: .feminine("tarefa")
        case .pain: .feminine("dor")
        case .gain: .masculine("ganho")
        case .painReliever: .masculine("analgésico")
        case .gainCreator: .masculine("criador de ganho")
        }
    }

    /// A kind of mapping, by its schema name (`ItemSchema.name`). A point and a
    /// remedy are named by the side of the Value Proposition Canvas they belong
    /// to, the words a workshop knows.
    static let schemaNouns: [String: GenderedNoun] = [
        "Canvas": .masculine("quadro"),
        "Segment": .masculine("segmento"),
        "Persona": .feminine("persona"),
        "Point": .masculine("item do perfil do cliente"),
        "ValueProposition": .feminine("proposta de valor"),
        "Product": .masculine("produto ou serviço"),
        "Remedy": .masculine("item do mapa de valor"),
        "Channel": .masculine("canal"),
        "Relationship": .masculine("relacionamento com clientes"),
        "RevenueStream": .feminine("fonte de receita"),
        "Resource": .masculine("recurso principal"),
        "Activity": .feminine("atividade-chave"),
        "Partnership": .feminine("parceria principal"),
        "Cost": .masculine("custo"),
    ]

    /// An enumeration, by its English noun (`EnumSchema.noun`).
    static let enumNouns: [String: GenderedNoun] = [
        "language": .masculine("idioma"),
        "cost approach": .feminine("abordagem de custos"),
        "segment type": .masculine("tipo de segmento"),
        "engagement": .masculine("vínculo"),
        "growth": .masculine("crescimento"),
        "level": .masculine("nível"),
        "cost level": .masculine("nível de custo"),
        "fit": .masculine("encaixe"),
        "relationship type": .masculine("tipo de relacionamento"),
        "value proposition element": .masculine("elemento da proposta de valor"),
        "channel type": .masculine("tipo de canal"),
        "channel owner": .feminine("propriedade do canal"),
        "channel phase": .feminine("fase do canal"),
        "relationship goal": .masculine("objetivo do relacionamento"),
        "cadence": .feminine("frequência"),
        "revenue stream type": .masculine("tipo de fonte de receita"),
        "pricing mechanism": .masculine("mecanismo de precificação"),
        "period": .feminine("periodicidade"),
        "resource type": .masculine("tipo de recurso"),
        "activity type": .masculine("tipo de atividade"),
        "partnership type": .masculine("tipo de parceria"),
        "partnership motivation": .feminine("motivação da parceria"),
        "cost type": .masculine("tipo de custo"),
        "economy": .feminine("economia"),
        "warning name": .masculine("nome de aviso"),
    ]

    /// A schema name's noun; a name not in the table (a kind added later) is a
    /// plain "item" rather than English in a Portuguese sentence.
    func schemaNoun(_ name: String) -> GenderedNoun { Self.schemaNouns[name] ?? .masculine("item") }

    func enumNoun(_ noun: String) -> GenderedNoun { Self.enumNouns[noun] ?? .masculine("valor") }

    /// "um segmento", "uma proposta de valor".
    func indefinite(_ noun: GenderedNoun) -> String { (noun.isFeminine ? "uma " : "um ") + noun.word }

    /// "no segmento", "na proposta de valor": "em" with the definite article, as
    /// Brazil contracts it (never "num", "numa").
    func inDefinite(_ noun: GenderedNoun) -> String { (noun.isFeminine ? "na " : "no ") + noun.word }

    /// "um segmento", "um recurso principal ou uma atividade-chave".
    func alternatives(_ kinds: [ItemKind]) -> String {
        kinds.map { indefinite(noun($0)) }.joined(separator: " ou ")
    }

    /// What was found where something else was due.
    func shape(_ shape: SchemaProblem.Shape) -> String {
        switch shape {
        case .scalar: "um só valor"
        case .sequence: "uma lista"
        case .mapping: "um conjunto de chaves"
        }
    }
}
