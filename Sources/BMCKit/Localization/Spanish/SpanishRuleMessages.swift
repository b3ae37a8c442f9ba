/// The Spanish catalogue: the words of every message `bmc` writes about a canvas, in
/// the Spanish of Spain and the terms of *Generación de modelos de negocio*; helps
/// speak to the reader as "tú", as a facilitator does in a workshop. Keys, enum
/// words, ids and codes stay as the file writes them, in quotes.
struct SpanishMessages: MessageCatalogue {
    /// Block names as the exports write them, so a message and an export agree.
    private func block(_ block: Block) -> String { Labels.spanish.block(block.key) }

    func text(_ warning: EmptyBlockRule.Warning) -> MessageText {
        switch warning {
        case .emptyBlock(let block):
            MessageText("el bloque \(self.block(block)) está vacío",
                        help: "añade al menos un elemento en '\(block.key):'")
        case .noRevenue:
            MessageText("ninguna fuente de ingresos indica de qué segmento procede",
                        help: "indica los segmentos que pagan en el 'segments:' de cada fuente de ingresos")
        }
    }

    func text(_ warning: IncompleteItemRule.Warning) -> MessageText {
        switch warning {
        case .untargetedProposition(let id):
            MessageText("la propuesta de valor \(quoted(id)) no indica ningún segmento",
                        help: "añade 'segments: [...]' con los segmentos a los que se dirige")
        case .untypedRelationship(let id):
            MessageText("la relación con clientes \(quoted(id)) no tiene tipo",
                        help: "añade 'type:' con una de estas palabras: "
                            + RelationshipType.allCases.map(\.rawValue).joined(separator: ", "))
        case .orphanPartner(let id):
            MessageText("la asociación clave \(quoted(id)) no aporta nada",
                        help: "añade 'provides: [...]' con los recursos clave o las actividades clave que aporta el socio")
        }
    }

    func text(_ warning: SegmentCoverageRule.Warning) -> MessageText {
        switch warning {
        case .unservedSegment(let id):
            MessageText("ninguna propuesta de valor se dirige al segmento \(quoted(id))",
                        help: "añade '\(id)' a los 'segments' de una propuesta de valor")
        case .unreachedSegment(let id):
            MessageText("ningún canal llega al segmento \(quoted(id))", help: "añade '\(id)' a los 'segments' de un canal")
        case .noRelationship(let id):
            MessageText("el segmento \(quoted(id)) no tiene ninguna relación con clientes",
                        help: "añade '\(id)' a los 'segments' de una relación con clientes")
        }
    }

    func text(_ warning: SegmentCareRule.Warning) -> MessageText {
        switch warning {
        case .clientWithoutPersonalCare(let segment):
            // Spanish has one word for "client" and "customer": name the field.
            MessageText("el segmento \(quoted(segment)) tiene 'engagement: client', pero ninguna relación 'personal' ni 'dedicated'",
                        help: "un cliente con vínculo a largo plazo espera una persona de contacto: "
                            + "añade una relación 'personal' o 'dedicated' para '\(segment)'")
        case .unmetPreference(let persona, let prefers, let segment):
            MessageText("la persona \(quoted(persona)) prefiere \(prefers.map(\.rawValue).joined(separator: ", ")), "
                            + "pero al segmento \(quoted(segment)) no se le ofrece ninguno de esos tipos de relación",
                        help: "añade para '\(segment)' una relación de uno de los tipos preferidos, o revisa la persona")
        case .duplicatePriority(let first, let second, let priority):
            MessageText("los segmentos \(quoted(first)) y \(quoted(second)) comparten la prioridad \(priority)",
                        help: "da a cada segmento su propia prioridad; 1 es la más importante")
        }
    }

    func text(_ warning: FitRule.Warning) -> MessageText {
        switch warning {
        case .outOfScopeRemedy(let point, let kind, let segment, let proposition):
            MessageText("\(quoted(point)) es \(indefinite(noun(kind))) del segmento \(quoted(segment)), "
                            + "al que no se dirige la propuesta de valor \(quoted(proposition))",
                        help: "añade '\(segment)' a los 'segments' de la propuesta de valor, "
                            + "o haz que 'addresses' remita a frustraciones o alegrías de sus propios segmentos")
        case .unaddressedPain(let id):
            MessageText("ningún aliviador de frustraciones atiende la frustración \(quoted(id))",
                        help: "añade '\(id)' a los 'addresses' de un aliviador de frustraciones, "
                            + "o quita su 'id' si se queda sin atender a propósito")
        case .unaddressedGain(let id):
            MessageText("ningún creador de alegrías atiende la alegría \(quoted(id))",
                        help: "añade '\(id)' a los 'addresses' de un creador de alegrías, "
                            + "o quita su 'id' si se queda sin atender a propósito")
        case .unaddressedJob(let id):
            MessageText("ningún producto o servicio atiende el trabajo \(quoted(id))",
                        help: "escribe el producto con 'text' y 'addresses: [\(id)]', "
                            + "o quita el 'id' del trabajo si se queda sin atender a propósito")
        }
    }
}
