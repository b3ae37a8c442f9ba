/// The English catalogue: the words of every message `bmc` writes about a canvas.
struct EnglishMessages: MessageCatalogue {
    func text(_ warning: EmptyBlockRule.Warning) -> MessageText {
        switch warning {
        case .emptyBlock(let block):
            MessageText("the \(block.key.split(separator: "-").joined(separator: " ")) block is empty",
                        help: "add at least one item under '\(block.key):'")
        case .noRevenue:
            MessageText("no revenue stream comes from any segment",
                        help: "name the paying segments under 'segments:' of each revenue stream")
        }
    }

    func text(_ warning: IncompleteItemRule.Warning) -> MessageText {
        switch warning {
        case .untargetedProposition(let id):
            MessageText("value proposition \(quoted(id)) names no segment",
                        help: "add 'segments: [...]' with the segments it is for")
        case .untypedRelationship(let id):
            MessageText("customer relationship \(quoted(id)) has no type",
                        help: "add 'type:' with one of: " + RelationshipType.allCases.map(\.rawValue).joined(separator: ", "))
        case .orphanPartner(let id):
            MessageText("key partnership \(quoted(id)) provides nothing",
                        help: "add 'provides: [...]' with the key resources or activities the partner brings")
        }
    }

    func text(_ warning: SegmentCoverageRule.Warning) -> MessageText {
        switch warning {
        case .unservedSegment(let id):
            MessageText("no value proposition is for segment \(quoted(id))",
                        help: "add '\(id)' to the 'segments' of a value proposition")
        case .unreachedSegment(let id):
            MessageText("no channel reaches segment \(quoted(id))", help: "add '\(id)' to the 'segments' of a channel")
        case .noRelationship(let id):
            MessageText("segment \(quoted(id)) has no customer relationship",
                        help: "add '\(id)' to the 'segments' of a customer relationship")
        }
    }

    func text(_ warning: SegmentCareRule.Warning) -> MessageText {
        switch warning {
        case .clientWithoutPersonalCare(let segment):
            MessageText("client segment \(quoted(segment)) has no personal or dedicated relationship",
                        help: "clients expect a named contact: add a 'personal' or 'dedicated' relationship for '\(segment)'")
        case .unmetPreference(let persona, let prefers, let segment):
            MessageText("persona \(quoted(persona)) prefers \(prefers.map(\.rawValue).joined(separator: ", ")), "
                            + "but segment \(quoted(segment)) is offered none of them",
                        help: "add a relationship of a preferred type for '\(segment)', or revisit the persona")
        case .duplicatePriority(let first, let second, let priority):
            MessageText("segments \(quoted(first)) and \(quoted(second)) share priority \(priority)",
                        help: "give each segment its own priority; 1 is the most important")
        }
    }

    func text(_ warning: FitRule.Warning) -> MessageText {
        switch warning {
        case .outOfScopeRemedy(let point, let kind, let segment, let proposition):
            MessageText("\(quoted(point)) is \(kind.nounWithArticle) of segment \(quoted(segment)), "
                            + "which value proposition \(quoted(proposition)) is not for",
                        help: "add '\(segment)' to the value proposition's 'segments', or address a point of its own segments")
        case .unaddressedPain(let id):
            MessageText("no pain reliever addresses pain \(quoted(id))",
                        help: "add '\(id)' to the 'addresses' of a pain reliever, or drop its id if it stays open on purpose")
        case .unaddressedGain(let id):
            MessageText("no gain creator addresses gain \(quoted(id))",
                        help: "add '\(id)' to the 'addresses' of a gain creator, or drop its id if it stays open on purpose")
        case .unaddressedJob(let id):
            MessageText("no product or service addresses job \(quoted(id))",
                        help: "write the product as a mapping with 'text' and 'addresses: [\(id)]', or drop the job's id if it stays open on purpose")
        }
    }
}
