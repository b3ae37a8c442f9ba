@testable import BMCKit
import Testing

/// Node records are stored packed, with a key's length and its distance to the
/// value in a few bits (`PackedNodeRecord`); keys that do not fit are kept apart.
/// Both kinds must give back exactly the ranges that were read.
@Suite("Packed node records")
struct NodeRecordPackingTests {
    /// The key ranges and value ranges of the root's entries, as offsets.
    private func entries(_ text: String) -> [(key: String, keyRange: Range<Int>, valueRange: Range<Int>)] {
        let (document, diagnostics) = Reader.read(source(text))
        #expect(diagnostics.isEmpty)
        guard let mapping = document.root?.mapping else { return [] }
        return mapping.map { entry in
            (entry.key, entry.keyRange.start..<entry.keyRange.end, entry.value.range.start..<entry.value.range.end)
        }
    }

    @Test func keysOfEveryLengthAroundTheLimit() {
        for length in [1, 254, 255, 256, 1_000] {
            let key = String(repeating: "k", count: length)
            let found = entries("\(key): v\nshort: w\n")
            #expect(found.map(\.key) == [key, "short"])
            #expect(found.first?.keyRange == 0..<length)
            #expect(found.first?.valueRange == length + 2..<length + 3)
            #expect(found.last?.keyRange == length + 4..<length + 9)
        }
    }

    @Test func valuesFarBelowTheirKey() {
        // 20 comment lines of 30 bytes: 600 bytes from the key's end to its value.
        let comments = String(repeating: "  # a comment of thirty bytes\n", count: 20)
        let text = "notes:\n\(comments)  - a\nname: n\n"
        let found = entries(text)
        #expect(found.map(\.key) == ["notes", "name"])
        #expect(found.first?.keyRange == 0..<5)
        let itemStart = 7 + comments.utf8.count + 2
        #expect(found.first?.valueRange.lowerBound == itemStart)
        #expect(found.last?.keyRange == itemStart + 4..<itemStart + 8)  // after "- a\n"
    }

    @Test func aLongUnknownKeyIsReportedWhereItIs() {
        let key = String(repeating: "x", count: 300)
        let text = "name: Acme\n\(key): 1\n"
        let found = diagnostics(text).filter { $0.code == .unknownKey }
        #expect(found.count == 1)
        #expect(found.first?.range == SourceRange(start: 11, end: 311))
    }
}
