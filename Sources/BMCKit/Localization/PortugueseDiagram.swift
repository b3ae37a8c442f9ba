extension DiagramLabels {
    /// Brazilian Portuguese: as perguntas-chave de *Business Model Generation:
    /// Inovação em Modelos de Negócios* e os termos de *Value Proposition Design*.
    public static let portuguese = DiagramLabels(
        questions: [
            "customer-segments": "Para quem estamos criando valor? Quem são nossos consumidores mais importantes?",
            "value-propositions": "Que valor entregamos ao cliente? Quais necessidades dos clientes estamos satisfazendo?",
            "channels": "Por meio de quais canais nossos segmentos de clientes querem ser contatados?",
            "customer-relationships": "Que tipo de relacionamento cada um dos nossos segmentos de clientes espera que estabeleçamos com eles?",
            "revenue-streams": "Por qual valor nossos clientes estão realmente dispostos a pagar?",
            "key-resources": "Que recursos principais nossas propostas de valor requerem?",
            "key-activities": "Que atividades-chave nossas propostas de valor requerem?",
            "key-partnerships": "Quem são nossos principais parceiros? Quem são nossos fornecedores principais?",
            "cost-structure": "Quais são os custos mais importantes em nosso modelo de negócios?",
        ],
        phrases: [
            .segmentLegend: "Segmentos de clientes", .noSegment: "sem segmento",
            .noOpenWarnings: "nenhum aviso pendente", .oneOpenWarning: "1 aviso pendente",
            .openWarnings: "{n} avisos pendentes",
            .valuePropositionCanvas: "Quadro da proposta de valor",
            .valueMap: "Mapa de valor", .customerProfile: "Perfil do cliente",
            .productsAndServices: "Produtos e serviços", .customerJobs: "Tarefas do cliente",
            .notAddressed: "em aberto", .propositionFor: "{proposition} para {customer}",
            .noProfiles: "Nenhuma proposta de valor se destina ainda a um segmento ou a uma persona com tarefas, dores ou ganhos.",
            .arrowLegend: "Setas", .arrowServes: "o segmento que atende, alcança ou que paga", .arrowDelivers: "entrega ou torna possível",
            .arrowProvides: "fornece", .arrowDrives: "gera o custo", .arrowHappensIn: "acontece no canal",
            .arrowAddresses: "atende a tarefa, a dor ou o ganho", .focusOn: "com foco em {item}",
            .job: "Tarefa", .pain: "Dor", .gain: "Ganho",
        ])
}
