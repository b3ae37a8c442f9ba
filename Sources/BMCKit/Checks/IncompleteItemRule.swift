/// Items that do not say what the model needs them to: `untargeted-proposition`
/// (a value proposition for no segment), `untyped-relationship` (a customer
/// relationship without a type) and `orphan-partner` (a partnership that provides
/// nothing). Each is valid, but has no place in the model yet.
enum IncompleteItemRule: CanvasRule {
    enum Warning: DiagnosticMessage, Equatable {
        case untargetedProposition(id: String)
        case untypedRelationship(id: String)
        case orphanPartner(id: String)

        var code: DiagnosticCode {
            switch self {
            case .untargetedProposition: .untargetedProposition
            case .untypedRelationship: .untypedRelationship
            case .orphanPartner: .orphanPartner
            }
        }

        func text(in language: CanvasLanguage) -> MessageText {
            MessageCatalogues.catalogue(for: language).text(self)
        }
    }

    static let codes: [DiagnosticCode] = [.untargetedProposition, .untypedRelationship, .orphanPartner]

    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        var diagnostics: [Diagnostic] = []
        for proposition in canvas.valuePropositions where proposition.segments.isEmpty {
            diagnostics.append(Diagnostic(Warning.untargetedProposition(id: proposition.id), at: proposition.labelRange))
        }
        for relationship in canvas.customerRelationships where relationship.type == nil {
            diagnostics.append(Diagnostic(Warning.untypedRelationship(id: relationship.id), at: relationship.labelRange))
        }
        for partnership in canvas.keyPartnerships where partnership.provides.isEmpty {
            diagnostics.append(Diagnostic(Warning.orphanPartner(id: partnership.id), at: partnership.labelRange))
        }
        return diagnostics
    }
}

extension DiagnosticCode {
    public static let untargetedProposition = DiagnosticCode(
        "untargeted-proposition", .warning, "a value proposition names no segment")
    public static let untypedRelationship = DiagnosticCode(
        "untyped-relationship", .warning, "a customer relationship has no `type`")
    public static let orphanPartner = DiagnosticCode("orphan-partner", .warning, "a partnership provides nothing")
}
