import BMCKit
import Foundation
import Testing

/// The Value Proposition Canvas and the map: what each draws, and what `--for` and
/// `--focus` leave out.
@Suite struct DiagramViewTests {
    static func vpc(_ canvas: Canvas, for subjects: [String] = [], _ language: CanvasLanguage = .en) -> String {
        DOTExporter(language: language, view: .valueProposition, options: DiagramOptions(subjects: subjects)).export(canvas)
    }

    static func map(_ canvas: Canvas, focus: String? = nil) -> String {
        DOTExporter(language: .en, view: .map, options: DiagramOptions(focus: focus)).export(canvas)
    }

    static func lines(_ dot: String, containing text: String) -> [Substring] {
        dot.split(separator: "\n").filter { $0.contains(text) }
    }

    @Test func theValuePropositionCanvasDrawsALineForEveryAddressedPointOfItsProfile() throws {
        let (canvas, _) = try PosterTests.load("Canvases/stockwise.canvas.yaml")
        let dot = Self.vpc(canvas)
        var expected = 0
        for proposition in canvas.valuePropositions {
            let offers = proposition.products.map(\.addresses) + proposition.remedies.map(\.addresses)
            for segment in canvas.customerSegments where proposition.segments.contains(where: { $0.id == segment.id }) {
                let profiles = [segment.jobs + segment.pains + segment.gains]
                    + segment.personas.map { $0.jobs + $0.pains + $0.gains }
                for points in profiles where !points.isEmpty {
                    let ids = Set(points.compactMap(\.id))
                    expected += offers.joined().filter { ids.contains($0.id) }.count
                }
            }
        }
        #expect(expected > 5)
        #expect(Self.lines(dot, containing: ":w;").count == expected)
    }

    @Test func aPointNothingInTheValueMapAddressesIsMarked() throws {
        let (canvas, _) = try PosterTests.load("Canvases/cafe-aurora.canvas.yaml")
        let english = Self.vpc(canvas)
        // Laura's job has no id, so nothing can address it; her pain and gain are addressed.
        let job = try #require(english.range(of: "finish client work away from home"))
        #expect(english[job.upperBound...].prefix(120).contains("not addressed"))
        #expect(english.components(separatedBy: "not addressed").count - 1 == 1)
        #expect(Self.vpc(canvas, .es).contains("sin atender"))
        #expect(Self.vpc(canvas, .pt).contains("Tarefas do cliente"))
    }

    @Test func forDrawsOnlyThePropositionsSegmentsOrPersonasNamed() throws {
        let (canvas, _) = try PosterTests.load("Canvases/stockwise.canvas.yaml")
        let all = Self.lines(Self.vpc(canvas), containing: "subgraph cluster_").count
        let anja = Self.vpc(canvas, for: ["anja"])
        #expect(Self.lines(anja, containing: "subgraph cluster_").count == 1)
        #expect(anja.contains("Anja, head of logistics") && !anja.contains("Viktor"))
        let segment = Self.lines(Self.vpc(canvas, for: ["medium-companies"]), containing: "subgraph cluster_").count
        #expect(segment >= 1 && segment < all)
        #expect(DiagramOptions(subjects: ["nobody"]).problem(in: canvas, view: .valueProposition)?
            .contains("no value proposition, segment or persona") == true)
        #expect(DiagramOptions(subjects: ["cloud-hosting"]).problem(in: canvas, view: .valueProposition) != nil)
        #expect(DiagramOptions(subjects: ["anja"]).problem(in: canvas, view: .map) != nil)
        #expect(DiagramOptions(subjects: ["anja"]).problem(in: canvas, view: .valueProposition) == nil)
    }

    @Test func aCanvasWithoutProfilesSaysSo() throws {
        let canvas = try PosterTests.canvas(validCanvas)
        #expect(Self.vpc(canvas).contains("No value proposition is for a segment or persona"))
    }

    @Test func theMapHasALegendInsteadOfEdgeLabelsAndPersonasInsideTheirSegment() throws {
        let (canvas, _) = try PosterTests.load("Canvases/stockwise.canvas.yaml")
        let dot = Self.map(canvas)
        #expect(!dot.contains("label=\"segments\"") && Self.lines(dot, containing: " -> ").allSatisfy { !$0.contains("label=") })
        for phrase in [DiagramPhrase.arrowServes, .arrowDelivers, .arrowProvides, .arrowDrives, .arrowAddresses] {
            #expect(dot.contains(Labels.english.diagram.phrase(phrase)), "\(phrase)")
        }
        // Anja's node sits in the cluster of her segment, with her points.
        let cluster = try #require(dot.range(of: "subgraph \"cluster_segment_medium-companies\""))
        let end = try #require(dot[cluster.upperBound...].range(of: "\n    }"))
        let inside = dot[cluster.upperBound..<end.lowerBound]
        #expect(inside.contains("\"anja\" [") && inside.contains("A go-live that stops"))
    }

    @Test func theMapsEdgesRunAlongTheFlowOfValue() throws {
        let (canvas, _) = try PosterTests.load("Canvases/cafe-aurora.canvas.yaml")
        let dot = Self.map(canvas)
        // A channel names its value proposition, but value flows from the proposition to it.
        #expect(dot.contains("\"work-friendly-cafe\" -> \"cafe-counter\""))
        // A partnership provides an activity; a cost points back at its driver.
        #expect(dot.contains("\"green-coffee-importer\" -> \"roasting\""))
        #expect(Self.lines(dot, containing: "\"roastery-and-cafe-space\" -> \"rent\"").first?.contains("dir=\"back\"") == true)
        // A revenue stream is paid by its segment.
        #expect(dot.contains("\"remote-workers\" -> \"day-passes\""))
    }

    @Test func aFocusedMapDrawsOneSegmentsStory() throws {
        let (canvas, _) = try PosterTests.load("Canvases/stockwise.canvas.yaml")
        let whole = Self.map(canvas)
        let focused = Self.map(canvas, focus: "large-companies")
        #expect(focused.contains("focused on Large companies"))
        #expect(focused.contains("\"large-companies\" [") && focused.contains("\"viktor\" ["))
        #expect(!focused.contains("\"small-companies\" [") && !focused.contains("\"medium-companies\" ["))
        #expect(focused.contains("\"enterprise-licences\" [") && !focused.contains("\"essentials-subscriptions\" ["))
        #expect(Self.lines(focused, containing: " -> ").count < Self.lines(whole, containing: " -> ").count)
        #expect(DiagramOptions(focus: "nothing").problem(in: canvas, view: .map)?.contains("no item") == true)
        #expect(DiagramOptions(focus: "anja").problem(in: canvas, view: .map) == nil)
    }
}
