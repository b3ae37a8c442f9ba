import Foundation
import Testing

/// A Spanish and a Portuguese canvas with the mistakes a workshop makes (a decimal
/// comma, an id with accents, the workshop's own words for keys and enum words, a
/// date written the local way...), checked in their own language. The outputs are
/// golden files, read line by line; `BMC_RECORD_GOLDEN=1` rewrites them.
@Suite struct LanguageFixtureTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/languages")

    /// English words that must not appear in a Spanish or Portuguese report
    /// outside quotes: the sentence words of the English catalogue.
    static let englishWords = ["the", "found", "expected", "write", "remove", "missing", "unknown", "is", "not", "did",
                               "you", "mean", "takes", "must", "error", "errors", "file", "files", "in", "and", "of"]

    @Test(arguments: ["ferreteria.es", "padaria.pt"])
    func checkSpeaksTheCanvasLanguage(_ name: String) throws {
        let path = "Tests/Fixtures/languages/\(name).canvas.yaml"
        let result = runInProcess(["check", path], environment: [:])
        #expect(result.status == 1)
        let golden = Self.folder.appendingPathComponent("\(name).check.txt")
        if ProcessInfo.processInfo.environment["BMC_RECORD_GOLDEN"] != nil {
            try result.output.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.output == (try String(contentsOf: golden, encoding: .utf8)))
        // The messages and helps, without the quoted canvas text, the excerpts and the
        // severity words and codes that stay English.
        let sentences = result.output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { line -> String in
            var text = String(line)
            if let severity = text.range(of: ": error: ") ?? text.range(of: ": note: ") { text = String(text[severity.upperBound...]) }
            if text.hasPrefix("help: ") { text = String(text.dropFirst(6)) }
            return text.replacingOccurrences(of: #"'[^']*'|\[[a-z-]+\]"#, with: "", options: .regularExpression)
        }
        for sentence in sentences {
            let words = sentence.lowercased().split { !$0.isLetter }.map(String.init)
            #expect(Set(words).isDisjoint(with: Self.englishWords), "English in: \(sentence)")
        }
    }

    @Test func theLocaleChoosesPortugueseForACanvasWithoutLanguage() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("padaria.pt.canvas.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "language: pt\n", with: "")
        let result = runInProcess(["check", "-"], standardInput: text, environment: ["LANG": "pt_BR.UTF-8"])
        #expect(result.output.contains("help: você quis dizer 'niche-market'?"))
        #expect(result.output.hasSuffix("14 erros em 1 arquivo\n"))
    }
}
