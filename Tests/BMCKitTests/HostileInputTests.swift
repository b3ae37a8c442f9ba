import BMCKit
import Testing

/// Whatever the bytes, `CanvasLoader.load` returns: never a crash, never a hang,
/// and at least one error with a position inside the file.
@Suite("Hostile input", .timeLimit(.minutes(2)))
struct HostileInputTests {
    /// Loads the bytes and checks that the result is a refusal with a usable
    /// position; returns the diagnostics as "line:column code".
    @discardableResult
    func expectRefused(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        let file = source(bytes: bytes)
        let result = CanvasAnalysis(file)
        #expect(result.validCanvas == nil, sourceLocation: sourceLocation)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty, "no error for a hostile input", sourceLocation: sourceLocation)
        let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        for error in errors {
            #expect(error.range.start >= 0 && error.range.start <= bytes.count, sourceLocation: sourceLocation)
            let location = file.location(of: error.range.start)
            #expect(location.line >= 1 && location.line <= lineCount && location.column >= 1,
                    sourceLocation: sourceLocation)
        }
        return locations(result.diagnostics, in: file)
    }

    @Test func invalidUTF8() {
        #expect(expectRefused(Array("name: caf".utf8) + [0xE9] + Array("\n".utf8)) == ["1:10 invalid-utf8"])
    }

    @Test func nulByte() {
        #expect(expectRefused(Array("name: x\n".utf8) + [0x00] + Array("notes: y\n".utf8)) == ["2:1 invalid-character"])
    }

    @Test("random binary bytes", arguments: 1...20)
    func randomBytes(seed: Int) {
        var generator = SeededBytes(seed: UInt64(seed))
        expectRefused(generator.bytes(4096))
    }

    @Test func randomPrintableBytesAfterAValidStart() {
        for seed in 1...20 {
            var generator = SeededBytes(seed: UInt64(seed))
            let noise = generator.bytes(2048).map { 0x20 + $0 % 0x5F }  // printable ASCII, no line ends
            let file = source(bytes: Array(validCanvas.utf8) + noise + [0x0A])
            // Printable noise may happen to be a valid line; it must never crash.
            _ = CanvasAnalysis(file)
        }
    }

    @Test func emptyFile() {
        #expect(expectRefused([]) == ["1:1 not-a-canvas"])
        #expect(expectRefused([0xEF, 0xBB, 0xBF]) == ["1:1 not-a-canvas"])
    }

    @Test func twoMegabyteLineWithoutAKey() {
        expectRefused(Array(repeating: UInt8(ascii: "a"), count: 2_000_000))
    }

    @Test func twoMegabyteUnclosedFlowSequence() {
        let line = "name: x\nauthors: [" + String(repeating: "x, ", count: 700_000)
        #expect(expectRefused(Array(line.utf8)) == ["2:10 multiline-flow-sequence"])
    }

    @Test func twoMegabyteUnclosedQuote() {
        let line = "name: \"" + String(repeating: "x", count: 2_000_000) + "\n"
        #expect(expectRefused(Array(line.utf8)) == ["1:7 multiline-scalar"])
    }

    @Test func hundredThousandNestedBrackets() {
        let text = "name: " + String(repeating: "[", count: 100_000) + "\n"
        #expect(expectRefused(Array(text.utf8)) == ["1:8 nested-flow-sequence"])
    }

    @Test func threeThousandNestedBlockSequencesOnDeeperLines() {
        var text = ""
        for level in 0..<3_000 {
            text += String(repeating: " ", count: level) + "-\n"
        }
        #expect(expectRefused(Array(text.utf8)) == ["33:33 too-deep"])
    }

    @Test func threeThousandNestedBlockSequencesOnOneLine() {
        let text = String(repeating: "- ", count: 3_000) + "x\n"
        #expect(expectRefused(Array(text.utf8)) == ["1:65 too-deep"])
    }

    @Test func threeThousandNestedMappings() {
        var text = ""
        for level in 0..<3_000 {
            text += String(repeating: " ", count: level) + "k:\n"
        }
        // The root's key is unknown, a problem of its own, found as typing goes on.
        #expect(expectRefused(Array(text.utf8)) == ["1:1 unknown-key", "33:33 too-deep"])
    }

    @Test func twoHundredThousandKeysInANestedMapping() {
        var text = "name: x\nnotes:\n"
        for index in 0..<200_000 {
            text += "  k\(index): v\n"
        }
        #expect(expectRefused(Array(text.utf8)) == ["3:3 expected-scalar"])
    }

    @Test func twoHundredThousandDuplicateKeys() {
        let text = "name: x\n" + String(repeating: "notes: y\n", count: 200_000)
        let found = expectRefused(Array(text.utf8))
        #expect(found.count == 199_999)
        #expect(found.first == "3:1 duplicate-key")
    }

    /// 20 000 rather than 200 000: each unknown key costs the decoder about 30 µs
    /// of "did you mean" (release build; ten times that in debug), so 200 000 take
    /// about 6 s in release and a minute in a debug test run.
    @Test func twentyThousandUnknownTopLevelKeys() {
        var text = "name: x\n"
        for index in 0..<20_000 {
            text += "k\(index): v\n"
        }
        let found = expectRefused(Array(text.utf8))
        #expect(found.count == 20_000)
        #expect(found.first == "2:1 unknown-key")
    }

    /// Every way of breaking one line of a valid canvas that a workshop edit could
    /// produce: indenting or dedenting it, deleting it, adding a lone dash before
    /// it, each also with the file cut off just after it.
    @Test func everySingleLineEditOfAValidCanvasIsSafe() {
        let lines = validCanvas.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices where !lines[index].isEmpty {
            let edits: [(String) -> [String]] = [
                { [" " + $0] }, { ["  " + $0] }, { ["   " + $0] }, { [String($0.dropFirst(2))] }, { _ in [] },
                { ["  -", $0] }, { ["-", $0] },
            ]
            for edit in edits {
                let changed = Array(lines[..<index]) + edit(lines[index])
                for text in [(changed + lines[(index + 1)...]).joined(separator: "\n"), changed.joined(separator: "\n")] {
                    let file = source(text)
                    let result = CanvasAnalysis(file)
                    for diagnostic in result.diagnostics {
                        #expect(diagnostic.range.start >= 0 && diagnostic.range.start <= file.bytes.count,
                                 "\(diagnostic.code) outside the file for:\n\(text)")
                    }
                }
            }
        }
    }

    @Test func hugeNumbers() {
        let digits = String(repeating: "9", count: 100_000)
        #expect(problems(withSegmentField("priority: \(digits)")) == ["5:15 out-of-range"])
        let amount = problems(withRevenueField("amount: \(digits)\ncurrency: EUR\nper: month"))
        #expect(amount == ["21:13 bad-decimal"] || amount == ["21:13 out-of-range"])
        #expect(problems(withRelationshipField("response-time: \(digits)h")) == ["16:20 bad-duration"])
    }
}
