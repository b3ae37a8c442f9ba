import BMCKit
import Foundation
import Testing

/// Helpers of the diff tests, kept in a namespace of their own.
enum DiffCheck {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The typed canvas of a text, which must load without errors.
    static func canvas(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Canvas? {
        let source = SourceFile(name: "t.canvas.yaml", text: text)
        let result = CanvasAnalysis(source)
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let renderer = DiagnosticTextRenderer()
            let rendered = errors.map { renderer.render($0, in: source) }.joined()
            Issue.record("the canvas has errors:\n\(rendered)", sourceLocation: sourceLocation)
        }
        return result.canvas
    }

    /// The typed canvas of a file of the repository.
    static func canvas(file path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Canvas? {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        return canvas(text, sourceLocation: sourceLocation)
    }

    static func changes(_ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [CanvasChange] {
        CanvasDiff.changes(from: canvas(old, sourceLocation: sourceLocation), to: canvas(new, sourceLocation: sourceLocation))
    }

    /// A text as its lines, without the newline that ends the last one.
    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var body = Substring(text)
        if body.hasSuffix("\n") { body.removeLast() }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The JSON output, an array of objects written over several lines each, as one
    /// line per object: `{"block": null, "id": null, ...}`. Strings in JSON never
    /// hold a raw line break, so joining the lines of an object is safe.
    static func jsonLines(_ output: String) -> [String] {
        var objects: [String] = []
        var current = ""
        for line in lines(output).dropFirst().dropLast() {
            let trimmed = line.drop { $0 == " " }
            if current.hasSuffix(",") { current += " " }
            current += trimmed
            if line == "  }" || line == "  }," {
                if current.hasSuffix(",") { current.removeLast() }
                objects.append(current)
                current = ""
            }
        }
        return objects
    }

    /// Compares the diff of two canvases with the expected output in the three
    /// formats, line by line. `json` holds one object per line (see `jsonLines`);
    /// the Markdown document is titled "Changes".
    static func expect(_ old: String, _ new: String, text: String, json: String, markdown: String,
                       language: CanvasLanguage = .en, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let changes = changes(old, new, sourceLocation: sourceLocation)
        let renderedText = DiffTextRenderer(language: language).render(changes)
        #expect(lines(renderedText) == lines(text), sourceLocation: sourceLocation)
        let renderedJSON = DiffJSONRenderer.render(changes)
        #expect(jsonLines(renderedJSON) == lines(json), sourceLocation: sourceLocation)
        let renderedMarkdown = DiffMarkdownRenderer(language: language).render(changes, title: "Changes")
        #expect(lines(renderedMarkdown) == lines(markdown), sourceLocation: sourceLocation)
        // Every output ends with exactly one newline.
        for output in [renderedText, renderedJSON, renderedMarkdown] where !output.isEmpty {
            #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"), sourceLocation: sourceLocation)
        }
    }
}
