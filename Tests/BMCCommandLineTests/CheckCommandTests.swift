import Foundation
import Testing

@Suite struct CheckCommandTests {
    let misspelledType = """
        name: Acme
        customer-relationships:
          - name: Help desk
            type: self service
        """

    @Test func printsCompilerStyleDiagnosticsWithCaretAndHelp() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("acme.canvas.yaml", misspelledType)
        let result = runInProcess(["check", path])
        #expect(result.status == 1)
        #expect(result.output.contains("""
            \(path):4:11: error: unknown relationship type 'self service' [bad-enum]
                4 |     type: self service
                  |           ^~~~~~~~~~~~
            help: did you mean 'self-service'?
            """))
        #expect(result.output.hasSuffix("1 error in 1 file\n"))
        #expect(result.error.isEmpty)
    }

    @Test func jsonFormatGivesEveryFieldOfEachDiagnostic() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("acme.canvas.yaml", misspelledType)
        let result = runInProcess(["check", "--format", "json", path])
        #expect(result.status == 1)
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        let error = try #require(decoded?.first { $0["code"] as? String == "bad-enum" })
        #expect(error["file"] as? String == path)
        #expect(error["line"] as? Int == 4)
        #expect(error["column"] as? Int == 11)
        #expect(error["severity"] as? String == "error")
        #expect(error["message"] as? String == "unknown relationship type 'self service'")
        #expect(error["help"] as? String == "did you mean 'self-service'?")
        #expect(decoded?.count == 1)
    }

    @Test func warningsPassUnlessStrict() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("draft.canvas.yaml", "name: First hour of the workshop\n")
        let relaxed = runInProcess(["check", path])
        #expect(relaxed.status == 0)
        #expect(relaxed.output.contains("[empty-block]"))
        #expect(relaxed.output.hasSuffix("9 warnings in 1 file\n"))
        #expect(runInProcess(["check", "--strict", path]).status == 1)
    }

    @Test func aFolderMeansEveryCanvasFileBelowItSorted() throws {
        let scratch = try ScratchFolder()
        try scratch.write("b/second.canvas.yaml", "name: B\nprority: 1\n")
        try scratch.write("a/first.canvas.yaml", "name: A\nprority: 1\n")
        try scratch.write("a/ignored.yaml", "not: a canvas file name\n")
        let result = runInProcess(["check", "--format", "json", scratch.url.path])
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        let files = (decoded ?? []).filter { $0["code"] as? String == "unknown-key" }.compactMap { $0["file"] as? String }
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["first.canvas.yaml", "second.canvas.yaml"])
        #expect(result.status == 1)
    }

    @Test func dashReadsStandardInput() {
        let result = runInProcess(["check", "-"], standardInput: "name: Piped\ndate: 2026-02-30\n")
        #expect(result.status == 1)
        #expect(result.output.contains("<stdin>:2:7: error: '2026-02-30' is not a real calendar date [bad-date]"))
    }

    @Test func unreadableFilesExitWithTwo() {
        let result = runInProcess(["check", "/no/such/file.canvas.yaml"])
        #expect(result.status == 2)
        #expect(result.error == "bmc: error: cannot read '/no/such/file.canvas.yaml': no such file or folder\n")
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("acme.canvas.yaml", misspelledType)
        #expect(!runInProcess(["check", path]).output.contains("\u{1B}["))
        #expect(runInProcess(["check", path], onTerminal: true).output.contains("\u{1B}[1;31merror"))
        #expect(!runInProcess(["check", path], environment: ["NO_COLOR": "1"], onTerminal: true).output.contains("\u{1B}["))
    }

    @Test func everyExampleCanvasChecksCleanEvenWhenStrict() {
        let result = runInProcess(["check", "--strict", repositoryRoot.appendingPathComponent("Canvases").path])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
    }
}

@Suite struct UsageTests {
    @Test func helpListsEveryCommand() {
        let result = runInProcess(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("  check "))
        #expect(result.output.contains("  tree "))
    }

    @Test func everyCommandHasHelp() {
        for command in ["check", "tree"] {
            let result = runInProcess([command, "--help"])
            #expect(result.status == 0)
            #expect(result.output.contains("Usage: bmc \(command)"))
        }
    }

    @Test func versionIsPrinted() {
        let result = runInProcess(["--version"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("bmc "))
    }

    @Test func usageErrorsExitWithTwoAndSuggest() {
        let unknown = runInProcess(["chek", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("unknown command 'chek'; did you mean 'check'?"))
        let badOption = runInProcess(["check", "--format", "xml", "x"])
        #expect(badOption.status == 2)
        #expect(badOption.error.contains("option '--format' takes 'text', 'json', 'markdown', not 'xml'"))
        #expect(runInProcess(["check"]).status == 2)
        #expect(runInProcess([]).status == 2)
    }
}

@Suite struct TreeCommandTests {
    @Test func printsTheUntypedDocumentEveryScalarAString() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("t.canvas.yaml", """
            name: no
            priority: 1
            notes:
            authors: [Ana, "Bo"]
            """)
        let result = runInProcess(["tree", path])
        #expect(result.status == 0)
        #expect(result.output == """
            {
              "name": "no",
              "priority": "1",
              "notes": "",
              "authors": [
                "Ana",
                "Bo"
              ]
            }

