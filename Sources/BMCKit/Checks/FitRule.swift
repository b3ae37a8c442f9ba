/// The fit between value propositions and customer profiles: `unaddressed-pain`
/// and `unaddressed-gain` (a point with an id that no remedy addresses),
/// `unaddressed-job` (a job with an id that no product addresses) and
/// `out-of-scope-remedy` (a remedy addressing a point of a segment its value
/// proposition is not for).
enum FitRule: CanvasRule {
    enum Warning: DiagnosticMessage, Equatable {
        /// `point` of `kind` (a pain or gain) belongs to `segment`.
        case outOfScopeRemedy(point: String, kind: ItemKind, segment: String, proposition: String)
        case unaddressedPain(id: String)
        case unaddressedGain(id: String)
        case unaddressedJob(id: String)

        var code: DiagnosticCode {
            switch self {
            case .outOfScopeRemedy: .outOfScopeRemedy
            case .unaddressedPain: .unaddressedPain
            case .unaddressedGain: .unaddressedGain
            case .unaddressedJob: .unaddressedJob
            }
        }

        func text(in language: CanvasLanguage) -> MessageText {
            MessageCatalogues.catalogue(for: language).text(self)
        }
    }

    static let codes: [DiagnosticCode] = [.unaddressedPain, .unaddressedGain, .outOfScopeRemedy, .unaddressedJob]

    static func check(_ context: RuleContext) -> [Diagnostic] {
        let canvas = context.canvas, index = context.index
        var diagnostics: [Diagnostic] = []
        // By the position of each id in the index: the segment (by its position in
        // the block) a pain or gain belongs to, its persona's for a persona's, and
        // whether a remedy addresses it.
        var segmentOfPoint = [Int32](repeating: -1, count: index.definitions.count)
        var addressed = [Bool](repeating: false, count: index.definitions.count)
        for (position, segment) in canvas.customerSegments.enumerated() {
            forEachPainAndGain(of: segment) { point in
                if let id = point.id, let definition = index.position(of: id), segmentOfPoint[definition] < 0 {
                    segmentOfPoint[definition] = Int32(position)
                }
            }
        }
        for proposition in canvas.valuePropositions {
            for reference in proposition.products.flatMap(\.addresses) {
                if let position = index.position(of: reference.id) { addressed[position] = true }
            }
            for remedy in proposition.remedies {
                for reference in remedy.addresses {
                    guard let position = index.position(of: reference.id) else { continue }
                    addressed[position] = true
                    let definition = index.definitions[position]
                    guard definition.kind == remedy.role.addressedRole.kind, segmentOfPoint[position] >= 0 else { continue }
                    let segment = canvas.customerSegments[Int(segmentOfPoint[position])].id
                    guard !proposition.segments.contains(where: { $0.id == segment }) else { continue }
                    diagnostics.append(Diagnostic(
                        Warning.outOfScopeRemedy(point: reference.id, kind: definition.kind, segment: segment,
                                                 proposition: proposition.id),
                        at: reference.range))
                }
            }
        }
        for segment in canvas.customerSegments {
            forEachPainAndGain(of: segment) { point in
                guard let id = point.id, let position = index.position(of: id), !addressed[position] else { return }
                diagnostics.append(Diagnostic(point.role == .pain ? Warning.unaddressedPain(id: id) : .unaddressedGain(id: id),
                                              at: point.span.label))
            }
        }
        for segment in canvas.customerSegments {
            for job in segment.jobs + segment.personas.flatMap(\.jobs) {
                guard let id = job.id, let position = index.position(of: id), !addressed[position] else { continue }
                diagnostics.append(Diagnostic(Warning.unaddressedJob(id: id), at: job.span.label))
            }
        }
        return diagnostics
    }

    /// The pains and gains of a segment's profile, then of each persona's.
    private static func forEachPainAndGain(of segment: Segment, _ body: (Point) -> Void) {
        segment.pains.forEach(body)
        segment.gains.forEach(body)
        for persona in segment.personas {
            persona.pains.forEach(body)
            persona.gains.forEach(body)
        }
    }
}

extension DiagnosticCode {
    public static let unaddressedPain = DiagnosticCode("unaddressed-pain", .warning, "a pain with an `id` that no remedy addresses")
    public static let unaddressedGain = DiagnosticCode("unaddressed-gain", .warning, "a gain with an `id` that no remedy addresses")
    public static let outOfScopeRemedy = DiagnosticCode(
        "out-of-scope-remedy", .warning, "a remedy addresses a pain or gain of a segment its value proposition is not for")
    public static let unaddressedJob = DiagnosticCode("unaddressed-job", .warning, "a job with an `id` that no product addresses")
}
