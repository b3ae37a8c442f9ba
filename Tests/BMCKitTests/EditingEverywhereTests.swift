@testable import BMCKit
import Foundation
import Testing

/// The editing queries at every kind of place of every canvas the tests have:
/// valid, broken and hostile. An editor asks at any offset, in any text, while it
/// is typed; each answer must come back, with ranges inside the text.
@Suite struct EditingEverywhereTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)!
        return enumerator.compactMap { $0 as? String }
            .filter { ($0.hasPrefix("Tests/Fixtures/") || $0.hasPrefix("Canvases/")) && $0.hasSuffix(".yaml") }
            .sorted()
    }

    @Test(arguments: files)
    func everyQueryAnswersInsideTheText(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent(path)))
        // The text as it is, and cut in the middle, as a half-typed file is.
        for text in [bytes, Array(bytes.prefix(bytes.count / 2))] {
            let analysis = CanvasAnalysis(SourceFile(name: path, bytes: text))
            let length = text.count
            func inside(_ range: SourceRange) -> Bool { 0 <= range.start && range.start <= range.end && range.end <= length }
            // About 400 places per file, every byte for small ones.
            for offset in stride(from: 0, through: length, by: max(1, length / 400)) {
                for completion in analysis.completions(at: offset) {
                    #expect(inside(completion.range) && completion.range.end == offset, "\(path) at \(offset)")
                }
                if let hover = analysis.hover(at: offset) { #expect(inside(hover.range)) }
                if let target = analysis.renameTarget(at: offset) {
                    #expect(inside(target.range))
                    let edits = (try? analysis.renameEdits(at: offset, to: "renamed-id")) ?? []
                    #expect(edits.allSatisfy { inside($0.range) })
                }
            }
            func check(_ symbols: [OutlineSymbol]) {
                for symbol in symbols {
                    #expect(inside(symbol.range) && symbol.range.contains(symbol.selectionRange), "\(path): \(symbol.name)")
                    check(symbol.children)
                }
            }
            check(analysis.outline())
        }
    }
}
