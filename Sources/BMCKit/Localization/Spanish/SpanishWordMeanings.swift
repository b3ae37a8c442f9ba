/// What each enumeration word means, in Spanish: the hover and completion detail of
/// a word in a Spanish canvas. Each meaning opens with the word's Spanish name, the
/// one the export labels use (`Labels.spanish`), because the word itself stays
/// English in the file; the definitions are worded as in *Generación de modelos de
/// negocio*.
extension WordMeanings {
    /// The words whose meaning depends on the enumeration, keyed "noun/word".
    static let spanishInEnumeration: [String: String] = [
        "partnership motivation/optimization": "Optimización y economía de escala: los socios comparten infraestructura para reducir costes.",
        "partnership motivation/risk-reduction": "Reducción de riesgos e incertidumbre: los socios comparten los riesgos de un mercado competitivo.",
        "partnership motivation/acquisition": "Adquisición de recursos y actividades: un socio aporta lo que la empresa no tiene.",
    ]

    static let spanish: [String: String] = [
        // language
        "en": "Inglés: los títulos y las etiquetas de las exportaciones se escriben en inglés.",
        "es": "Español: los títulos y las etiquetas de las exportaciones se escriben en español.",
        "pt": "Portugués: los títulos y las etiquetas de las exportaciones se escriben en portugués de Brasil.",
        // cost approach
        "cost-driven": "Según costes: el modelo mantiene cada coste lo más bajo posible (estructura ajustada, precios bajos, automatización).",
        "value-driven": "Según valor: al modelo le importa menos el coste que crear valor (ofertas prémium y personalizadas).",
        // segment type
        "mass-market": "Mercado de masas: un gran grupo de clientes con necesidades y problemas muy parecidos.",
        "niche-market": "Nicho de mercado: un grupo concreto y especializado, al que se atiende con una oferta a medida.",
        "segmented": "Segmentado: grupos con necesidades y problemas algo distintos, atendidos con variantes de una misma oferta.",
        "diversified": "Diversificado: grupos sin relación entre sí y con necesidades muy diferentes, atendidos por un mismo negocio.",
        "multi-sided-platform": "Plataforma multilateral: dos o más grupos interdependientes que el negocio necesita a la vez (lectores y anunciantes).",
        // engagement
        "client": "Cliente a largo plazo: quien compra con una relación continuada (un contrato de servicios, una cuenta de cliente).",
        "customer": "Cliente transaccional: quien compra sin una relación continuada.",
        // growth
        "shrinking": "En contracción: el segmento se está reduciendo.",
        "stable": "Estable: el segmento mantiene su tamaño.",
        "growing": "En crecimiento: el segmento está creciendo.",
        "booming": "En auge: el segmento crece deprisa.",
        // level, cost level, fit: all three nouns are masculine (nivel, nivel de coste, encaje)
        "low": "Bajo.",
        "medium": "Medio.",
        "high": "Alto.",
        // relationship type
        "personal": "Asistencia personal: el cliente habla con una persona real, durante la venta y después.",
        "dedicated": "Asistencia personal exclusiva: una persona dedicada a un solo cliente, a menudo durante años.",
        "self-service": "Autoservicio: no hay relación directa; el cliente recibe lo que necesita para arreglárselas por su cuenta.",
        "automated": "Servicios automáticos: autoservicio con procesos automatizados que reconocen a cada cliente.",
        "community": "Comunidades: los clientes intercambian conocimientos y se resuelven los problemas unos a otros.",
        "co-creation": "Creación colectiva: los clientes crean valor junto con la empresa (reseñas, diseños, contenidos).",
        // value proposition element
        "newness": "Novedad: satisface necesidades que los clientes no sabían que tenían, porque no existía nada parecido.",
        "performance": "Mejora del rendimiento: hace lo mismo que otra cosa, pero mejor.",
        "customization": "Personalización: se adapta a las necesidades de un cliente o de un segmento concretos.",
        "getting-the-job-done": "Hacer el trabajo: ayuda al cliente a hacer un trabajo concreto.",
        "design": "Diseño: destaca por cómo está diseñada.",
        "brand-status": "Marca/estatus: los clientes encuentran valor en mostrar que la usan.",
        "price": "Precio: un valor parecido a un precio más bajo.",
        "cost-reduction": "Reducción de costes: ayuda a los clientes a reducir sus propios costes.",
        "risk-reduction": "Reducción de riesgos: reduce los riesgos que asume el cliente al comprar.",
        "accessibility": "Accesibilidad: pone algo al alcance de clientes que no tenían acceso a ello.",
        "convenience-usability": "Comodidad/utilidad: hace las cosas más cómodas o más fáciles de usar.",
        // channel type, owner
        "direct": "Directo: la empresa llega al cliente por sí misma (equipo comercial, tienda propia, sitio web).",
        "indirect": "Indirecto: la empresa llega al cliente a través de otros (tiendas de socios, mayoristas).",
        "own": "Propio: el canal es de la propia empresa.",
        "partner": "De socios: el canal pertenece a un socio.",
        // channel phase
        "awareness": "Información: cómo conocen los clientes los productos y servicios.",
        "evaluation": "Evaluación: cómo evalúan los clientes la propuesta de valor.",
        "purchase": "Compra: cómo compran los clientes.",
        "delivery": "Entrega: cómo llega la propuesta de valor a los clientes.",
        "after-sales": "Posventa: qué atención reciben los clientes después de comprar.",
        // relationship goal
        "acquisition": "Adquisición de clientes (captación): conseguir clientes nuevos.",
        "retention": "Fidelización de clientes: conservar los clientes que ya se tienen.",
        "boosting-sales": "Estimulación de las ventas: vender más a los clientes que ya se tienen (venta sugestiva).",
        // cadence: "frecuencia" is feminine
        "continuous": "Continua: en todo momento.",
        "daily": "Diaria: cada día.",
        "weekly": "Semanal: cada semana.",
        "monthly": "Mensual: cada mes.",
        "quarterly": "Trimestral: cada trimestre.",
        "yearly": "Anual: cada año.",
        "on-demand": "A demanda: cuando el cliente lo pide.",
        // revenue stream type
        "asset-sale": "Venta de activos: se vende la propiedad de un producto físico.",
        "usage-fee": "Cuota por uso: se paga por usar un servicio; cuanto más se usa, más se paga.",
        "subscription": "Cuota de suscripción: se paga por el acceso continuado a un servicio.",
        "lending": "Préstamo/alquiler/leasing: se paga por el uso exclusivo de un activo durante un tiempo.",
        "licensing": "Concesión de licencias: se paga por el permiso para usar propiedad intelectual protegida.",
        "brokerage": "Gastos de corretaje: se pagan por la intermediación entre dos o más partes.",
        "advertising": "Publicidad: se paga por anunciar un producto, un servicio o una marca.",
        // pricing mechanism
        "list-price": "Lista de precios fija: precios fijos para productos, servicios u otras propuestas de valor.",
        "product-feature": "Según las características del producto: el precio depende del número o la calidad de las características.",
        "segment": "Según el segmento de clientes: el precio depende del tipo de cliente.",
        "volume": "Según el volumen: el precio depende de la cantidad comprada.",
        "negotiation": "Negociación (regateo): el precio se negocia entre las partes.",
        "yield-management": "Gestión de la rentabilidad: el precio depende del inventario y del momento de la compra.",
        "real-time-market": "Mercado en tiempo real: el precio lo fijan la oferta y la demanda.",
        "auction": "Subasta: el precio se determina en una licitación competitiva.",
        // resource type
        "physical": "Recursos físicos: edificios, vehículos, máquinas, puntos de venta, redes.",
        "intellectual": "Recursos intelectuales: marcas, conocimientos, patentes, derechos de autor, asociaciones, bases de datos de clientes.",
        "human": "Recursos humanos: las personas, cruciales en los negocios creativos y en los que requieren muchos conocimientos.",
        "financial": "Recursos económicos: efectivo, líneas de crédito, opciones sobre acciones.",
        // activity type
        "production": "Producción: diseñar, fabricar y entregar un producto en grandes cantidades o con una calidad superior.",
        "problem-solving": "Resolución de problemas: buscar soluciones nuevas a los problemas de cada cliente.",
        "platform-network": "Plataforma/red: gestionar y desarrollar una plataforma o una red que usan otros.",
        // partnership type
        "strategic-alliance": "Alianza estratégica entre empresas no competidoras.",
        "coopetition": "Coopetición: asociación estratégica entre empresas competidoras.",
        "joint-venture": "Empresa conjunta (joint venture) para crear un negocio nuevo.",
        "buyer-supplier": "Relación cliente-proveedor para garantizar la fiabilidad de los suministros.",
        // cost type
        "fixed": "Costes fijos: no varían con el volumen de bienes o servicios producidos (salarios, alquileres).",
        "variable": "Costes variables: crecen con el volumen de bienes o servicios producidos.",
        // economy
        "scale": "Economías de escala: ventajas de costes que se obtienen al aumentar la producción.",
        "scope": "Economías de campo: ventajas de costes que se obtienen al ampliar el ámbito de las operaciones.",
        // period
        "once": "Una vez: un importe que se paga una sola vez.",
        "unit": "Por unidad: un importe por cada unidad vendida (una entrada, una venta).",
        "day": "Día: un importe por cada día.",
        "week": "Semana: un importe por cada semana.",
        "month": "Mes: un importe por cada mes.",
        "quarter": "Trimestre: un importe por cada trimestre.",
        "year": "Año: un importe por cada año.",
    ]

