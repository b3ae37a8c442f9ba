/// The fit between value propositions and customer profiles: `unaddressed-pain`
/// and `unaddressed-gain` (a point with an id that no remedy addresses) and
/// `out-of-scope-remedy` (a remedy addressing a point of a segment its value
/// proposition is not for).
enum FitRule: BusinessModelRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas
        var diagnostics: [Diagnostic] = []
        // Whether a remedy addresses each id, by id number.
        var addressed = [Bool](repeating: false, count: context.index.count)
        canvas.valuePropositions.forEachInPlace { proposition in
            func checkScope(of remedy: StoredElement<Remedy>) {
                remedy.addresses.forEachInPlace { reference in
                    guard let definition = context.index[reference.id] else { return }
                    addressed[definition.number] = true
                    guard let segment = context.index.segment(of: definition), definition.kind == remedy.role.addressedRole.kind,
                          !proposition.segments.contains(where: { $0.id == segment })
                    else { return }
                    diagnostics.append(Diagnostic(
                        .outOfScopeRemedy,
                        "'\(reference.id)' is \(definition.kind.nounWithArticle) of segment '\(segment)', which value proposition '\(proposition.id)' is not for",
                        at: reference.range,
                        help: "add '\(segment)' to the value proposition's 'segments', or address a point of its own segments"))
                }
            }
            proposition.painRelievers.forEachInPlace { checkScope(of: $0) }
            proposition.gainCreators.forEachInPlace { checkScope(of: $0) }
        }
        func checkAddressed(_ points: [Point]) {
            points.forEachInPlace { point in
                guard let id = point.id, !(context.index.number(of: id).map { addressed[$0] } ?? false) else { return }
                let isPain = point.role == .pain
                diagnostics.append(Diagnostic(
                    isPain ? .unaddressedPain : .unaddressedGain,
                    "no \(isPain ? "pain reliever" : "gain creator") addresses \(isPain ? "pain" : "gain") '\(id)'",
                    at: point.origin.range(of: "id"),
                    help: "add '\(id)' to the 'addresses' of a \(isPain ? "pain reliever" : "gain creator"), or drop its id if it stays open on purpose"))
            }
        }
        canvas.customerSegments.forEachInPlace { segment in
            checkAddressed(segment.pains)
            checkAddressed(segment.gains)
            segment.personas.forEachInPlace { persona in
                checkAddressed(persona.pains)
                checkAddressed(persona.gains)
            }
        }
        return diagnostics
    }
}
