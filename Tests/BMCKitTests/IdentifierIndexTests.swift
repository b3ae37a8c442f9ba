@testable import BMCKit
import Testing

/// The id index: every definition and every reference of a canvas, each with its
/// kind and where it is written, found by the one walk through the canvas.
@Suite("Identifier index")
struct IdentifierIndexTests {
    @Test func definitionsAnswerKindBlockAndWhereTheyWereWritten() throws {
        let text = edited(validCanvas, ("    name: Shops\n", "    name: Shops\n    pains:\n      - id: late\n        text: Late deliveries\n"))
        let file = source(text)
        let canvas = try #require(CanvasAnalysis(file).canvas)
        let index = IdentifierIndex(canvas)
        let pain = try #require(index["late"])
        #expect(pain.kind == .pain && !pain.isDerived)
        #expect(pain.block == .customerSegments)
        #expect("\(file.location(of: pain.range.start))" == "6:13")
        #expect("\(file.location(of: pain.elementRange.start))" == "6:9")
        let segment = try #require(index["shops"])
        #expect(segment.kind == .segment && !segment.isDerived && segment.block == .customerSegments)
        #expect(index["nothing"] == nil)
        #expect(index.ids(of: [.segment, .pain]) == ["late", "shops"])
    }

    /// Every reference, with the field it is in, the kinds the field accepts there
    /// and who holds it: a remedy's `addresses` accept its own kind of point.
    @Test func usesAnswerFieldKindsAndOwner() throws {
        let analysis = CanvasAnalysis(source(validCanvas))
        let uses = analysis.uses(of: "shops")
        #expect(uses.map(\.field) == ["segments", "segments", "segments", "segments"])
        #expect(uses.map(\.ownerKind) == [.valueProposition, .channel, .relationship, .revenueStream])
        #expect(uses.allSatisfy { $0.kinds == [.segment] })
    }

    /// A canvas put together in code from two files: each id's place is in its own file.
    @Test func aCanvasFromTwoDocumentsPointsIntoEach() throws {
        let first = source(validCanvas)
        let second = source(edited(validCanvas, ("name: Test canvas\n", "name: Other\n# moved down a line\n")))
        var canvas = try #require(CanvasAnalysis(first).validCanvas)
        let other = try #require(CanvasAnalysis(second).validCanvas)
        canvas.customerSegments += other.customerSegments
        let index = IdentifierIndex(canvas)
        let duplicate = try #require(index.diagnostics.first)
        #expect(index.diagnostics.count == 1 && duplicate.code == .duplicateID)
        #expect("\(second.location(of: duplicate.range.start))" == "4:9")
        #expect(duplicate.notes.map { "\(first.location(of: $0.range.start))" } == ["3:9"])
    }
}
