@testable import BMCCommandLine
import BMCKit
import Testing

/// How bmc chooses the language it speaks about a canvas: `--lang`, the canvas's
/// `language:`, the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), English.
@Suite struct LanguageChoiceTests {
    @Test(arguments: [
        (["LANG": "pt_BR.UTF-8"], CanvasLanguage?.some(.pt)),
        (["LANG": "es_MX.UTF-8"], .es),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "fr_FR.UTF-8"], .en),
        (["LC_ALL": "es_ES.UTF-8", "LANG": "pt_BR.UTF-8"], .es),
        (["LC_MESSAGES": "pt_PT", "LANG": "es_ES"], .pt),
        (["LC_ALL": "", "LANG": "es_ES"], .es),
        ([:], nil),
    ])
    func theLocaleThatDecides(_ environment: [String: String], _ expected: CanvasLanguage?) {
        #expect(LanguageChoice.locale(environment) == expected)
    }

    @Test func theOptionThenTheCanvasThenTheLocale() {
        let portugueseLocale = ["LANG": "pt_BR.UTF-8"]
        #expect(LanguageChoice.language(option: "es", canvas: .en, environment: portugueseLocale) == .es)
        #expect(LanguageChoice.language(option: nil, canvas: .en, environment: portugueseLocale) == .en)
        #expect(LanguageChoice.language(option: nil, canvas: nil, environment: portugueseLocale) == .pt)
        #expect(LanguageChoice.language(option: nil, canvas: nil, environment: [:]) == .en)
    }

    @Test func checkSpeaksTheLocaleOrTheCanvasLanguage() throws {
        let scratch = try ScratchFolder()
        let unnamed = try scratch.write("a.canvas.yaml", "name: A\nmystery: 1\n")
        #expect(runInProcess(["check", unnamed], environment: ["LANG": "pt_BR.UTF-8"]).output.hasSuffix("1 erro em 1 arquivo\n"))
        #expect(runInProcess(["check", "--lang", "es", unnamed], environment: ["LANG": "pt_BR.UTF-8"]).output
            .hasSuffix("1 error en 1 archivo\n"))
        let spanish = try scratch.write("b.canvas.yaml", "name: B\nlanguage: es\nmystery: 1\nother: 2\n")
        #expect(runInProcess(["check", spanish], environment: ["LANG": "pt_BR.UTF-8"]).output
            .hasSuffix("2 errores en 1 archivo\n"))
        #expect(runInProcess(["check", unnamed, spanish], environment: [:]).output.hasSuffix("3 errors in 2 files\n"),
                "files in different languages: the locale's (none here: English)")
    }

    @Test func aRefusedExportSpeaksTheCanvasLanguage() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("t.canvas.yaml", "name: T\nlanguage: pt\ncustomer-segments:\n  - name: A\n    type: nicho\n")
        let result = runInProcess(["export", path, "--format", "json"], environment: [:])
        #expect(result.status == 1)
        #expect(result.error.contains("help: você quis dizer 'niche-market'?"))
        #expect(result.error.hasSuffix(": o quadro tem 1 erro\n"))
    }

    @Test func newWritesTheStarterInTheLocaleLanguage() {
        #expect(runInProcess(["new"], environment: ["LANG": "es_ES.UTF-8"]).output.contains("language: es"))
        #expect(runInProcess(["new"], environment: [:]).output.contains("language: en"))
    }
}
