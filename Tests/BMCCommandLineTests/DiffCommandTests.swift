import Foundation
import Testing

/// `bmc diff`: exit statuses, formats, trouble, git's external-diff form, and real
/// `git diff` runs with the driver and with the textconv set-up.
@Suite struct DiffCommandTests {
    static let before = repositoryRoot.appendingPathComponent("Tests/Fixtures/diff/cafe-aurora.before.canvas.yaml").path
    static let after = repositoryRoot.appendingPathComponent("Tests/Fixtures/diff/cafe-aurora.after.canvas.yaml").path
    static let cafe = repositoryRoot.appendingPathComponent("Canvases/cafe-aurora.canvas.yaml").path
    static let reformatted = repositoryRoot.appendingPathComponent("Tests/Fixtures/diff/cafe-aurora.reformatted.canvas.yaml").path

    /// What changed between the two fixtures, as the text format prints it.
    static let workshopChanges = """
        ~ version: "1.10" → "1.11"
        ~ date: 2026-03-14 → 2026-04-02
        + Customer Segments › students: "Students"
        ~ Customer Segments › remote-workers: size 1200 → 1500
        ~ Customer Segments › remote-workers: needs +"fast wifi"
        ~ Customer Segments › remote-workers › personas[laura-freelance-designer]: quote "I pay for the table, not just the coffee." → "I pay for the table and the quiet."
        ~ Value Propositions › work-friendly-cafe: segments +students
        + Channels › instagram: "Instagram"
        ~ Channels › counter: renamed from cafe-counter
        ~ Customer Relationships › regulars-group-chat: type community → co-creation
        + Revenue Streams › monthly-pass: "Monthly pass"
        ~ Revenue Streams › day-passes: amount 12.5 → 14
        + warning: persona 'laura-freelance-designer' prefers self-service, community, but segment 'remote-workers' is offered none of them [unmet-preference]
        + warning: segment 'students' has no customer relationship [no-relationship]

        """

    // MARK: Two files

    @Test func differentCanvasesExitOne() {
        let result = runInProcess(["diff", Self.before, Self.after])
        #expect(result.status == 1)
        #expect(result.output == Self.workshopChanges)
        #expect(result.error.isEmpty)
    }

    @Test func canvasesThatMeanTheSameExitZeroAndPrintNothing() {
        for format in ["text", "markdown"] {
            let result = runInProcess(["diff", "--format", format, Self.cafe, Self.reformatted])
            #expect(result.status == 0)
            #expect(result.output.isEmpty)
        }
        let json = runInProcess(["diff", "-f", "json", Self.cafe, Self.reformatted])
        #expect(json.status == 0)
        #expect(json.output == "[]\n")
    }

