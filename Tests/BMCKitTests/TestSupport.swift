// Helpers shared by the BMCKit tests. `@testable` only so that `commentTexts` can
// reach the comment trivia of mapping entries and sequence items.
@testable import BMCKit
import Foundation
import Testing

// MARK: - Sources

/// A source named like a canvas file, from text.
func source(_ text: String) -> SourceFile {
    SourceFile(name: "t.canvas.yaml", text: text)
}

/// A source named like a canvas file, from raw bytes (for invalid UTF-8 and the like).
func source(bytes: [UInt8]) -> SourceFile {
    SourceFile(name: "t.canvas.yaml", bytes: bytes)
}

// MARK: - Diagnostics as short strings

/// Each diagnostic as "line:column code", e.g. "3:7 bad-date", in the order given.
func locations(_ diagnostics: [Diagnostic], in source: SourceFile) -> [String] {
    diagnostics.map { "\(source.location(of: $0.range.start)) \($0.code.name)" }
}

/// What the reader alone reports for a text, as "line:column code".
func readingProblems(_ text: String) -> [String] {
    let file = source(text)
    return locations(Reader.read(file).diagnostics, in: file)
}

/// What the reader alone reports for raw bytes, as "line:column code".
func readingProblems(bytes: [UInt8]) -> [String] {
    let file = source(bytes: bytes)
    return locations(Reader.read(file).diagnostics, in: file)
}

/// The diagnostics of the whole pipeline for a file. Every test that reads them
/// also checks that `bmc check`'s leaner pass, which keeps no free text, finds
/// exactly the same.
func pipelineDiagnostics(_ file: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    let found = CanvasAnalysis(file).diagnostics
    #expect(CanvasAnalysis.diagnostics(of: file) == found, "check's pass disagrees with the analysis",
            sourceLocation: sourceLocation)
    return found
}

/// What the whole pipeline (read, decode, check) reports, as "line:column code".
func problems(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
    let file = source(text)
    return locations(pipelineDiagnostics(file, sourceLocation: sourceLocation), in: file)
}

/// The diagnostics of the whole pipeline for a text.
func diagnostics(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
    pipelineDiagnostics(source(text), sourceLocation: sourceLocation)
}

/// The only diagnostic of the whole pipeline, or `nil` (recording an issue) when
/// there is not exactly one.
func onlyDiagnostic(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let found = diagnostics(text)
    guard found.count == 1 else {
        Issue.record("expected exactly one diagnostic, got \(locations(found, in: source(text)))",
                     sourceLocation: sourceLocation)
        return nil
    }
    return found[0]
}

/// Every diagnostic of the whole pipeline rendered as `bmc check` prints it, without colour.
func rendered(_ text: String) -> String {
    let file = source(text)
    let renderer = DiagnosticTextRenderer(usesColor: false)
    return pipelineDiagnostics(file).map { renderer.render($0, in: file) }.joined()
}

/// What the reader alone reports for a text, rendered as `bmc check` prints it.
func renderedReading(_ text: String) -> String {
    let file = source(text)
    return DiagnosticTextRenderer(usesColor: false).render(Reader.read(file).diagnostics, in: file)
}

