@testable import BMCKit
import Foundation
import Testing

/// The canvas's structure is said once: the nine blocks in `Block`, the reference
/// fields in the schema, the codes in each rule. These tests hold everything else
/// to it.
@Suite struct StructureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every reference field the schema declares, with the schema it is in.
    static func referenceFields() -> [(schema: String, key: String, kinds: [ItemKind])] {
        var found: [(String, String, [ItemKind])] = []
        var seen = Set<String>()
        func collect(_ schema: ItemSchema) {
            guard seen.insert(schema.name).inserted else { return }
            for field in schema.fields {
                if case .list(.reference(let kinds)) = field.type { found.append((schema.name, field.key, kinds)) }
                if let nested = field.type.nestedSchema { collect(nested) }
            }
        }
        collect(Canvas.itemSchema)
        return found
    }

    /// A canvas where every reference field of every kind holds one reference,
    /// to `target` (or to a valid id of the kind it names, when `target` is nil).
    static func canvasUsingEveryReferenceField(target: String?) -> String {
        func refs(_ valid: String) -> String { "[\(target ?? valid)]" }
        return """
            name: Every reference
            customer-segments:
              - id: s
                name: S
                jobs:
                  - id: j
                    text: J
                pains:
                  - id: p
                    text: P
                gains:
                  - id: g
                    text: G
            value-propositions:
              - id: v
                name: V
                segments: \(refs("s"))
                products:
                  - text: T
                    addresses: \(refs("j"))
                pain-relievers:
                  - text: R
                    addresses: \(refs("p"))
                gain-creators:
                  - text: C
                    addresses: \(refs("g"))
            channels:
              - id: c
                name: C
                segments: \(refs("s"))
                value-propositions: \(refs("v"))
            customer-relationships:
              - id: r
                name: R
                type: personal
                segments: \(refs("s"))
                channels: \(refs("c"))
            revenue-streams:
              - id: rs
                name: RS
                segments: \(refs("s"))
                value-propositions: \(refs("v"))
            key-resources:
              - id: kr
                name: KR
                value-propositions: \(refs("v"))
            key-activities:
              - id: ka
                name: KA
                value-propositions: \(refs("v"))
            key-partnerships:
              - id: kp
                name: KP
                provides: \(refs("kr"))
            cost-structure:
              - id: cs
                name: CS
                drivers: \(refs("ka"))

            """
    }

    /// A reference field that one place forgets would silently accept unknown ids or
    /// lose its edge: every field the schema declares is resolved and drawn.
    @Test func everyReferenceFieldIsResolvedAndDrawn() throws {
        let fields = Self.referenceFields()
        // Remedy's `addresses` stands for two fields: pain relievers' and gain creators'.
        let expectedUses = fields.count + 1
        #expect(fields.count == 13)
        let unknown = diagnostics(Self.canvasUsingEveryReferenceField(target: "nowhere"))
        #expect(unknown.filter { $0.code == .unknownReference }.count == expectedUses)
        let analysis = CanvasAnalysis(source(Self.canvasUsingEveryReferenceField(target: nil)))
        #expect(analysis.errors.isEmpty)
        #expect(Set(analysis.uses.map(\.field)) == Set(fields.map(\.key)))
        let canvas = try #require(analysis.validCanvas)
        let map = DOTExporter(language: .en, view: .map).export(canvas)
        // The legend's arrows stand for kinds of reference, not references.
        #expect(map.components(separatedBy: "\n").filter { $0.contains(" -> ") && !$0.contains("#legend") }.count
                    == expectedUses)
    }

    /// Outside `Localization/` (where each language names them), at most three
    /// files name all nine blocks: the model, the declaration and the poster.
    @Test func atMostThreeFilesNameAllNineBlocks() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".swift") && !$0.contains("Localization/") }
        let naming = try files.filter { path in
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            return Block.allCases.allSatisfy { block in
                text.contains("\"\(block.key)\"") || text.contains("case .\(String(describing: block))")
                    || text.contains("    case \(String(describing: block))") || text.contains(".\(String(describing: block)):")
            }
        }
        #expect(naming.count <= 3, "files naming all nine blocks: \(naming.sorted())")
        #expect(naming.contains("BMCKit/Schema/Block.swift") && naming.contains("BMCKit/Model/Canvas.swift"))
    }

    @Test func everyCodeHasOneNameAndWarningsAreTheRulesCodes() {
        let names = DiagnosticCode.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(DiagnosticCode.warnings) == Set(CanvasRules.all.flatMap { $0.codes }))
        #expect(DiagnosticCode.all.allSatisfy { !$0.summary.isEmpty })
    }

    /// References point only to earlier blocks (and to points of segments), which
    /// the diff's rename tracking relies on.
    @Test func referencesPointToEarlierBlocks() {
        for (schema, key, kinds) in Self.referenceFields() {
            guard let owner = Block.allCases.first(where: { $0.itemSchema.name == schema }) else { continue }
            for kind in kinds {
                let target = Block.allCases.first { $0.kind == kind } ?? .customerSegments
                #expect(Block.allCases.firstIndex(of: target)! < Block.allCases.firstIndex(of: owner)!,
                        "\(schema).\(key) names \(kind)")
            }
        }
    }
}