    /// `diff` of a file and its `fmt` form prints nothing, for every example canvas
    /// and the hand-reformatted fixture, with the real `bmc fmt`.
    @Test func aFileAndItsFormattedFormMeanTheSame() throws {
        let scratch = try ScratchFolder()
        let folder = repositoryRoot.appendingPathComponent("Canvases")
        let examples = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".canvas.yaml") }.sorted().map { folder.appendingPathComponent($0).path }
        for path in examples + [Self.reformatted, Self.after] {
            let formatted = runInProcess(["fmt", path])
            #expect(formatted.status == 0, "\(path): \(formatted.error)")
            let copy = try scratch.write(URL(fileURLWithPath: path).lastPathComponent, formatted.output)
            let result = runInProcess(["diff", path, copy])
            #expect(result.status == 0, "\(path)")
            #expect(result.output.isEmpty, "\(path)")
        }
    }

    @Test func markdownSummaryForAPullRequest() {
        let result = runInProcess(["diff", "--format", "markdown", Self.before, Self.after])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).prefix(7)
        #expect(Array(lines) == [
            "## Changes to Café Aurora",
            "",
            "| Block | Added | Removed | Renamed | Moved | Changed |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
            "| About this canvas | 0 | 0 | 0 | 0 | 2 |",
            "| Customer Segments | 1 | 0 | 0 | 0 | 1 |",
            "| Value Propositions | 0 | 0 | 0 | 0 | 1 |",
        ])
    }

    @Test func jsonIsAnArrayOfChanges() throws {
        let result = runInProcess(["diff", "--format=json", Self.before, Self.after])
        #expect(result.status == 1)
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(changes.count == 14)
        #expect(changes[12]["change"] as? String == "warning-introduced")
        #expect(changes[12]["code"] as? String == "unmet-preference")
        #expect(changes[13]["line"] as? Int == 35)
        #expect(changes[0]["block"] is NSNull)
        #expect(changes[3]["field"] as? String == "size")
        #expect(changes[3]["old"] as? Int == 1200)
        #expect(changes[8]["change"] as? String == "renamed")
        #expect(changes[8]["old"] as? String == "cafe-counter")
    }

    /// Block names in the new canvas's language, unless `--lang` says otherwise.
    @Test func blockNamesInTheCanvasLanguage() throws {
        let scratch = try ScratchFolder()
        let padaria = repositoryRoot.appendingPathComponent("Canvases/padaria-pao-de-mel.canvas.yaml")
        let text = try String(contentsOf: padaria, encoding: .utf8)
        let old = try scratch.write("old.canvas.yaml", text)
        let new = try scratch.write("new.canvas.yaml", text.replacingOccurrences(of: "customer-segments:\n",
                                                                                with: "customer-segments:\n  - name: Turistas\n"))
        #expect(runInProcess(["diff", old, new]).output == """
            + Segmentos de clientes › turistas: "Turistas"
            + warning: nenhuma proposta de valor se destina ao segmento 'turistas' [unserved-segment]
            + warning: nenhum canal chega ao segmento 'turistas' [unreached-segment]
            + warning: o segmento 'turistas' não tem nenhum relacionamento com clientes [no-relationship]

            """)
        #expect(runInProcess(["diff", "--lang", "en", old, new]).output == """
            + Customer Segments › turistas: "Turistas"
            + warning: no value proposition is for segment 'turistas' [unserved-segment]
            + warning: no channel reaches segment 'turistas' [unreached-segment]
            + warning: segment 'turistas' has no customer relationship [no-relationship]

            """)
    }

    @Test func standardInputForOneSide() throws {
        let text = try String(contentsOfFile: Self.after, encoding: .utf8)
        let result = runInProcess(["diff", Self.before, "-"], standardInput: text)
        #expect(result.status == 1)
        #expect(result.output == Self.workshopChanges)
    }

    @Test func devNullStandsForNoCanvas() {
        let added = runInProcess(["diff", "/dev/null", Self.cafe])
        #expect(added.status == 1)
        #expect(added.output.hasPrefix("~ name: (none) → \"Café Aurora\"\n"))
        #expect(added.output.contains("\n+ Customer Segments › remote-workers: \"Remote workers\"\n"))
        let removed = runInProcess(["diff", Self.cafe, "/dev/null"])
        #expect(removed.output.hasSuffix("\n- Cost Structure › rent: \"Rent\"\n"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        let coloured = runInProcess(["diff", Self.before, Self.after], onTerminal: true)
        #expect(coloured.output.hasPrefix("\u{1B}[33m~ version: \"1.10\" → \"1.11\"\u{1B}[0m\n"))
        #expect(coloured.output.contains("\u{1B}[32m+ Channels › instagram: \"Instagram\"\u{1B}[0m\n"))
        let plain = runInProcess(["diff", Self.before, Self.after], environment: ["NO_COLOR": "1"], onTerminal: true)
        #expect(plain.output == Self.workshopChanges)
    }

    // MARK: Trouble

    @Test func aCanvasWithErrorsIsTrouble() throws {
        let scratch = try ScratchFolder()
        let broken = try scratch.write("broken.canvas.yaml", "name: Broken\ndate: 2026-02-30\n")
        let result = runInProcess(["diff", Self.before, broken])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("\(broken):2:7: error: '2026-02-30' is not a real calendar date [bad-date]"))
        #expect(result.error.hasSuffix("\(broken): the canvas has 1 error\n"))
        // Both sides are checked, so every problem shows in one run.
        let both = runInProcess(["diff", broken, broken])
        #expect(both.status == 2)
        #expect(both.error.components(separatedBy: "[bad-date]").count == 3)
    }

    @Test func unreadableFilesAreTrouble() {
        let result = runInProcess(["diff", Self.before, "/no/such.canvas.yaml"])
        #expect(result.status == 2)
        #expect(result.error == "bmc: error: cannot read '/no/such.canvas.yaml': no such file\n")
    }

    @Test(arguments: [
        ([], "missing arguments: OLD NEW"),
        (["a.canvas.yaml"], "missing argument NEW"),
        (["a", "b", "c"], "takes OLD NEW (or the 7 or 9 arguments git passes a diff driver), not 3 arguments"),
        (["--format", "yaml", "a", "b"], "option '--format' takes 'text', 'markdown', 'json', 'dot', not 'yaml'"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) {
        let result = runInProcess(["diff"] + arguments)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("bmc diff: error: \(message)\nUsage: bmc diff [options] OLD NEW\n"))
    }

    @Test func helpAndCommandList() {
        #expect(runInProcess(["--help"]).output.contains("\n  diff "))
        let help = runInProcess(["diff", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("git config diff.bmc.command 'bmc diff'"))
    }

    // MARK: git's external-diff form

    @Test func gitDriverArgumentsPrintAHeaderAndExitZero() {
        let result = runInProcess(["diff", "Canvases/cafe.canvas.yaml", Self.before, "1111111", "100644",
                                   Self.after, "2222222", "100644"])
        #expect(result.status == 0)
        #expect(result.output == "diff --bmc a/Canvases/cafe.canvas.yaml b/Canvases/cafe.canvas.yaml\n" + Self.workshopChanges)
    }

    @Test func gitDriverForARenameNamesBothPaths() {
        let result = runInProcess(["diff", "old/cafe.canvas.yaml", Self.before, "1111111", "100644",
                                   Self.after, "2222222", "100644", "new/cafe.canvas.yaml",
                                   "similarity index 90%\nrename from old/cafe.canvas.yaml\nrename to new/cafe.canvas.yaml\n"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("diff --bmc a/old/cafe.canvas.yaml b/new/cafe.canvas.yaml\n~ version:"))
    }

    @Test func gitDriverForAddedAndDeletedFiles() {
        let added = runInProcess(["diff", "cafe.canvas.yaml", "/dev/null", ".", ".", Self.cafe, "2222222", "100644"])
        #expect(added.status == 0)
        #expect(added.output.hasPrefix("diff --bmc a/cafe.canvas.yaml b/cafe.canvas.yaml\n~ name: (none) → \"Café Aurora\"\n"))
        #expect(added.output.hasSuffix("\n+ Cost Structure › rent: \"Rent\"\n"))
        let deleted = runInProcess(["diff", "cafe.canvas.yaml", Self.cafe, "1111111", "100644", "/dev/null", ".", "."])
        #expect(deleted.status == 0)
        #expect(deleted.output.hasSuffix("\n- Cost Structure › rent: \"Rent\"\n"))
    }

    @Test func gitDriverSaysWhenOnlyTheLayoutChanged() {
        let result = runInProcess(["diff", "cafe.canvas.yaml", Self.cafe, "1111111", "100644",
                                   Self.reformatted, "2222222", "100644"])
        #expect(result.status == 0)
        #expect(result.output == "diff --bmc a/cafe.canvas.yaml b/cafe.canvas.yaml\nno change in meaning (layout or comments only)\n")
    }

    /// git stops at a driver that fails, so a broken canvas in the history is
    /// reported under the path's name and the driver still exits 0.
    @Test func gitDriverReportsABrokenCanvasAndGoesOn() throws {
        let scratch = try ScratchFolder()
        let broken = try scratch.write("tmp_cafe.canvas.yaml", "name: Broken\ndate: 2026-02-30\n")
        let result = runInProcess(["diff", "cafe.canvas.yaml", Self.cafe, "1111111", "100644", broken, "2222222", "100644"])
        #expect(result.status == 0)
        #expect(result.output == "diff --bmc a/cafe.canvas.yaml b/cafe.canvas.yaml\nnot compared: a canvas has errors (see 'bmc check')\n")
        #expect(result.error.hasPrefix("b/cafe.canvas.yaml:2:7: error: '2026-02-30' is not a real calendar date [bad-date]\n"))
    }

    @Test func gitDriverForAnUnmergedPath() {
        let result = runInProcess(["diff", "cafe.canvas.yaml"], environment: ["GIT_DIFF_PATH_TOTAL": "1"])
        #expect(result.status == 0)
        #expect(result.output == "* Unmerged path cafe.canvas.yaml\n")
    }

    @Test func gitDriverColoursUnderGitsPager() {
        let result = runInProcess(["diff", "cafe.canvas.yaml", Self.before, "1111111", "100644", Self.after, "2222222", "100644"],
                                  environment: ["GIT_PAGER_IN_USE": "true"])
        #expect(result.output.hasPrefix("\u{1B}[1mdiff --bmc a/cafe.canvas.yaml b/cafe.canvas.yaml\u{1B}[0m\n\u{1B}[33m~ version:"))
    }

    // MARK: Real git

    static let gitIsAvailable = (try? git(["--version"], in: FileManager.default.temporaryDirectory).status) == 0

    /// Runs git in `folder`, with no user or system configuration and no pager.
    static func git(_ arguments: [String], in folder: URL) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--no-pager"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for name in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_EXTERNAL_DIFF", "GIT_PAGER_IN_USE", "NO_COLOR"] {
            environment[name] = nil
        }
        environment["HOME"] = folder.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var errorData = Data()
        let errorReader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorReader.isFinished { Thread.sleep(forTimeInterval: 0.001) }
        return RunResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                         error: String(decoding: errorData, as: UTF8.self))
    }

    /// A scratch repository holding the `before` fixture as `cafe.canvas.yaml`,
    /// committed, with `.gitattributes` routing canvases to the `bmc` driver.
    static func scratchRepository() throws -> (ScratchFolder, (String...) throws -> RunResult) {
        let scratch = try ScratchFolder()
        let run = { (arguments: String...) throws -> RunResult in
            let result = try git(arguments, in: scratch.url)
            #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.error)")
            return result
        }
        _ = try run("init", "-q")
        _ = try run("config", "user.name", "Workshop")
        _ = try run("config", "user.email", "workshop@example.com")
        try scratch.write(".gitattributes", "*.canvas.yaml diff=bmc\n")
        try scratch.write("cafe.canvas.yaml", try String(contentsOfFile: before, encoding: .utf8))
        _ = try run("add", ".")
        _ = try run("commit", "-q", "-m", "March workshop")
        return (scratch, run)
    }

    @Test(.enabled(if: gitIsAvailable)) func realGitDiffUsesTheDriver() throws {
        let (scratch, git) = try Self.scratchRepository()
        let tool = "'" + builtTool().path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        _ = try git("config", "diff.bmc.command", "\(tool) diff")
        try scratch.write("cafe.canvas.yaml", try String(contentsOfFile: Self.after, encoding: .utf8))

        let header = "diff --bmc a/cafe.canvas.yaml b/cafe.canvas.yaml\n"
        #expect(try git("diff").output == header + Self.workshopChanges)

        // History: `git log -p` takes external drivers with `--ext-diff`.
        _ = try git("commit", "-q", "-a", "-m", "April workshop")
        #expect(try git("log", "-1", "-p", "--ext-diff", "--format=%s").output == "April workshop\n\n" + header + Self.workshopChanges)

        // A layout-only commit says so; a rename names both paths; a deletion removes every item.
        try scratch.write("cafe.canvas.yaml", try String(contentsOfFile: Self.after, encoding: .utf8)
            .replacingOccurrences(of: "  - name: Students\n", with: "  - name: 'Students'   # new in April\n"))
        #expect(try git("diff").output == header + "no change in meaning (layout or comments only)\n")
        _ = try git("mv", "cafe.canvas.yaml", "aurora.canvas.yaml")
        #expect(try git("diff", "--cached", "-M").output.hasPrefix("diff --bmc a/cafe.canvas.yaml b/aurora.canvas.yaml\n"))
        _ = try git("rm", "-q", "-f", "aurora.canvas.yaml")
        let deleted = try git("diff", "--cached").output
        #expect(deleted.hasPrefix("diff --bmc a/cafe.canvas.yaml b/cafe.canvas.yaml\n~ name: \"Café Aurora\" → (none)\n"))
        #expect(deleted.hasSuffix("\n- Cost Structure › rent: \"Rent\"\n"))
    }

    @Test(.enabled(if: gitIsAvailable)) func realGitDiffWithTheMarkdownTextconv() throws {
        let (scratch, git) = try Self.scratchRepository()
        let tool = "'" + builtTool().path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        _ = try git("config", "diff.bmc.textconv", "\(tool) export --format markdown")
        try scratch.write("cafe.canvas.yaml", try String(contentsOfFile: Self.after, encoding: .utf8))
        let lines = try git("diff").output.split(separator: "\n").map(String.init)
        #expect(lines.contains("-- **Version:** 1.10"))
        #expect(lines.contains("+- **Version:** 1.11"))
        #expect(lines.contains("+### Students"))
        // No YAML in sight: the lines compared are the export's.
        #expect(!lines.contains { $0.hasPrefix("+version:") || $0.hasPrefix("-version:") })
    }
}

@Suite struct DiffDriverJSONTests {
    /// As git's diff driver with `--format json`, the output is one JSON document.
    @Test func driverFormWithJSONPrintsOnlyJSON() throws {
        let scratch = try ScratchFolder()
        let old = try scratch.write("old.canvas.yaml", "name: A\ncustomer-segments:\n  - id: x\n    name: X\n    priority: 1\n")
        let new = try scratch.write("new.canvas.yaml", "name: A\ncustomer-segments:\n  - id: x\n    name: X\n    priority: 2\n")
        let result = runInProcess(["diff", "--format", "json", "a.canvas.yaml", old, "1111111", "100644", new, "2222222", "100644"])
        #expect(result.status == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["field"] as? String == "priority")
        #expect(decoded?.first?["new"] as? Int == 2)
    }
}

/// `bmc diff --format dot`: one DOT document, also as git's driver (no header).
@Suite struct DiffDotTests {
    @Test func dotIsOneGraphOfTheNewCanvas() {
        let result = runInProcess(["diff", "--format", "dot", DiffCommandTests.before, DiffCommandTests.after])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("digraph changes {\n"))
        #expect(result.output.contains("<B>+</B></FONT> <FONT COLOR=\"#1B7837\">Instagram</FONT>"))
        let git = runInProcess(["diff", "--format", "dot", "cafe.canvas.yaml", DiffCommandTests.before, "1111111", "100644",
                                DiffCommandTests.after, "2222222", "100644"])
        #expect(git.output.hasPrefix("digraph changes {\n"))
    }
}
