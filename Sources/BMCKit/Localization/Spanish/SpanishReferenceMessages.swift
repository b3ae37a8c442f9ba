extension SpanishMessages {
    func text(_ problem: ReferenceProblem) -> MessageText {
        switch problem {
        case .duplicateID(let id, let isDerived, let firstKind, let eitherIsDerived):
            return MessageText("identificador repetido \(quoted(id))\(isDerived ? " (obtenido de su nombre)" : ""): "
                                   + "\(indefinite(noun(firstKind))) ya lo tiene",
                               help: eitherIsDerived ? "da a uno de los dos un 'id:' propio"
                                   : "cada identificador es único en todo el lienzo; cambia uno de los dos")
        case .unknownReference(let id, let field, let owner, let kinds, let suggestion, let candidates, let renamed):
            var help = "'\(field)' de \(indefinite(noun(owner))) remite a \(alternatives(kinds))"
            if let suggestion, let renamed {
                help = "¿querías decir '\(suggestion)'? Si \(quoted(id)) era el identificador de "
                    + "\(indefinite(noun(renamed.kind))) \(quoted(renamed.name)) antes de cambiar su nombre, "
                    + "añádele 'id: \(id)' para conservar las referencias"
            } else if let suggestion {
                help = "¿querías decir '\(suggestion)'?"
            } else if !candidates.isEmpty {
                help += "; identificadores de ese tipo: " + candidates.joined(separator: ", ")
            }
            return MessageText("ningún elemento tiene el identificador \(quoted(id))", help: help)
        case .wrongReferenceKind(let id, let found, let field, let owner, let kinds):
            return MessageText("\(quoted(id)) es \(indefinite(noun(found))), pero '\(field)' de \(indefinite(noun(owner))) "
                                   + "remite a \(alternatives(kinds))",
                               help: "escribe aquí el identificador de \(alternatives(kinds))")
        }
    }

    func text(_ note: NoteMessage) -> String {
        switch note {
        case .firstDefinedHere(let name): "\(quoted(name)) aparece aquí por primera vez"
        case .definedHere(let id): "\(quoted(id)) se define aquí"
        case .hasPriorityHere(let id, let priority): "\(quoted(id)) tiene aquí la prioridad \(priority)"
        }
    }
}
