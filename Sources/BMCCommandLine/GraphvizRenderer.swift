#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders DOT to SVG, PNG or PDF with Graphviz's `dot`, found on `PATH` as a
/// shell would find it. Input, output and `dot`'s messages go through files in a
/// private temporary folder, so no pipe can fill up and stall either side, and
/// the folder is removed whatever happens.
struct GraphvizRenderer {
    /// The formats `--format` renders through `dot`.
    static let formats = ["svg", "png", "pdf"]

    /// Why rendering failed, in a sentence for `bmc export: error:`.
    struct Failure: Error {
        var message: String
    }

    /// The value of `PATH` to search.
    let searchPath: String

    /// The rendered bytes, and what `dot` said on standard error (warnings).
    func render(_ dot: String, format: String) throws(Failure) -> (output: [UInt8], messages: String) {
        guard let program = locate("dot") else {
            throw Failure(message: "'--format \(format)' renders with Graphviz's 'dot', which is not on PATH; "
                          + "install the 'graphviz' package (apt install graphviz, dnf install graphviz, brew install graphviz)")
        }
        let base = (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/bmc-dot-XXXXXX"
        var template = Array(base.utf8CString)
        guard mkdtemp(&template) != nil else {
            throw Failure(message: "cannot make a temporary folder for dot: \(String(cString: strerror(errno)))")
        }
        // mkdtemp filled in the template's X's; the name ends at its terminating zero.
        let folder = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let input = folder + "/in.dot", output = folder + "/out." + format, messages = folder + "/messages.txt"
        defer {
            for file in [input, output, messages] { unlink(file) }
            rmdir(folder)
        }
        guard Self.writeFile(Array(dot.utf8), to: input) else {
            throw Failure(message: "cannot write the temporary DOT file: \(String(cString: strerror(errno)))")
        }
        let status = try Self.run(program, ["dot", "-T" + format, "-o", output, input], standardError: messages)
        let said = Self.read(messages).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard status == 0, let rendered = Self.read(output) else {
            throw Failure(message: "dot could not render the diagram (exit status \(status))"
                          + (said.isEmpty ? "" : ":\n" + said))
        }
        return (rendered, said)
    }

    /// The first executable file called `name` in the folders of `searchPath`.
    func locate(_ name: String) -> String? {
        for folder in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (folder.isEmpty ? "." : String(folder)) + "/" + name
            var status = stat()
            if stat(candidate, &status) == 0, status.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// Runs a program to its end, standard input from /dev/null and standard
    /// error into a file; its exit status (128 + the signal if one ended it).
    private static func run(_ program: String, _ arguments: [String], standardError: String) throws(Failure) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw Failure(message: "cannot run '\(program)': \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(message: "lost track of dot: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private static func writeFile(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var offset = 0
        return bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    private static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return Console.readAll(from: descriptor)
    }
}
