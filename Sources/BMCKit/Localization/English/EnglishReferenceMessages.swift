extension EnglishMessages {
    func text(_ problem: ReferenceProblem) -> MessageText {
        switch problem {
        case .duplicateID(let id, let isDerived, let firstKind, let eitherIsDerived):
            return MessageText("duplicate id \(quoted(id))\(isDerived ? " (derived from its name)" : ""): "
                                   + "\(firstKind.nounWithArticle) already has it",
                               help: eitherIsDerived ? "give one of them an explicit 'id:'"
                                   : "ids are shared by the whole canvas; rename one")
        case .unknownReference(let id, let field, let owner, let kinds, let suggestion, let candidates, let renamed):
            var help = "'\(field)' of \(owner.nounWithArticle) names \(alternatives(kinds))"
            if let suggestion, let renamed {
                help = "did you mean '\(suggestion)'? If \(quoted(id)) was the id of \(renamed.kind.nounWithArticle) "
                    + "\(quoted(renamed.name)) before its name changed, write 'id: \(id)' on it to keep every reference"
            } else if let suggestion {
                help = "did you mean '\(suggestion)'?"
            } else if !candidates.isEmpty {
                help += "; ids of that kind: " + candidates.joined(separator: ", ")
            }
            return MessageText("unknown id \(quoted(id))", help: help)
        case .wrongReferenceKind(let id, let found, let field, let owner, let kinds):
            return MessageText("\(quoted(id)) is \(found.nounWithArticle), but '\(field)' of \(owner.nounWithArticle) "
                                   + "names \(alternatives(kinds))",
                               help: "name \(alternatives(kinds)) here")
        }
    }

    func text(_ note: NoteMessage) -> String {
        switch note {
        case .firstDefinedHere(let name): "\(quoted(name)) first defined here"
        case .definedHere(let id): "\(quoted(id)) defined here"
        case .hasPriorityHere(let id, let priority): "\(quoted(id)) has priority \(priority) here"
        }
    }

    /// "a segment", "a key resource or a key activity".
    private func alternatives(_ kinds: [ItemKind]) -> String {
        kinds.map(\.nounWithArticle).joined(separator: " or ")
    }
}
