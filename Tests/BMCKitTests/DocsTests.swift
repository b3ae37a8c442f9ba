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

    @Test func everyDiagnosticCodeIsDocumented() {
        let missing = DiagnosticCode.all.map(\.name).filter { !Self.guide.contains("`\($0)`") }
        #expect(missing.isEmpty, "codes missing from docs/format.md: \(missing.sorted())")
    }
}
