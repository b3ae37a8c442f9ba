extension PortugueseMessages {
    func text(_ problem: ReferenceProblem) -> MessageText {
        switch problem {
        case .duplicateID(let id, let isDerived, let firstKind, let eitherIsDerived):
            return MessageText("identificador repetido \(quoted(id))\(isDerived ? " (gerado a partir do nome)" : ""): "
                                   + "\(indefinite(noun(firstKind))) já tem esse identificador",
                               help: eitherIsDerived ? "dê a um deles um 'id:' próprio"
                                   : "cada identificador é único em todo o quadro; troque um deles")
        case .unknownReference(let id, let field, let owner, let kinds, let suggestion, let candidates, let renamed):
            var help = "'\(field)' de \(indefinite(noun(owner))) se refere a \(alternatives(kinds))"
            if let suggestion, let renamed {
                help = "você quis dizer '\(suggestion)'? Se \(quoted(id)) era o identificador de "
                    + "\(indefinite(noun(renamed.kind))) \(quoted(renamed.name)) antes de o nome mudar, "
                    + "adicione 'id: \(id)' a esse item para manter as referências"
            } else if let suggestion {
                help = "você quis dizer '\(suggestion)'?"
            } else if !candidates.isEmpty {
                help += "; identificadores desse tipo: " + candidates.joined(separator: ", ")
            }
            return MessageText("nenhum item tem o identificador \(quoted(id))", help: help)
        case .wrongReferenceKind(let id, let found, let field, let owner, let kinds):
            return MessageText("\(quoted(id)) é \(indefinite(noun(found))), mas '\(field)' de \(indefinite(noun(owner))) "
                                   + "se refere a \(alternatives(kinds))",
                               help: "escreva aqui o identificador de \(alternatives(kinds))")
        }
    }

    func text(_ note: NoteMessage) -> String {
        switch note {
        case .firstDefinedHere(let name): "\(quoted(name)) aparece aqui pela primeira vez"
        case .definedHere(let id): "\(quoted(id)) é definido aqui"
        case .hasPriorityHere(let id, let priority): "\(quoted(id)) tem a prioridade \(priority) aqui"
        }
    }
}