/// The typed canvas of a text, or `nil` (recording an issue listing the problems)
/// when loading reports anything at all.
func cleanCanvas(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Canvas? {
    let file = source(text)
    let analysis = CanvasAnalysis(file)
    if !analysis.diagnostics.isEmpty {
        Issue.record("expected no diagnostics, got \(locations(analysis.diagnostics, in: file))",
                     sourceLocation: sourceLocation)
    }
    return analysis.validCanvas
}

// MARK: - The untyped tree

/// The untyped document of a text as `json.dumps(value, ensure_ascii=False)` prints
/// it in Python, so that expectations can be pasted from
/// `python3 -c "import yaml, json, sys; print(json.dumps(yaml.load(open(sys.argv[1]),
/// Loader=yaml.BaseLoader), ensure_ascii=False))" FILE`.
/// When the reader reports anything, the result is "problems: " and the list instead.
func tree(_ text: String) -> String {
    tree(source(text))
}

func tree(bytes: [UInt8]) -> String {
    tree(source(bytes: bytes))
}

private func tree(_ file: SourceFile) -> String {
    let (document, diagnostics) = Reader.read(file)
    guard diagnostics.isEmpty else {
        return "problems: " + locations(diagnostics, in: file).joined(separator: ", ")
    }
    return pythonJSON(document.untypedJSON)
}

/// A JSON value written as Python's `json.dumps(..., ensure_ascii=False)` writes it:
/// `{"a": "1", "b": ["x", "y"]}`.
func pythonJSON(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let text): return text
    case .string(let text): return pythonString(text)
    case .array(let elements): return "[" + elements.map(pythonJSON).joined(separator: ", ") + "]"
    case .object(let members):
        return "{" + members.map { pythonString($0.key) + ": " + pythonJSON($0.value) }.joined(separator: ", ") + "}"
    }
}

private func pythonString(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{08}": output += "\\b"
        case "\u{0C}": output += "\\f"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: output.unicodeScalars.append(scalar)
        }
    }
    return output + "\""
}

// MARK: - Comments

/// Where every comment of a document is attached, in tree order, as
/// "<place>: <comment text>". Places:
/// - `before K` / `after K`: a leading (full-line) or trailing comment of the
///   entry or item at path K (`customer-segments[0].id`);
/// - `line of K`: the comment on the line of a value written below its key;
/// - `end of K`: a comment that closes the block at K (`top level` for the root);
/// - `start of document` / `end of document`: comments that belong to no node.
/// With `blankLines`, also "blank line before K".
///
/// This is the only function of the tests that walks the document tree, so that
/// a change of the tree's representation is adapted here alone.
func commentTexts(_ document: Document, blankLines: Bool = false) -> [String] {
    var found: [String] = []
    func note(_ place: String, _ comment: BMCKit.Comment?) {
        if let comment { found.append("\(place): \(comment.text)") }
    }
    func walk(_ node: Node, _ path: String) {
        note("line of \(path)", node.lineComment)
        switch node.kind {
        case .scalar:
            break
        case .mapping(let entries):
            for entry in entries {
                let place = path.isEmpty ? entry.key : "\(path).\(entry.key)"
                if blankLines && entry.hasBlankLineBefore { found.append("blank line before \(place)") }
                entry.leadingComments.forEach { note("before \(place)", $0) }
                note("after \(place)", entry.trailingComment)
                walk(entry.value, place)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                let place = "\(path)[\(index)]"
                if blankLines && item.hasBlankLineBefore { found.append("blank line before \(place)") }
                item.leadingComments.forEach { note("before \(place)", $0) }
                note("after \(place)", item.trailingComment)
                walk(item.value, place)
            }
        }
        node.endComments.forEach { note("end of \(path.isEmpty ? "top level" : path)", $0) }
    }
    document.leadingComments.forEach { note("start of document", $0) }
    if let root = document.root { walk(root, "") }
    document.trailingComments.forEach { note("end of document", $0) }
    return found
}

/// `commentTexts` of a text, which must read without problems.
func comments(_ text: String, blankLines: Bool = false,
              sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
    let file = source(text)
    let (document, diagnostics) = Reader.read(file)
    if !diagnostics.isEmpty {
        Issue.record("unexpected problems: \(locations(diagnostics, in: file))", sourceLocation: sourceLocation)
    }
    return commentTexts(document, blankLines: blankLines)
}

// MARK: - Canvases built from a valid base

