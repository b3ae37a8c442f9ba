import CExtendedAttributes
import Foundation
import Testing

/// What `fmt -w` and `-o` keep of a file they replace (owner, group, mode,
/// extended attributes), what they cannot (the inode, so other hard links), and
/// the files they refuse to replace: those the user may not write.
@Suite struct FileReplacementTests {
    let cafe = repositoryRoot.appendingPathComponent("Canvases/cafe-aurora.canvas.yaml").path
    let messy = "name:   Acme\n"
    let canonical = "name: Acme\n"

    private func status(_ path: String) throws -> stat {
        var status = stat()
        try #require(stat(path, &status) == 0)
        return status
    }

    @Test(.enabled(if: getuid() == 0, "only root may give a file to another user"))
    func aReplacedFileKeepsItsOwnerGroupAndMode() throws {
        let (user, group) = try #require(Self.nobody())
        let scratch = try ScratchFolder()
        let canvas = try scratch.write("a.canvas.yaml", messy)
        let json = try scratch.write("a.json", "{}\n")
        for path in [canvas, json] {
            #expect(chown(path, user, group) == 0)
            #expect(chmod(path, 0o640) == 0)
        }
        #expect(runInProcess(["fmt", "-w", canvas]).status == 0)
        #expect(runInProcess(["export", cafe, "--format", "json", "-o", json]).status == 0)
        for path in [canvas, json] {
            let after = try status(path)
            #expect(after.st_uid == user, "\(path) changed owner")
            #expect(after.st_gid == group, "\(path) changed group")
            #expect(after.st_mode & 0o7777 == 0o640)
        }
        #expect(try String(contentsOfFile: canvas, encoding: .utf8) == canonical)
    }

    @Test(.enabled(if: Self.userAttributesWork(), "the temporary folder's file system takes no user.* attributes"))
    func aReplacedFileKeepsItsExtendedAttributes() throws {
        let scratch = try ScratchFolder()
        let canvas = try scratch.write("a.canvas.yaml", messy)
        let json = try scratch.write("a.json", "{}\n")
        for path in [canvas, json] {
            #expect(setxattr(path, "user.bmc-test", "kept", 4, 0) == 0)
            #expect(setxattr(path, "user.bmc-empty", "", 0, 0) == 0)
        }
        #expect(runInProcess(["fmt", "-w", canvas]).status == 0)
        #expect(runInProcess(["export", cafe, "--format", "json", "-o", json]).status == 0)
        for path in [canvas, json] {
            var value = [UInt8](repeating: 0, count: 16)
            let count = getxattr(path, "user.bmc-test", &value, value.count)
            #expect(count == 4 && Array(value[..<4]) == Array("kept".utf8), "\(path) lost user.bmc-test")
            #expect(getxattr(path, "user.bmc-empty", nil, 0) == 0, "\(path) lost user.bmc-empty")
        }
        #expect(try String(contentsOfFile: canvas, encoding: .utf8) == canonical)
    }

