/// What each key means, in Brazilian Portuguese, by schema name and key. The keys
/// and enum words stay English in the file, so a summary that lists words gives
/// them as written, with their Portuguese names (those of `Labels.portuguese`) in
/// parentheses when they are few enough to read in a line.
extension FieldSummaries {
    private static let id = "Identificador único; se estiver ausente, é gerado a partir do nome."
    private static let notes = "Texto livre."
    private static let amount = "Quanto, por período; exige currency e per."
    private static let currency = "Três letras maiúsculas, conforme a norma ISO 4217 (EUR, USD)."
    /// The words of `per` come from the enumeration, so the list stays true as periods are added.
    private static let per = "A periodicidade do valor: " + Period.schema.words.joined(separator: ", ") + "."
    private static let unit = "O que é uma unidade vendida: um ingresso, uma venda, um assento."
    private static let volume = "Quantas unidades são vendidas ou quantos pagantes há por período."
    private static let pains = "Dores: resultados ruins, riscos e obstáculos."

    static let portuguese: [String: String] = [
        "Canvas.name": "O título do negócio ou do quadro.",
        "Canvas.description": "Um parágrafo sobre o negócio.",
        "Canvas.notes": "Tudo o mais que valha a pena guardar: estágio, histórico, questões em aberto.",
        "Canvas.version": "O rótulo de versão do próprio quadro.",
        "Canvas.date": "Quando esta versão foi feita (AAAA-MM-DD).",
        "Canvas.authors": "Quem escreveu o quadro.",
        "Canvas.language": "Idioma dos rótulos nas exportações: en, es ou pt (padrão: en).",
        "Canvas.cost-approach": "cost-driven (direcionada pelo custo) ou value-driven (direcionada pelo valor).",
        "Canvas.ignore-warnings": "Nomes dos avisos que a equipe decidiu silenciar em todas as verificações.",
        "Canvas.customer-segments": "Bloco 1: os grupos de pessoas ou organizações que o negócio atende.",
        "Canvas.value-propositions": "Bloco 2: os pacotes de produtos e serviços que criam valor.",
        "Canvas.channels": "Bloco 3: como as propostas de valor chegam aos segmentos.",
        "Canvas.customer-relationships": "Bloco 4: o relacionamento com cada segmento.",
        "Canvas.revenue-streams": "Bloco 5: o dinheiro que cada segmento paga.",
        "Canvas.key-resources": "Bloco 6: os ativos mais importantes.",
        "Canvas.key-activities": "Bloco 7: as coisas mais importantes a fazer.",
        "Canvas.key-partnerships": "Bloco 8: os fornecedores e parceiros.",
        "Canvas.cost-structure": "Bloco 9: os custos de operar o modelo.",

        "Segment.id": id,
        "Segment.name": "O nome do segmento.",
        "Segment.type": "O tipo de segmento: mass-market (mercado de massa), niche-market (nicho de mercado), "
            + "segmented (segmentado), diversified (diversificado) ou multi-sided-platform (plataforma multilateral).",
        "Segment.engagement": "client: contato de longo prazo, sob medida e dedicado, com contrato de serviços; "
            + "customer: transacional, padronizado.",
        "Segment.priority": "1 é o segmento mais importante.",
        "Segment.size": "Número estimado de compradores.",
        "Segment.growth": "Como o segmento está evoluindo.",
        "Segment.fit": "Encaixe com a oferta.",
        "Segment.needs": "Do que o segmento precisa.",
        "Segment.jobs": "As tarefas que o segmento tenta realizar (o perfil do cliente do próprio segmento).",
        "Segment.pains": pains,
        "Segment.gains": "Ganhos: resultados e benefícios que o segmento deseja.",
        "Segment.personas": "Pessoas representativas do segmento.",
        "Segment.notes": notes,

        "Persona.id": id,
        "Persona.name": "O nome da persona.",
        "Persona.role": "O papel ou a situação da persona.",
        "Persona.prefers": "Os tipos de relacionamento que essa persona quer.",
        "Persona.jobs": "As tarefas que a persona tenta realizar.",
        "Persona.pains": pains,
        "Persona.gains": "Ganhos: resultados e benefícios que a persona deseja.",
        "Persona.quote": "Algo que a persona diria.",
        "Persona.notes": notes,

        "Point.id": "Identificador, para que um analgésico ou um criador de ganho possa atender este item.",
        "Point.text": "O que é a tarefa, a dor ou o ganho.",

        "ValueProposition.id": id,
        "ValueProposition.name": "O nome da proposta de valor.",
        "ValueProposition.segments": "Os segmentos de clientes a que ela se destina.",
        "ValueProposition.elements": "Como ela cria valor: newness, performance, price, convenience-usability…",
        "ValueProposition.products": "Produtos e serviços, e as tarefas que atendem.",
        "ValueProposition.pain-relievers": "Como ela alivia as dores.",
        "ValueProposition.gain-creators": "Como ela cria ganhos.",
        "ValueProposition.notes": notes,

        "Product.id": "Identificador, para que o 'bmc diff' possa acompanhar este produto.",
        "Product.text": "O produto ou serviço.",
        "Product.addresses": "Identificadores das tarefas que ele ajuda a realizar.",

        "Remedy.id": "Identificador, para que o 'bmc diff' possa acompanhar este analgésico ou criador de ganho.",
        "Remedy.text": "O que ele faz: como alivia uma dor ou cria um ganho.",
        "Remedy.addresses": "Identificadores das dores ou dos ganhos que ele atende.",

        "Channel.id": id,
        "Channel.name": "O nome do canal.",
        "Channel.segments": "Os segmentos de clientes que ele alcança.",
        "Channel.type": "direct (direto) ou indirect (indireto).",
        "Channel.owner": "own (canal próprio) ou partner (canal de parceiro).",
        "Channel.phases": "As fases do canal que ele cobre: awareness (conhecimento), evaluation (avaliação), "
            + "purchase (compra), delivery (entrega), after-sales (pós-venda).",
        "Channel.value-propositions": "As propostas de valor que ele entrega.",
        "Channel.notes": notes,

        "Relationship.id": id,
        "Relationship.name": "O nome do relacionamento.",
        "Relationship.type": "O tipo de relacionamento: personal, dedicated, self-service, automated, community ou co-creation.",
        "Relationship.segments": "Os segmentos de clientes com os quais ele acontece.",
        "Relationship.goals": "acquisition (aquisição), retention (retenção), boosting-sales (ampliação das vendas).",
        "Relationship.channels": "Os canais em que ele acontece.",
        "Relationship.touchpoints": "Onde fornecedor e comprador se encontram.",
        "Relationship.cadence": "Com que frequência o fornecedor encontra o comprador.",
        "Relationship.response-time": "Prazo prometido para a primeira resposta: um número inteiro e m, h, d ou w (4h, 2d).",
        "Relationship.cost": "Quanto custa manter o relacionamento: low, medium ou high (baixo, médio ou alto).",
        "Relationship.notes": notes,

        "RevenueStream.id": id,
        "RevenueStream.name": "O nome da fonte de receita.",
        "RevenueStream.segments": "Os segmentos de clientes que pagam.",
        "RevenueStream.type": "O tipo de fonte de receita: asset-sale, usage-fee, subscription, lending, licensing, "
            + "brokerage ou advertising.",
        "RevenueStream.pricing": "Mecanismo de precificação: list-price, product-feature, segment, volume (fixa); "
            + "negotiation, yield-management, real-time-market, auction (dinâmica).",
        "RevenueStream.recurring": "true para receita recorrente, false para uma transação única.",
        "RevenueStream.amount": amount,
        "RevenueStream.currency": currency,
        "RevenueStream.per": per,
        "RevenueStream.unit": unit,
        "RevenueStream.volume": volume,
        "RevenueStream.value-propositions": "As propostas de valor pelas quais se paga.",
        "RevenueStream.notes": notes,

        "Resource.id": id,
        "Resource.name": "O nome do recurso.",
        "Resource.type": "physical, intellectual, human ou financial (físico, intelectual, humano ou financeiro).",
        "Resource.value-propositions": "As propostas de valor que ele torna possíveis.",
        "Resource.notes": notes,

        "Activity.id": id,
        "Activity.name": "O nome da atividade.",
        "Activity.type": "production, problem-solving ou platform-network (produção, resolução de problemas ou plataforma/rede).",
        "Activity.value-propositions": "As propostas de valor que ela torna possíveis.",
        "Activity.notes": notes,

        "Partnership.id": id,
        "Partnership.name": "O nome do parceiro.",
        "Partnership.type": "strategic-alliance, coopetition, joint-venture ou buyer-supplier "
            + "(aliança estratégica, coopetição, joint venture ou relação comprador-fornecedor).",
        "Partnership.motivation": "optimization (otimização e economia de escala), risk-reduction (redução de riscos), "
            + "acquisition (aquisição de recursos e atividades).",
        "Partnership.provides": "Identificadores dos recursos principais ou das atividades-chave que ela fornece.",
        "Partnership.notes": notes,

        "Cost.id": id,
        "Cost.name": "O nome do custo.",
        "Cost.type": "fixed ou variable (fixo ou variável).",
        "Cost.economies": "Economias de escala (scale) ou de escopo (scope).",
        "Cost.drivers": "Identificadores dos recursos principais, das atividades-chave ou das parcerias principais que geram o custo.",
        "Cost.amount": amount,
        "Cost.currency": currency,
        "Cost.per": per,
        "Cost.unit": unit,
        "Cost.volume": volume,
        "Cost.notes": notes,
    ]
}