/// A complete canvas with one item in each of the nine blocks that loads without a
/// single diagnostic. Tests change one thing in it with `edited` or the `with...`
/// helpers below. Its lines: 1 `name`; 2-4 segment `shops`; 5-8 value proposition
/// `stock`; 9-12 channel `web`; 13-17 relationship `help` (`type: personal` on 16);
/// 18-21 revenue stream `fees`; 22-24 resource `platform`; 25-27 activity `dev`;
/// 28-31 partnership `cloud` (`provides: [platform]` on 31); 32-34 cost `salaries`.
let validCanvas = """
    name: Test canvas
    customer-segments:
      - id: shops
        name: Shops
    value-propositions:
      - id: stock
        name: Stock control
        segments: [shops]
    channels:
      - id: web
        name: Website
        segments: [shops]
    customer-relationships:
      - id: help
        name: Help desk
        type: personal
        segments: [shops]
    revenue-streams:
      - id: fees
        name: Fees
        segments: [shops]
    key-resources:
      - id: platform
        name: Platform
    key-activities:
      - id: dev
        name: Development
    key-partnerships:
      - id: cloud
        name: Cloud provider
        provides: [platform]
    cost-structure:
      - id: salaries
        name: Salaries

    """

/// `validCanvas` with a second segment `homes` (lines 5-6) that every value
/// proposition, channel, relationship and revenue stream also names:
/// `segments: [shops, homes]` on lines 10, 14, 19 and 23.
let twoSegmentCanvas = validCanvas
    .replacingOccurrences(of: "    name: Shops\n", with: "    name: Shops\n  - id: homes\n    name: Homes\n")
    .replacingOccurrences(of: "segments: [shops]", with: "segments: [shops, homes]")

/// The text with each `(old, new)` replacement applied; every `old` must occur
/// exactly once in the text at that point, or the test records an issue.
func edited(_ text: String, _ replacements: (String, String)...,
            sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    var result = text
    for (old, new) in replacements {
        let count = result.components(separatedBy: old).count - 1
        if count != 1 {
            Issue.record("'\(old)' occurs \(count) times in the canvas, expected once", sourceLocation: sourceLocation)
        }
        result = result.replacingOccurrences(of: old, with: new)
    }
    return result
}

/// `validCanvas` with `lines` inserted after the line that is exactly `line`, each
/// inserted line indented by `indent` spaces.
func validCanvas(adding lines: String, after line: String, indent: Int,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    let pad = String(repeating: " ", count: indent)
    let inserted = lines.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 + "\n" }.joined()
    return edited(validCanvas, (line + "\n", line + "\n" + inserted), sourceLocation: sourceLocation)
}

/// `validCanvas` with top-level fields inserted as line 2 (and on).
func withCanvasField(_ lines: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    validCanvas(adding: lines, after: "name: Test canvas", indent: 0, sourceLocation: sourceLocation)
}

/// `validCanvas` with fields of the segment `shops` inserted as line 5 (and on),
/// at column 5.
func withSegmentField(_ lines: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    validCanvas(adding: lines, after: "    name: Shops", indent: 4, sourceLocation: sourceLocation)
}

/// `validCanvas` with fields of the value proposition `stock` inserted as line 8
/// (and on), at column 5.
func withPropositionField(_ lines: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    validCanvas(adding: lines, after: "    name: Stock control", indent: 4, sourceLocation: sourceLocation)
}

/// `validCanvas` with fields of the relationship `help` inserted as line 16 (and
/// on), at column 5.
func withRelationshipField(_ lines: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    validCanvas(adding: lines, after: "    name: Help desk", indent: 4, sourceLocation: sourceLocation)
}

/// `validCanvas` with fields of the revenue stream `fees` inserted as line 21
/// (and on), at column 5.
func withRevenueField(_ lines: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    validCanvas(adding: lines, after: "    name: Fees", indent: 4, sourceLocation: sourceLocation)
}

/// `validCanvas` with fields of the cost `salaries` inserted as line 35 (and on),
/// at column 5.
func withCostField(_ lines: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
    validCanvas(adding: lines, after: "    name: Salaries", indent: 4, sourceLocation: sourceLocation)
}

// MARK: - Files of the repository

/// The repository's root folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // BMCKitTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

/// A deterministic generator of bytes, so "random" inputs are the same on every run.
struct SeededBytes {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next() -> UInt8 {
        // xorshift64*
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return UInt8(truncatingIfNeeded: (state &* 0x2545_F491_4F6C_DD1D) >> 56)
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in next() }
    }
}
