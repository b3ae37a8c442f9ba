/// The Portuguese catalogue: the words of every message `bmc` writes about a canvas,
/// strictly in Brazilian Portuguese ("você", "arquivo", "em um", never "num" or "os
/// seus") and the terms of the Brazilian *Business Model Generation*. Keys, enum
/// words, ids and codes stay as the file writes them, in quotes.
struct PortugueseMessages: MessageCatalogue {
    /// Block names as the exports write them, so a message and an export agree.
    private func block(_ block: Block) -> String { Labels.portuguese.block(block.key) }

    func text(_ warning: EmptyBlockRule.Warning) -> MessageText {
        switch warning {
        case .emptyBlock(let block):
            MessageText("o bloco \(self.block(block)) está vazio", help: "adicione pelo menos um item em '\(block.key):'")
        case .noRevenue:
            MessageText("nenhuma fonte de receita indica de qual segmento vem",
                        help: "indique os segmentos que pagam no 'segments:' de cada fonte de receita")
        }
    }

    func text(_ warning: IncompleteItemRule.Warning) -> MessageText {
        switch warning {
        case .untargetedProposition(let id):
            MessageText("a proposta de valor \(quoted(id)) não indica nenhum segmento",
                        help: "adicione 'segments: [...]' com os segmentos a que ela se destina")
        case .untypedRelationship(let id):
            MessageText("o relacionamento com clientes \(quoted(id)) não tem tipo",
                        help: "adicione 'type:' com uma destas palavras: "
                            + RelationshipType.allCases.map(\.rawValue).joined(separator: ", "))
        case .orphanPartner(let id):
            MessageText("a parceria principal \(quoted(id)) não fornece nada",
                        help: "adicione 'provides: [...]' com os recursos principais ou as atividades-chave que o parceiro fornece")
        }
    }

    func text(_ warning: SegmentCoverageRule.Warning) -> MessageText {
        switch warning {
        case .unservedSegment(let id):
            MessageText("nenhuma proposta de valor se destina ao segmento \(quoted(id))",
                        help: "adicione '\(id)' aos 'segments' de uma proposta de valor")
        case .unreachedSegment(let id):
            MessageText("nenhum canal chega ao segmento \(quoted(id))", help: "adicione '\(id)' aos 'segments' de um canal")
        case .noRelationship(let id):
            MessageText("o segmento \(quoted(id)) não tem nenhum relacionamento com clientes",
                        help: "adicione '\(id)' aos 'segments' de um relacionamento com clientes")
        }
    }

    func text(_ warning: SegmentCareRule.Warning) -> MessageText {
        switch warning {
        case .clientWithoutPersonalCare(let segment):
            // Portuguese has one word for "client" and "customer": name the field.
            MessageText("o segmento \(quoted(segment)) tem 'engagement: client', mas nenhum relacionamento 'personal' "
                            + "nem 'dedicated'",
                        help: "um cliente com vínculo de longo prazo espera ter uma pessoa de contato: "
                            + "adicione um relacionamento 'personal' ou 'dedicated' para '\(segment)'")
        case .unmetPreference(let persona, let prefers, let segment):
            MessageText("a persona \(quoted(persona)) prefere \(prefers.map(\.rawValue).joined(separator: ", ")), "
                            + "mas nenhum desses tipos de relacionamento é oferecido ao segmento \(quoted(segment))",
                        help: "adicione para '\(segment)' um relacionamento de um dos tipos preferidos, ou reveja a persona")
        case .duplicatePriority(let first, let second, let priority):
            MessageText("os segmentos \(quoted(first)) e \(quoted(second)) têm a mesma prioridade, \(priority)",
                        help: "dê a cada segmento uma prioridade própria; 1 é a mais importante")
        }
    }

    func text(_ warning: FitRule.Warning) -> MessageText {
        switch warning {
        case .outOfScopeRemedy(let point, let kind, let segment, let proposition):
            MessageText("\(quoted(point)) é \(indefinite(noun(kind))) do segmento \(quoted(segment)), "
                            + "ao qual a proposta de valor \(quoted(proposition)) não se destina",
                        help: "adicione '\(segment)' aos 'segments' da proposta de valor, "
                            + "ou faça 'addresses' apontar para dores ou ganhos dos segmentos dela")
        case .unaddressedPain(let id):
            MessageText("nenhum analgésico atende a dor \(quoted(id))",
                        help: "adicione '\(id)' aos 'addresses' de um analgésico, "
                            + "ou remova o 'id' dela se ela ficar em aberto de propósito")
        case .unaddressedGain(let id):
            MessageText("nenhum criador de ganho atende o ganho \(quoted(id))",
                        help: "adicione '\(id)' aos 'addresses' de um criador de ganho, "
                            + "ou remova o 'id' dele se ele ficar em aberto de propósito")
        case .unaddressedJob(let id):
            MessageText("nenhum produto ou serviço atende a tarefa \(quoted(id))",
                        help: "escreva o produto com 'text' e 'addresses: [\(id)]', "
                            + "ou remova o 'id' da tarefa se ela ficar em aberto de propósito")
        }
    }
}