    /// The path names a new file; another hard link still names the old one, and
    /// keeps the old text (as README and docs/reliability.md say).
    @Test func anotherHardLinkKeepsTheOldText() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("a.canvas.yaml", messy)
        let other = scratch.url.appendingPathComponent("other.canvas.yaml").path
        #expect(link(path, other) == 0)
        #expect(runInProcess(["fmt", "-w", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == canonical)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == messy)
    }

    /// Mode 0444 is refused even by root, whom `access(2)` lets write anything.
    @Test func aReadOnlyFileIsNotReplaced() throws {
        let scratch = try ScratchFolder()
        let canvas = try scratch.write("a.canvas.yaml", messy)
        let json = try scratch.write("a.json", "{}\n")
        for path in [canvas, json] { #expect(chmod(path, 0o444) == 0) }
        let format = runInProcess(["fmt", "-w", canvas])
        #expect(format.error == "bmc: error: cannot write '\(canvas)': the file is read-only (mode 0444)\n")
        #expect(format.status == 2)
        let export = runInProcess(["export", cafe, "--format", "json", "-o", json])
        #expect(export.error == "bmc: error: cannot write '\(json)': the file is read-only (mode 0444)\n")
        #expect(export.status == 2)
        #expect(try String(contentsOfFile: canvas, encoding: .utf8) == messy)
        #expect(try String(contentsOfFile: json, encoding: .utf8) == "{}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["a.canvas.yaml", "a.json"])
    }

    /// A file of root's, mode 0644, in a folder anyone may write: `nobody` could
    /// rename a file over it, but may not write it, and so it is not replaced.
    @Test(.enabled(if: Self.nobodyRunsTheTool(), "needs root, setpriv or runuser, and a built tool nobody may run"))
    func aFileTheUserMayNotWriteIsNotReplaced() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("open/a.canvas.yaml", messy)
        let folder = scratch.url.appendingPathComponent("open")
        #expect(chmod(folder.path, 0o777) == 0)
        #expect(chmod(scratch.url.path, 0o755) == 0)
        let (executable, reading) = try #require(Self.asNobody([builtTool().path, "fmt", path]))
        guard try runProcess(reading, executable: executable, in: folder, timeout: 10).status == 0 else {
            print("aFileTheUserMayNotWriteIsNotReplaced skipped: nobody may not read \(path) (TMPDIR closed to others?)")
            return
        }
        let arguments = try #require(Self.asNobody([builtTool().path, "fmt", "-w", path])).1
        let result = try runProcess(arguments, executable: executable, in: folder, timeout: 10)
        #expect(result.error == "bmc: error: cannot write '\(path)': Permission denied\n")
        #expect(result.status == 2)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
        #expect(try status(path).st_uid == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.canvas.yaml"])
    }

    // MARK: Helpers

    /// The user `nobody` and its group (`nogroup` on Debian, `nobody` elsewhere).
    static func nobody() -> (uid_t, gid_t)? {
        guard let user = getpwnam("nobody") else { return nil }
        let group = getgrnam("nogroup") ?? getgrnam("nobody")
        return (user.pointee.pw_uid, group?.pointee.gr_gid ?? user.pointee.pw_gid)
    }

    /// A command line running `command` as `nobody`: with util-linux's `setpriv`,
    /// else `runuser`; `nil` when neither is there.
    static func asNobody(_ command: [String]) -> (URL, [String])? {
        let manager = FileManager.default
        for folder in ["/usr/bin", "/bin", "/usr/sbin", "/sbin"] {
            if manager.isExecutableFile(atPath: folder + "/setpriv") {
                let group = getgrnam("nogroup") != nil ? "nogroup" : "nobody"
                return (URL(fileURLWithPath: folder + "/setpriv"),
                        ["--reuid=nobody", "--regid=\(group)", "--clear-groups"] + command)
            }
        }
        for folder in ["/usr/sbin", "/sbin", "/usr/bin", "/bin"] where manager.isExecutableFile(atPath: folder + "/runuser") {
            return (URL(fileURLWithPath: folder + "/runuser"), ["-u", "nobody", "--"] + command)
        }
        return nil
    }

    /// Whether this is root, with a way to run the built tool as `nobody`, who may
    /// (a checkout in a folder closed to others would stop it).
    static func nobodyRunsTheTool() -> Bool {
        guard getuid() == 0, let (executable, arguments) = asNobody([builtTool().path, "--version"]) else { return false }
        return (try? runProcess(arguments, executable: executable, in: URL(fileURLWithPath: "/"), timeout: 10))?.status == 0
    }

    /// Whether files in the temporary folder take `user.*` attributes (tmpfs
    /// before Linux 6.6 does not, nor do some container file systems).
    static func userAttributesWork() -> Bool {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bmc-xattr-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: Data()) else { return false }
        defer { unlink(path) }
        return setxattr(path, "user.bmc-test", "x", 1, 0) == 0
    }
}
