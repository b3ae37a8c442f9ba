extension DiagramLabels {
    /// Spanish: las preguntas clave de *Generación de modelos de negocio* y los
    /// términos de *Diseñando la propuesta de valor*.
    public static let spanish = DiagramLabels(
        questions: [
            "customer-segments": "¿Para quién creamos valor? ¿Cuáles son nuestros clientes más importantes?",
            "value-propositions": "¿Qué valor proporcionamos a nuestros clientes? ¿Qué necesidades de los clientes satisfacemos?",
            "channels": "¿Qué canales prefieren nuestros segmentos de mercado? ¿Cómo establecemos actualmente el contacto con los clientes?",
            "customer-relationships": "¿Qué tipo de relación esperan los diferentes segmentos de mercado?",
            "revenue-streams": "¿Por qué valor están dispuestos a pagar nuestros clientes?",
            "key-resources": "¿Qué recursos clave requieren nuestras propuestas de valor?",
            "key-activities": "¿Qué actividades clave requieren nuestras propuestas de valor?",
            "key-partnerships": "¿Quiénes son nuestros socios clave? ¿Quiénes son nuestros proveedores clave?",
            "cost-structure": "¿Cuáles son los costes más importantes inherentes a nuestro modelo de negocio?",
        ],
        phrases: [
            .segmentLegend: "Segmentos de clientes", .noSegment: "sin segmento",
            .noOpenWarnings: "ninguna advertencia pendiente", .oneOpenWarning: "1 advertencia pendiente",
            .openWarnings: "{n} advertencias pendientes",
            .valuePropositionCanvas: "Lienzo de la propuesta de valor",
            .valueMap: "Mapa de valor", .customerProfile: "Perfil del cliente",
            .productsAndServices: "Productos y servicios", .customerJobs: "Trabajos del cliente",
            .notAddressed: "sin atender", .propositionFor: "{proposition} para {customer}",
            .noProfiles: "Ninguna propuesta de valor se dirige todavía a un segmento o a una persona con trabajos, frustraciones o alegrías.",
            .arrowLegend: "Flechas", .arrowServes: "el segmento al que sirve, llega o que paga", .arrowDelivers: "entrega o hace posible",
            .arrowProvides: "aporta", .arrowDrives: "genera el coste", .arrowHappensIn: "se da en el canal",
            .arrowAddresses: "atiende el trabajo, la frustración o la alegría", .focusOn: "centrado en {item}",
            .job: "Trabajo", .pain: "Frustración", .gain: "Alegría",
        ])
}
