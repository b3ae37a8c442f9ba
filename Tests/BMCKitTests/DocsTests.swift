@testable import BMCKit
import Foundation
import Testing

/// docs/format.md documents the schema and the checks: every key, every enum word,
/// every warning and every error code the code knows appears in it, so the guide
/// cannot fall behind the one schema description.
@Suite struct DocsTests {
    static let guide: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/format.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static func schemaWords() -> (keys: Set<String>, words: Set<String>) {
        var keys = Set<String>()
        var words = Set<String>()
        var seen = Set<String>()
        func walk(_ schema: ItemSchema) {
            guard seen.insert(schema.name).inserted else { return }
            for field in schema.fields {
                keys.insert(field.key)
                if case .enumeration(let enumeration) = field.type.elementType { words.formUnion(enumeration.words) }
                if let nested = field.type.nestedSchema { walk(nested) }
            }
        }
        walk(Canvas.itemSchema)
        return (keys, words)
    }

    @Test func everyKeyIsDocumented() {
        let missing = Self.schemaWords().keys.filter { !Self.guide.contains("`\($0)`") }
        #expect(missing.isEmpty, "keys missing from docs/format.md: \(missing.sorted())")
    }

    @Test func everyEnumWordIsDocumented() {
        let missing = Self.schemaWords().words.filter { !Self.guide.contains("`\($0)`") }
        #expect(missing.isEmpty, "enum words missing from docs/format.md: \(missing.sorted())")
    }

    /// The guide's table of codes is the registry's, row for row: its code, its
    /// severity and its summary, in the registry's order.
    @Test func theTableOfCodesIsTheRegistry() throws {
        let start = try #require(Self.guide.range(of: "<!-- codes: made from DiagnosticCode.all; DocsTests checks it -->\n"))
        let end = try #require(Self.guide.range(of: "<!-- end of codes -->"))
        let table = Self.guide[start.upperBound..<end.lowerBound]
        let expected = (["| code | severity | what it means |", "| --- | --- | --- |"]
            + DiagnosticCode.all.map { "| `\($0.name)` | \($0.severity) | \($0.summary) |" })
            .joined(separator: "\n") + "\n"
        #expect(String(table) == expected, "docs/format.md's table of codes should read:\n\(expected)")
    }
}
