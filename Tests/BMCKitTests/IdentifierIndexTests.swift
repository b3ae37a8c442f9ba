@testable import BMCKit
import Testing

/// The id index keeps its own hash table (`IdentifierTable`) and keeps where each
/// id was written as a node number, not a node; these hold it to what a
/// dictionary of definitions would answer.
@Suite("Identifier index")
struct IdentifierIndexTests {
    /// Ids of every length around the eight-byte steps of the hash, and ids that
    /// differ in one byte only, early or late.
    static let ids: [String] = (0..<5_000).flatMap { number in
        ["s\(number)", "segment-\(number)", "persona-of-segment-\(number)-with-a-long-name", "ñandú-\(number)"]
    }

    @Test func everyIDGetsItsNumberInOrderAndKeepsIt() {
        var table = IdentifierTable(expectedCount: 16)  // grows many times on the way
        for (position, id) in Self.ids.enumerated() {
            let (number, inserted) = table.insert(id)
            #expect(inserted && number == Int32(position), "\(id)")
        }
        #expect(table.count == Self.ids.count)
        for (position, id) in Self.ids.enumerated() {
            #expect(table.number(of: id) == Int32(position), "\(id)")
        }
        let again = table.insert("segment-42")
        #expect(again.number == table.number(of: "segment-42") && !again.inserted)
        #expect(table.count == Self.ids.count)
    }

    @Test func idsNeverAddedAreNotFound() {
        var table = IdentifierTable(expectedCount: 0)
        #expect(table.number(of: "") == nil)
        for id in Self.ids.prefix(1_000) { _ = table.insert(id) }
        for absent in ["", "s", "segment-", "segment-1000000", "persona-of-segment-1-with-a-long-nam", "ñandu-1", "S1"] {
            #expect(table.number(of: absent) == nil, "\(absent)")
        }
    }

    @Test func definitionsAnswerKindSegmentAndWhereTheyWereWritten() throws {
        let text = edited(validCanvas, ("    name: Shops\n", "    name: Shops\n    pains:\n      - id: late\n        text: Late deliveries\n"))
        let file = source(text)
        let canvas = try #require(CanvasLoader.load(file).canvas)
        let index = IdentifierIndex(canvas)
        let pain = try #require(index["late"])
        #expect(pain.kind == .pain && !pain.isDerived)
        #expect(index.segment(of: pain) == "shops")
        #expect("\(file.location(of: index.range(of: pain).start))" == "6:13")
        let segment = try #require(index["shops"])
        #expect(segment.kind == .segment && index.segment(of: segment) == nil)
        #expect(index["nothing"] == nil)
        #expect(index.ids(of: [.segment, .pain]) == ["late", "shops"])
    }

    /// A canvas put together in code from two files: each id's place is in its own file.
    @Test func aCanvasFromTwoDocumentsPointsIntoEach() throws {
        let first = source(validCanvas)
        let second = source(edited(validCanvas, ("name: Test canvas\n", "name: Other\n# moved down a line\n")))
        var canvas = try #require(CanvasLoader.load(first).canvas)
        let other = try #require(CanvasLoader.load(second).canvas)
        canvas.customerSegments += other.customerSegments
        let index = IdentifierIndex(canvas)
        let duplicate = try #require(index.diagnostics.first)
        #expect(index.diagnostics.count == 1 && duplicate.code == .duplicateID)
        #expect("\(second.location(of: duplicate.range.start))" == "4:9")
        #expect(duplicate.notes.map { "\(first.location(of: $0.range.start))" } == ["3:9"])
    }
}
