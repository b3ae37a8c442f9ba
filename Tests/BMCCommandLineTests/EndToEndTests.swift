import Foundation
import Testing

/// The built `bmc`, run as a process: what a user or a CI job sees.
@Suite struct EndToEndTests {
    @Test func checkOfTheExamplesExitsZero() throws {
        let result = try runProcess(["check", "Canvases"])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(result.error.isEmpty)
    }

    @Test func checkReportsSeveralErrorsInOneRun() throws {
        let canvas = """
            name: Acme
            date: 2026-13-01
            customer-segments:
              - name: Offices
                priority: high
            """
        let result = try runProcess(["check", "-"], standardInput: Data(canvas.utf8))
        #expect(result.status == 1)
        #expect(result.output.contains("<stdin>:2:7: error: '2026-13-01' is not a real calendar date [bad-date]"))
        #expect(result.output.contains("<stdin>:5:15: error: 'priority' takes a whole number, found 'high' [bad-integer]"))
    }

    @Test func treeAgreesWithTheFileOnStandardInput() throws {
        let result = try runProcess(["tree", "-"], standardInput: Data("name: Acme\n".utf8))
        #expect(result.status == 0)
        #expect(result.output == "{\n  \"name\": \"Acme\"\n}\n")
    }

    @Test func noColourWhenNotATerminal() throws {
        let result = try runProcess(["check", "-"], standardInput: Data("name: x\nbad: 1\n".utf8))
        #expect(!result.output.contains("\u{1B}["))
    }

    /// A file of 4 MB or more makes bmc start itself again with huge pages: what it
    /// reports must not change. The error sits on the last line of the file.
    @Test func aLargeFileIsCheckedAsASmallOneIs() throws {
        var canvas = Self.largeCanvas { "  - id: seg-\($0)\n    name: Segment number \($0), described at some length\n    fit: high\n" }
        canvas += "  - name: Last\n    priority: high\n"
        let scratch = try ScratchFolder()
        let path = try scratch.write("large.canvas.yaml", canvas)
        let lastLine = canvas.split(separator: "\n").count
        let result = try runProcess(["check", path])
        #expect(result.status == 1)
        #expect(result.output.contains("large.canvas.yaml:\(lastLine):15: error: 'priority' takes a whole number, found 'high' [bad-integer]"))
        #expect(result.error.isEmpty)
    }

    /// A file of 4 MB or more is read in two halves side by side: `fmt` must give
    /// back a canonical one byte for byte, so not one byte of it was lost or moved.
    @Test func aLargeFileIsReadWhole() throws {
        let canvas = Self.largeCanvas { "  - id: seg-\($0)\n    name: Segment ñ\($0) 🚚 described at some length\n" }
        let scratch = try ScratchFolder()
        let first = try runProcess(["fmt", try scratch.write("first.canvas.yaml", canvas)])
        #expect(first.status == 0)
        let canonical = first.output
        #expect(canonical.utf8.count > 5 << 20 && canonical.hasSuffix("described at some length\n"))
        let again = try runProcess(["fmt", try scratch.write("canonical.canvas.yaml", canonical)])
        #expect(again.status == 0 && again.error.isEmpty)
        #expect(again.output == canonical)
    }

    /// A canvas of 5 MB or more: a name, then customer segments written by `segment`
    /// from their numbers, 1, 2, 3 and on.
    static func largeCanvas(segment: (Int) -> String) -> String {
        var canvas = "name: Large\ncustomer-segments:\n"
        var number = 0
        while canvas.utf8.count < 5 << 20 {
            number += 1
            canvas += segment(number)
        }
        return canvas
    }

    /// Bad input never crashes or hangs the tool: an error with a position, exit 1.
    @Test(arguments: HostileInput.allCases)
    func hostileInputGetsAnErrorWithAPosition(_ input: HostileInput) throws {
        let result = try runProcess(["check", "--format", "json", "-"], standardInput: input.bytes)
        #expect(result.status == 1, "\(input)")
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        let first = try #require(decoded?.first { $0["severity"] as? String == "error" })
        #expect((first["line"] as? Int ?? 0) >= 1)
        #expect((first["column"] as? Int ?? 0) >= 1)
        #expect(result.error.isEmpty)
    }
}

enum HostileInput: String, CaseIterable, CustomTestStringConvertible {
    case invalidUTF8, nulByte, binary, empty, twoMegabyteLine, nestedBrackets, nestedBlockSequences, nestedDashesOnOneLine

    var testDescription: String { rawValue }

    var bytes: Data {
        switch self {
        case .invalidUTF8: return Data("name: caf".utf8 + [0xC3, 0x28] + Array("\n".utf8))
        case .nulByte: return Data("name: a\u{0}b\n".utf8)
        case .binary:
            var generator = SystemRandomNumberGenerator()
            return Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0xFF])
        case .empty: return Data()
        case .twoMegabyteLine: return Data(("name: " + String(repeating: "x", count: 2_000_000) + ": y\n").utf8)
        case .nestedBrackets: return Data(("name: " + String(repeating: "[", count: 100_000) + "\n").utf8)
        case .nestedBlockSequences:
            return Data((0..<3000).map { String(repeating: " ", count: $0) + "-\n" }.joined().utf8)
        case .nestedDashesOnOneLine: return Data((String(repeating: "- ", count: 3000) + "x\n").utf8)
        }
    }
}
