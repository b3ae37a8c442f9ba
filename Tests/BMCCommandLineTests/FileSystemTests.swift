@testable import BMCCommandLine
import Foundation
import Testing

/// What the command line does with files, folders, standard input, the environment
/// and the clock, now that it asks the system (POSIX) instead of Foundation: the
/// same as it did with `FileManager`, `FileHandle`, `ProcessInfo` and `Calendar`.
@Suite struct FileSystemTests {
    /// Not canonical, so `fmt --check` lists every file it is given.
    let messy = "name:   Acme\n"

    // MARK: Folders

    @Test func aFolderWalkTakesHiddenFilesAndListsLinksWithoutFollowingThem() throws {
        let scratch = try ScratchFolder()
        let root = scratch.url.path
        try scratch.write("walk/a.canvas.yaml", messy)
        try scratch.write("walk/.hidden.canvas.yaml", messy)
        try scratch.write("walk/.folder/b.canvas.yaml", messy)
        try scratch.write("walk/deep/er/c.canvas.yaml", messy)
        try scratch.write("walk/not-a-canvas.yaml", messy)
        try scratch.write("elsewhere/linked.canvas.yaml", messy)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root + "/walk/link.canvas.yaml", withDestinationPath: root + "/walk/a.canvas.yaml")
        try manager.createSymbolicLink(atPath: root + "/walk/linked-folder", withDestinationPath: root + "/elsewhere")
        let result = runInProcess(["fmt", "--check", root + "/walk"])
        #expect(result.output == [".folder/b.canvas.yaml", ".hidden.canvas.yaml", "a.canvas.yaml", "deep/er/c.canvas.yaml",
                                  "link.canvas.yaml"].map { root + "/walk/" + $0 + "\n" }.joined())
        #expect(result.error.isEmpty)
        #expect(result.status == 1)
    }

    @Test func aFolderGivenAsALinkIsNotWalked() throws {
        let scratch = try ScratchFolder()
        let root = scratch.url.path
        try scratch.write("real/a.canvas.yaml", messy)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        for path in [root + "/link", root + "/link/", root + "/link/."] {
            let result = runInProcess(["fmt", "--check", path])
            #expect(result.error == "bmc: error: no *.canvas.yaml files under '\(path)'\n")
            #expect(result.status == 2)
        }
        #expect(runInProcess(["fmt", "--check", root + "/real/../real"]).output == root + "/real/../real/a.canvas.yaml\n")
    }

    @Test func brokenLinksAndFoldersNamedLikeCanvasFilesAreReportedWhenRead() throws {
        let scratch = try ScratchFolder()
        let root = scratch.url.path
        try scratch.write("walk/folder.canvas.yaml/inner.canvas.yaml", messy)
        try FileManager.default.createSymbolicLink(atPath: root + "/walk/dangling.canvas.yaml", withDestinationPath: root + "/nowhere")
        let result = runInProcess(["fmt", "--check", root + "/walk"])
        #expect(result.output == root + "/walk/folder.canvas.yaml/inner.canvas.yaml\n")
        #expect(result.error == """
            bmc: error: cannot read '\(root)/walk/dangling.canvas.yaml': no such file
            bmc: error: '\(root)/walk/folder.canvas.yaml' is a folder, not a canvas file

            """)
        #expect(result.status == 2)
        let named = runInProcess(["check", root + "/walk/dangling.canvas.yaml"])
        #expect(named.error == "bmc: error: cannot read '\(root)/walk/dangling.canvas.yaml': no such file or folder\n")
    }

    /// A name that is not UTF-8 is shown repaired (U+FFFD), as FileManager showed it,
    /// and the folder is still walked.
    @Test func namesThatAreNotUTF8AreShownRepaired() throws {
        let scratch = try ScratchFolder()
        let root = scratch.url.path
        try scratch.write("walk/a.canvas.yaml", messy)
        let folder = Array((root + "/walk/dir").utf8) + [0xFE]
        #expect((folder + [0]).withUnsafeBufferPointer { mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755) } == 0)
        let file = folder + Array("/inner.canvas.yaml".utf8) + [0]
        let descriptor = file.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644)
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let result = runInProcess(["fmt", "--check", root + "/walk"])
        #expect(result.output == root + "/walk/a.canvas.yaml\n")
        #expect(result.error == "bmc: error: cannot read '\(root)/walk/dir\u{FFFD}/inner.canvas.yaml': no such file\n")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every folder"))
    func foldersThatCannotBeReadAreSkipped() throws {
        let scratch = try ScratchFolder()
        let root = scratch.url.path
        try scratch.write("walk/a.canvas.yaml", messy)
        try scratch.write("walk/closed/b.canvas.yaml", messy)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: root + "/walk/closed")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root + "/walk/closed") }
        let result = runInProcess(["fmt", "--check", root + "/walk"])
        #expect(result.output == root + "/walk/a.canvas.yaml\n")
        #expect(result.error.isEmpty)
    }

    // MARK: Writing

    @Test func aNewFileIsWrittenThroughALinkedFolder() throws {
        let scratch = try ScratchFolder()
        let root = scratch.url.path
        try FileManager.default.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        #expect(runInProcess(["new", "--name", "Acme", "-o", root + "/link/acme.canvas.yaml"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/real") == ["acme.canvas.yaml"])
        #expect(try String(contentsOfFile: root + "/real/acme.canvas.yaml", encoding: .utf8).contains("name: Acme\n"))
    }

    @Test func writingIntoAMissingFolderIsAnError() throws {
        let scratch = try ScratchFolder()
        let target = scratch.url.path + "/missing/acme.canvas.yaml"
        let result = runInProcess(["new", "-o", target])
        #expect(result.error == "bmc: error: cannot write '\(target)': No such file or directory\n")
        #expect(result.status == 2)
    }

    // MARK: Standard input, environment, clock

    @Test func emptyStandardInputIsAnEmptyDocument() throws {
        let result = try runProcess(["tree", "-"], standardInput: Data())
        #expect(result.output == runInProcess(["tree", "-"], standardInput: "").output)
        #expect(result.status == 0)
    }

    @Test func largeStandardInputIsReadWhole() throws {
        let text = "name: Acme\nnotes: |\n" + String(repeating: "  a line of notes that goes on\n", count: 20_000)
        let result = try runProcess(["fmt", "-"], standardInput: Data(text.utf8))
        #expect(result.output == text)
    }

    @Test func standardInputThatCannotBeReadIsAnError() throws {
        let process = Process()
        process.executableURL = builtTool()
        process.arguments = ["check", "-"]
        // A folder opens, but read(2) fails with EISDIR.
        process.standardInput = FileHandle(forReadingAtPath: "/")
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = Pipe()
        try process.run()
        let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: error, as: UTF8.self) == "bmc: error: cannot read standard input\n")
        #expect(process.terminationStatus == 2)
    }

    @Test func theEnvironmentIsWhatProcessInfoGives() {
        #expect(Console.standard().environment == ProcessInfo.processInfo.environment)
    }

    @Test func environmentEntriesAreSplitAtTheFirstEqualsSign() {
        // Non-ASCII beside the first `=` byte: split by characters, where "=" and a
        // combining mark after it are one character, which is not "=".
        let entries = ["A=1", "A=2", "NO_EQUALS", "B==x", "=value", "C=\u{301}dropped", "E=", "é=1", "F=ü",
                       "G=\u{301}=y"]
        var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        #expect(Console.environment(from: &pointers)
                == ["A": "2", "B": "=x", "": "value", "E": "", "é": "1", "F": "ü", "G=\u{301}": "y"])
    }

    @Test func aStarterCanvasCarriesTodaysDateInUTC() {
        func today() -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        }
        let before = today()
        let output = runInProcess(["new"]).output
        let after = today()
        #expect(output.contains("date: \(before)\n") || output.contains("date: \(after)\n"))
    }
}