            """)
    }

    @Test func syntaxErrorsGoToStandardErrorWithExitOne() {
        let result = runInProcess(["tree", "-"], standardInput: "name: &anchor Acme\n")
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("<stdin>:1:7: error: anchors ('&name') are not supported [anchor]"))
    }
}

/// A file name is text from outside too: one with a line break or an escape
/// sequence must not forge a line of output or act on the terminal.
@Suite struct FileNameOutputTests {
    @Test func controlCharactersInFileNamesAreEscapedEverywhereTheNameIsPrinted() throws {
        let scratch = try ScratchFolder()
        let forged = "bad\nx.canvas.yaml:1:1: error: forged\u{1B}[2J"
        let path = try scratch.write("folder/" + forged + ".canvas.yaml", "name:   A\n")
        let shown = scratch.url.path + "/folder/bad\\u{A}x.canvas.yaml:1:1: error: forged\\u{1B}[2J.canvas.yaml"
        let listed = runInProcess(["fmt", "--check", scratch.url.path + "/folder"])
        #expect(listed.output == shown + "\n")
        let checked = runInProcess(["check", path + "x"])
        #expect(checked.error == "bmc: error: cannot read '\(shown)x': no such file or folder\n")
        try scratch.write("folder/" + forged + ".canvas.yaml", "name: A\nnope: 1\n")
        let diagnosed = runInProcess(["check", path])
        #expect(diagnosed.output.hasPrefix(shown + ":2:1: error: unknown key 'nope' in canvas [unknown-key]\n"))
        for result in [listed, checked, diagnosed] {
            #expect(!(result.output + result.error).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
    }
}

/// `check --ignore NAME` and the canvas's `ignore-warnings`: silenced, and counted.
@Suite struct CheckIgnoreTests {
    @Test func silencedWarningsAreCountedInTheSummary() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("draft.canvas.yaml", "name: Primer taller\nignore-warnings: [empty-block]\n")
        let result = runInProcess(["check", "--strict", path])
        #expect(result.status == 0)
        #expect(result.output == "9 warnings silenced in 1 file\n")
    }

    @Test func ignoreIsRepeatableAndAddsToTheCanvas() throws {
        let scratch = try ScratchFolder()
        let canvas = """
            name: Acme
            customer-segments:
              - name: Shops
            value-propositions:
              - name: Stock
                segments: [shops]

            """
        let path = try scratch.write("acme.canvas.yaml", canvas)
        let all = runInProcess(["check", path])
        #expect(all.output.contains("[no-relationship]") && all.output.contains("[unreached-segment]"))
        let result = runInProcess(["check", "--ignore", "empty-block", "--ignore=no-relationship", path])
        #expect(!result.output.contains("[empty-block]") && !result.output.contains("[no-relationship]"))
        #expect(result.output.contains("[unreached-segment]"))
        #expect(result.output.hasSuffix("1 warning in 1 file, 8 warnings silenced\n"))
    }

    @Test func aMisspeltNameIsAUsageErrorWithASuggestion() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("draft.canvas.yaml", "name: Draft\n")
        let result = runInProcess(["check", "--ignore", "no-revenu", path])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("bmc check: error: '--ignore no-revenu': no warning has this name; did you mean 'no-revenue'?\n"))
        #expect(result.output.isEmpty)
    }

    @Test func anErrorCannotBeIgnored() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("draft.canvas.yaml", "name: Draft\n")
        let result = runInProcess(["check", "--ignore", "bad-enum", path])
        #expect(result.status == 2)
        #expect(result.error.contains("'bad-enum' is an error, and only warnings can be silenced"))
    }
}

/// `check --format markdown`: the open questions of each file, in its language.
@Suite struct CheckOpenQuestionsTests {
    @Test func markdownFollowsTheCanvasLanguageUnlessLangSaysOtherwise() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("taller.canvas.yaml", "name: Primer taller\nlanguage: pt\n")
        let result = runInProcess(["check", "--format", "markdown", path])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("## Questões em aberto: Primer taller\n\n### Segmentos de clientes\n\n- [ ] "))
        #expect(runInProcess(["check", "--format", "markdown", "--lang", "es", path]).output
            .hasPrefix("## Preguntas abiertas: Primer taller\n"))
        #expect(runInProcess(["check", "--format", "markdown", "--strict", path]).status == 1)
    }
}
