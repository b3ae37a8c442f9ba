/// What each key means, in Spanish, by schema name and key. The keys and enum words
/// stay English in the file, so a summary that lists words gives them as written,
/// with their Spanish names (those of `Labels.spanish`) in parentheses when they are
/// few enough to read in a line.
extension FieldSummaries {
    private static let id = "Identificador único; si falta, se obtiene del nombre."
    private static let notes = "Texto libre."
    private static let amount = "Cuánto, por periodo; necesita currency y per."
    private static let currency = "Tres letras mayúsculas, según la norma ISO 4217 (EUR, USD)."
    /// The words of `per` come from the enumeration, so the list stays true as periods are added.
    private static let per = "La periodicidad del importe: " + Period.schema.words.joined(separator: ", ") + "."
    private static let unit = "Qué es una unidad vendida: una entrada, una venta, una plaza."
    private static let volume = "Cuántas unidades se venden o cuántos pagadores hay por periodo."
    private static let pains = "Frustraciones: resultados no deseados, riesgos y obstáculos."

    static let spanish: [String: String] = [
        "Canvas.name": "El título del negocio o del lienzo.",
        "Canvas.description": "Un párrafo sobre el negocio.",
        "Canvas.notes": "Todo lo demás que merezca la pena guardar: fase, antecedentes, preguntas abiertas.",
        "Canvas.version": "La etiqueta de versión del propio lienzo.",
        "Canvas.date": "Cuándo se hizo esta versión (AAAA-MM-DD).",
        "Canvas.authors": "Quiénes han escrito el lienzo.",
        "Canvas.language": "Idioma de las etiquetas de las exportaciones: en, es o pt (por defecto, en).",
        "Canvas.cost-approach": "cost-driven (según costes) o value-driven (según valor).",
        "Canvas.ignore-warnings": "Nombres de las advertencias que el taller ha decidido silenciar en todas las comprobaciones.",
        "Canvas.customer-segments": "Bloque 1: los grupos de personas u organizaciones a los que se dirige el negocio.",
        "Canvas.value-propositions": "Bloque 2: los conjuntos de productos y servicios que crean valor.",
        "Canvas.channels": "Bloque 3: cómo llegan las propuestas de valor a los segmentos.",
        "Canvas.customer-relationships": "Bloque 4: las relaciones que se establecen con cada segmento.",
        "Canvas.revenue-streams": "Bloque 5: el dinero que paga cada segmento.",
        "Canvas.key-resources": "Bloque 6: los activos más importantes.",
        "Canvas.key-activities": "Bloque 7: lo más importante que hay que hacer.",
        "Canvas.key-partnerships": "Bloque 8: los proveedores y socios.",
        "Canvas.cost-structure": "Bloque 9: los costes de operar el modelo.",

        "Segment.id": id,
        "Segment.name": "El nombre del segmento.",
        "Segment.type": "El tipo de segmento: mass-market (mercado de masas), niche-market (nicho de mercado), "
            + "segmented (segmentado), diversified (diversificado) o multi-sided-platform (plataforma multilateral).",
        "Segment.engagement": "client: contacto a largo plazo, a medida y dedicado, con contrato de servicios; "
            + "customer: transaccional, estandarizado.",
        "Segment.priority": "1 es el segmento más importante.",
        "Segment.size": "Número estimado de compradores.",
        "Segment.growth": "Cómo evoluciona el segmento.",
        "Segment.fit": "Encaje con la oferta.",
        "Segment.needs": "Lo que necesita el segmento.",
        "Segment.jobs": "Los trabajos que el segmento intenta hacer (el perfil del cliente del propio segmento).",
        "Segment.pains": pains,
        "Segment.gains": "Alegrías: resultados y beneficios que quiere el segmento.",
        "Segment.personas": "Personas representativas del segmento.",
        "Segment.notes": notes,

        "Persona.id": id,
        "Persona.name": "El nombre de la persona.",
        "Persona.role": "El rol o la situación de la persona.",
        "Persona.prefers": "Los tipos de relación que quiere esta persona.",
        "Persona.jobs": "Los trabajos que la persona intenta hacer.",
        "Persona.pains": pains,
        "Persona.gains": "Alegrías: resultados y beneficios que quiere la persona.",
        "Persona.quote": "Algo que diría la persona.",
        "Persona.notes": notes,

        "Point.id": "Identificador, para que un aliviador de frustraciones o un creador de alegrías pueda atender este elemento.",
        "Point.text": "Qué es el trabajo, la frustración o la alegría.",

        "ValueProposition.id": id,
        "ValueProposition.name": "El nombre de la propuesta de valor.",
        "ValueProposition.segments": "Los segmentos de clientes a los que se dirige.",
        "ValueProposition.elements": "Cómo crea valor: newness, performance, price, convenience-usability…",
        "ValueProposition.products": "Productos y servicios, y los trabajos que atienden.",
        "ValueProposition.pain-relievers": "Cómo alivia las frustraciones.",
        "ValueProposition.gain-creators": "Cómo crea alegrías.",
        "ValueProposition.notes": notes,

        "Product.id": "Identificador, para que 'bmc diff' pueda seguir este producto.",
        "Product.text": "El producto o servicio.",
        "Product.addresses": "Identificadores de los trabajos que ayuda a hacer.",

        "Remedy.id": "Identificador, para que 'bmc diff' pueda seguir este aliviador de frustraciones o creador de alegrías.",
        "Remedy.text": "Lo que hace: cómo alivia una frustración o crea una alegría.",
        "Remedy.addresses": "Identificadores de las frustraciones o alegrías que atiende.",

        "Channel.id": id,
        "Channel.name": "El nombre del canal.",
        "Channel.segments": "Los segmentos de clientes a los que llega.",
        "Channel.type": "direct (directo) o indirect (indirecto).",
        "Channel.owner": "own (canal propio) o partner (canal de socios).",
        "Channel.phases": "Las fases del canal que cubre: awareness (información), evaluation (evaluación), "
            + "purchase (compra), delivery (entrega), after-sales (posventa).",
        "Channel.value-propositions": "Las propuestas de valor que entrega.",
        "Channel.notes": notes,

        "Relationship.id": id,
        "Relationship.name": "El nombre de la relación.",
        "Relationship.type": "El tipo de relación: personal, dedicated, self-service, automated, community o co-creation.",
        "Relationship.segments": "Los segmentos de clientes con los que se mantiene.",
        "Relationship.goals": "acquisition (adquisición), retention (fidelización), boosting-sales (estimulación de las ventas).",
        "Relationship.channels": "Los canales por los que se mantiene.",
        "Relationship.touchpoints": "Dónde se encuentran el proveedor y el comprador.",
        "Relationship.cadence": "Con qué frecuencia trata el proveedor con el comprador.",
        "Relationship.response-time": "Plazo prometido de la primera respuesta: un número entero y m, h, d o w (4h, 2d).",
        "Relationship.cost": "Lo que cuesta mantener la relación: low, medium o high (bajo, medio o alto).",
        "Relationship.notes": notes,

        "RevenueStream.id": id,
        "RevenueStream.name": "El nombre de la fuente de ingresos.",
        "RevenueStream.segments": "Los segmentos de clientes que pagan.",
        "RevenueStream.type": "El tipo de fuente de ingresos: asset-sale, usage-fee, subscription, lending, licensing, "
            + "brokerage o advertising.",
        "RevenueStream.pricing": "Mecanismo de fijación de precios: list-price, product-feature, segment, volume (fijos); "
            + "negotiation, yield-management, real-time-market, auction (dinámicos).",
        "RevenueStream.recurring": "true para ingresos recurrentes, false para una sola transacción.",
        "RevenueStream.amount": amount,
        "RevenueStream.currency": currency,
        "RevenueStream.per": per,
        "RevenueStream.unit": unit,
        "RevenueStream.volume": volume,
        "RevenueStream.value-propositions": "Las propuestas de valor por las que se paga.",
        "RevenueStream.notes": notes,

        "Resource.id": id,
        "Resource.name": "El nombre del recurso.",
        "Resource.type": "physical, intellectual, human o financial (físico, intelectual, humano o económico).",
        "Resource.value-propositions": "Las propuestas de valor que hace posibles.",
        "Resource.notes": notes,

        "Activity.id": id,
        "Activity.name": "El nombre de la actividad.",
        "Activity.type": "production, problem-solving o platform-network (producción, resolución de problemas o plataforma/red).",
        "Activity.value-propositions": "Las propuestas de valor que hace posibles.",
        "Activity.notes": notes,

        "Partnership.id": id,
        "Partnership.name": "El nombre del socio.",
        "Partnership.type": "strategic-alliance, coopetition, joint-venture o buyer-supplier "
            + "(alianza estratégica, coopetición, empresa conjunta o relación cliente-proveedor).",
        "Partnership.motivation": "optimization (optimización y economía de escala), risk-reduction (reducción de riesgos), "
            + "acquisition (adquisición de recursos y actividades).",
        "Partnership.provides": "Identificadores de los recursos clave o las actividades clave que aporta.",
        "Partnership.notes": notes,

        "Cost.id": id,
        "Cost.name": "El nombre del coste.",
        "Cost.type": "fixed o variable (fijo o variable).",
        "Cost.economies": "Economías de escala (scale) o de campo (scope).",
        "Cost.drivers": "Identificadores de los recursos clave, las actividades clave o las asociaciones clave que originan el coste.",
        "Cost.amount": amount,
        "Cost.currency": currency,
        "Cost.per": per,
        "Cost.unit": unit,
        "Cost.volume": volume,
        "Cost.notes": notes,
    ]
}
