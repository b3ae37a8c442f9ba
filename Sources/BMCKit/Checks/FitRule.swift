/// The fit between value propositions and customer profiles: `unaddressed-pain`
/// and `unaddressed-gain` (a point with an id that no remedy addresses) and
/// `out-of-scope-remedy` (a remedy addressing a point of a segment its value
/// proposition is not for).
enum FitRule: CanvasRule {
    enum Warning: DiagnosticMessage, Equatable {
        /// `point` of `kind` (a pain or gain) belongs to `segment`.
        case outOfScopeRemedy(point: String, kind: ItemKind, segment: String, proposition: String)
        case unaddressedPain(id: String)
        case unaddressedGain(id: String)

        var code: DiagnosticCode {
            switch self {
            case .outOfScopeRemedy: .outOfScopeRemedy
            case .unaddressedPain: .unaddressedPain
            case .unaddressedGain: .unaddressedGain
            }
        }

        func text(in language: CanvasLanguage) -> MessageText {
            MessageCatalogues.catalogue(for: language).text(self)
        }
    }

    static let codes: [DiagnosticCode] = [.unaddressedPain, .unaddressedGain, .outOfScopeRemedy]

    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        var diagnostics: [Diagnostic] = []
        var addressed = Set<String>()
        for proposition in canvas.valuePropositions {
            let segments = Set(proposition.segments.map(\.id))
            for remedy in proposition.remedies {
                for reference in remedy.addresses {
                    guard let definition = context.index[reference.id] else { continue }
                    addressed.insert(reference.id)
                    guard definition.kind == remedy.role.addressedRole.kind, let segment = definition.segmentID,
                          !segments.contains(segment) else { continue }
                    diagnostics.append(Diagnostic(
                        Warning.outOfScopeRemedy(point: reference.id, kind: definition.kind, segment: segment,
                                                 proposition: proposition.id),
                        at: reference.range))
                }
            }
        }
        for segment in canvas.customerSegments {
            for point in segment.pains + segment.gains + segment.personas.flatMap({ $0.pains + $0.gains }) {
                guard let id = point.id, !addressed.contains(id) else { continue }
                diagnostics.append(Diagnostic(point.role == .pain ? Warning.unaddressedPain(id: id) : .unaddressedGain(id: id),
                                              at: point.span.valueRange(of: "id")))
            }
        }
        return diagnostics
    }
}

extension DiagnosticCode {
    public static let unaddressedPain = DiagnosticCode("unaddressed-pain", .warning, "a pain with an `id` that no remedy addresses")
    public static let unaddressedGain = DiagnosticCode("unaddressed-gain", .warning, "a gain with an `id` that no remedy addresses")
    public static let outOfScopeRemedy = DiagnosticCode(
        "out-of-scope-remedy", .warning, "a remedy addresses a pain or gain of a segment its value proposition is not for")
}
