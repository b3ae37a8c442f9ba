/// What each enumeration word means, in Brazilian Portuguese: the hover and
/// completion detail of a word in a Portuguese canvas. Each meaning opens with the
/// word's Portuguese name, the one the export labels use (`Labels.portuguese`),
/// because the word itself stays English in the file; the definitions are worded
/// as in the Brazilian edition of *Business Model Generation*.
extension WordMeanings {
    /// The words whose meaning depends on the enumeration, keyed "noun/word".
    static let portugueseInEnumeration: [String: String] = [
        "partnership motivation/optimization": "Otimização e economia de escala: os parceiros compartilham infraestrutura para reduzir custos.",
        "partnership motivation/risk-reduction": "Redução de riscos e incertezas: os parceiros dividem os riscos de um mercado competitivo.",
        "partnership motivation/acquisition": "Aquisição de recursos e atividades: um parceiro fornece o que a empresa não tem.",
    ]

    static let portuguese: [String: String] = [
        // language
        "en": "Inglês: os títulos e rótulos das exportações são escritos em inglês.",
        "es": "Espanhol: os títulos e rótulos das exportações são escritos em espanhol.",
        "pt": "Português: os títulos e rótulos das exportações são escritos em português do Brasil.",
        // cost approach
        "cost-driven": "Direcionada pelo custo: o modelo mantém cada custo o mais baixo possível (estrutura enxuta, preços baixos, automação).",
        "value-driven": "Direcionada pelo valor: o modelo se preocupa menos com o custo e mais com a criação de valor (ofertas premium e personalizadas).",
        // segment type
        "mass-market": "Mercado de massa: um grande grupo de clientes com necessidades e problemas bem parecidos.",
        "niche-market": "Nicho de mercado: um grupo específico e especializado, atendido com uma oferta sob medida.",
        "segmented": "Segmentado: grupos com necessidades e problemas um pouco diferentes, atendidos com variações de uma mesma oferta.",
        "diversified": "Diversificado: grupos sem relação entre si e com necessidades muito diferentes, atendidos por um mesmo negócio.",
        "multi-sided-platform": "Plataforma multilateral: dois ou mais grupos interdependentes de que o negócio precisa ao mesmo tempo (leitores e anunciantes).",
        // engagement
        "client": "Cliente de longo prazo: quem compra com um relacionamento contínuo (um contrato de serviços, uma conta de cliente).",
        "customer": "Cliente transacional: quem compra sem um relacionamento contínuo.",
        // growth
        "shrinking": "Em retração: o segmento está diminuindo.",
        "stable": "Estável: o segmento mantém o tamanho.",
        "growing": "Em crescimento: o segmento está aumentando.",
        "booming": "Em forte expansão: o segmento cresce rapidamente.",
        // level, cost level, fit: all three nouns are masculine (nível, nível de custo, encaixe)
        "low": "Baixo.",
        "medium": "Médio.",
        "high": "Alto.",
        // relationship type
        "personal": "Assistência pessoal: o cliente fala com uma pessoa de verdade, durante e depois da venda.",
        "dedicated": "Assistência pessoal dedicada: uma pessoa designada para um único cliente, muitas vezes por anos.",
        "self-service": "Self-service: não há relacionamento direto; o cliente recebe os meios para resolver tudo sozinho.",
        "automated": "Serviços automatizados: self-service com processos automatizados que reconhecem cada cliente.",
        "community": "Comunidades: os clientes trocam conhecimento e resolvem os problemas uns dos outros.",
        "co-creation": "Cocriação: os clientes criam valor junto com a empresa (avaliações, designs, conteúdo).",
        // value proposition element
        "newness": "Novidade: satisfaz necessidades que os clientes nem sabiam que tinham, porque não existia nada parecido.",
        "performance": "Desempenho: faz o que outra coisa já faz, só que melhor.",
        "customization": "Personalização: sob medida para as necessidades de um cliente ou de um segmento.",
        "getting-the-job-done": "Fazer o que deve ser feito: ajuda o cliente a realizar determinada tarefa.",
        "design": "Design: o que a diferencia é o design.",
        "brand-status": "Marca/status: os clientes veem valor em mostrar que a usam.",
        "price": "Preço: valor semelhante por um preço menor.",
        "cost-reduction": "Redução de custos: ajuda os clientes a reduzir os próprios custos.",
        "risk-reduction": "Redução de riscos: diminui os riscos que o cliente corre ao comprar.",
        "accessibility": "Acessibilidade: torna algo disponível para clientes que não tinham acesso a ele.",
        "convenience-usability": "Conveniência/usabilidade: torna as coisas mais práticas ou mais fáceis de usar.",
        // channel type, owner
        "direct": "Direto: a empresa chega ao cliente por conta própria (equipe de vendas, loja própria, site).",
        "indirect": "Indireto: a empresa chega ao cliente por meio de terceiros (lojas parceiras, atacadistas).",
        "own": "Próprio: o canal é da própria empresa.",
        "partner": "Parceiro: o canal pertence a um parceiro.",
        // channel phase
        "awareness": "Conhecimento: como os clientes ficam sabendo dos produtos e serviços.",
        "evaluation": "Avaliação: como os clientes avaliam a proposta de valor.",
        "purchase": "Compra: como os clientes compram.",
        "delivery": "Entrega: como a proposta de valor chega aos clientes.",
        "after-sales": "Pós-venda: como os clientes recebem suporte depois da compra.",
        // relationship goal
        "acquisition": "Aquisição de clientes: conquistar novos clientes.",
        "retention": "Retenção de clientes: manter os clientes atuais.",
        "boosting-sales": "Ampliação das vendas: vender mais para os clientes atuais.",
        // cadence: "frequência" is feminine
        "continuous": "Contínua: o tempo todo.",
        "daily": "Diária: todos os dias.",
        "weekly": "Semanal: toda semana.",
        "monthly": "Mensal: todo mês.",
        "quarterly": "Trimestral: todo trimestre.",
        "yearly": "Anual: todo ano.",
        "on-demand": "Sob demanda: quando o cliente pede.",
        // revenue stream type
        "asset-sale": "Venda de recursos: venda do direito de propriedade de um produto físico.",
        "usage-fee": "Taxa de uso: o cliente paga pelo uso de um serviço; quanto mais usa, mais paga.",
        "subscription": "Taxa de assinatura: o cliente paga pelo acesso contínuo a um serviço.",
        "lending": "Empréstimo/aluguel/leasing: o cliente paga pelo direito exclusivo de usar um bem por um tempo.",
        "licensing": "Licenciamento: o cliente paga pela permissão de usar propriedade intelectual protegida.",
        "brokerage": "Taxa de corretagem: cobrada pela intermediação entre duas ou mais partes.",
        "advertising": "Anúncios: o anunciante paga pela divulgação de um produto, serviço ou marca.",
        // pricing mechanism
        "list-price": "Preço de lista: preços fixos para produtos, serviços ou outras propostas de valor.",
        "product-feature": "Dependente da característica do produto: o preço depende da quantidade ou da qualidade das características.",
        "segment": "Dependente do segmento de clientes: o preço depende do tipo de cliente.",
        "volume": "Dependente do volume: o preço depende da quantidade comprada.",
        "negotiation": "Negociação (barganha): o preço é negociado entre as partes.",
        "yield-management": "Gerenciamento de rendimento: o preço depende do estoque e do momento da compra.",
        "real-time-market": "Mercado em tempo real: o preço é definido pela oferta e pela demanda.",
        "auction": "Leilão: o preço é definido pelo resultado de lances competitivos.",
        // resource type
        "physical": "Recursos físicos: prédios, veículos, máquinas, pontos de venda, redes.",
        "intellectual": "Recursos intelectuais: marcas, conhecimento, patentes, direitos autorais, parcerias, bancos de dados de clientes.",
        "human": "Recursos humanos: as pessoas, essenciais em negócios criativos e que exigem muito conhecimento.",
        "financial": "Recursos financeiros: dinheiro, linhas de crédito, opções de compra de ações.",
        // activity type
        "production": "Produção: projetar, fabricar e entregar um produto em grande quantidade ou com qualidade superior.",
        "problem-solving": "Resolução de problemas: encontrar soluções novas para os problemas de cada cliente.",
        "platform-network": "Plataforma/rede: operar e desenvolver uma plataforma ou rede que outros usam.",
        // partnership type
        "strategic-alliance": "Aliança estratégica entre não competidores.",
        "coopetition": "Coopetição: parceria estratégica entre concorrentes.",
        "joint-venture": "Joint venture para desenvolver um novo negócio.",
        "buyer-supplier": "Relação comprador-fornecedor para garantir suprimentos confiáveis.",
        // cost type
        "fixed": "Custos fixos: são os mesmos seja qual for o volume de bens ou serviços produzidos (salários, aluguéis).",
        "variable": "Custos variáveis: aumentam com o volume de bens ou serviços produzidos.",
        // economy
        "scale": "Economias de escala: vantagens de custo que surgem à medida que a produção cresce.",
        "scope": "Economias de escopo: vantagens de custo que surgem de um escopo maior de operações.",
        // period
        "once": "Uma vez: um valor pago uma única vez.",
        "unit": "Por unidade: um valor para cada unidade vendida (um ingresso, uma venda).",
        "day": "Dia: um valor para cada dia.",
        "week": "Semana: um valor para cada semana.",
        "month": "Mês: um valor para cada mês.",
        "quarter": "Trimestre: um valor para cada trimestre.",
        "year": "Ano: um valor para cada ano.",
    ]