    /// What each warning name of `ignore-warnings` means, in the words of the
    /// warnings' own messages (`SpanishRuleMessages`).
    static let spanishWarnings: [String: String] = [
        "empty-block": "Uno de los nueve bloques no tiene ningún elemento.",
        "no-revenue": "Ninguna fuente de ingresos indica de qué segmento procede.",
        "untargeted-proposition": "Una propuesta de valor no indica ningún segmento.",
        "untyped-relationship": "Una relación con clientes no tiene tipo (`type`).",
        "orphan-partner": "Una asociación clave no aporta nada.",
        "unserved-segment": "Ninguna propuesta de valor se dirige a un segmento.",
        "unreached-segment": "Ningún canal llega a un segmento.",
        "no-relationship": "Un segmento no tiene ninguna relación con clientes.",
        "unmet-preference": "El segmento de una persona no recibe ninguno de los tipos de relación que ella prefiere.",
        "client-without-personal-care": "Un segmento con `engagement: client` no tiene ninguna relación `personal` ni `dedicated`.",
        "duplicate-priority": "Dos segmentos comparten la misma prioridad (`priority`).",
        "unaddressed-pain": "Una frustración con identificador que ningún aliviador de frustraciones atiende.",
        "unaddressed-gain": "Una alegría con identificador que ningún creador de alegrías atiende.",
        "unaddressed-job": "Un trabajo con identificador que ningún producto o servicio atiende.",
        "out-of-scope-remedy": "Un aliviador de frustraciones o un creador de alegrías atiende una frustración o una alegría de un segmento "
            + "al que no se dirige su propuesta de valor.",
    ]
}