    /// What each warning name of `ignore-warnings` means, in the words of the
    /// warnings' own messages (`PortugueseRuleMessages`).
    static let portugueseWarnings: [String: String] = [
        "empty-block": "Um dos nove blocos não tem nenhum item.",
        "no-revenue": "Nenhuma fonte de receita indica de qual segmento vem.",
        "untargeted-proposition": "Uma proposta de valor não indica nenhum segmento.",
        "untyped-relationship": "Um relacionamento com clientes não tem tipo (`type`).",
        "orphan-partner": "Uma parceria principal não fornece nada.",
        "unserved-segment": "Nenhuma proposta de valor se destina a um segmento.",
        "unreached-segment": "Nenhum canal chega a um segmento.",
        "no-relationship": "Um segmento não tem nenhum relacionamento com clientes.",
        "unmet-preference": "O segmento de uma persona não recebe nenhum dos tipos de relacionamento que ela prefere.",
        "client-without-personal-care": "Um segmento com `engagement: client` não tem nenhum relacionamento `personal` nem `dedicated`.",
        "duplicate-priority": "Dois segmentos têm a mesma prioridade (`priority`).",
        "unaddressed-pain": "Uma dor com identificador que nenhum analgésico atende.",
        "unaddressed-gain": "Um ganho com identificador que nenhum criador de ganho atende.",
        "unaddressed-job": "Uma tarefa com identificador que nenhum produto ou serviço atende.",
        "out-of-scope-remedy": "Um analgésico ou criador de ganho atende uma dor ou um ganho de um segmento "
            + "ao qual a proposta de valor dele não se destina.",
    ]
}
