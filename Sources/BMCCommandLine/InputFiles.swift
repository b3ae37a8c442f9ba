#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BMCKit

/// A problem with the files named on the command line (not with their content):
/// printed as `bmc: error: ...`, exit status 2.
struct FileError: Error {
    /// The message, paths in it with their control characters escaped: a file
    /// name with a line break must not forge a line of output.
    var message: String

    init(message: String) {
        self.message = TerminalSafeText.escaped(message)
    }
}

enum InputFiles {
    /// The display name of standard input.
    static let standardInputName = "<stdin>"

    /// Expands paths to canvas files: a file stands for itself, a folder for every
    /// `*.canvas.yaml` below it (sorted, so output is the same on every machine),
    /// `-` for standard input.
    static func expand(_ paths: [String]) -> (files: [String], errors: [FileError]) {
        var files: [String] = []
        var errors: [FileError] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            guard let kind = FileKind(following: path) else {
                errors.append(FileError(message: "cannot read '\(path)': no such file or folder"))
                continue
            }
            guard kind == .folder else {
                files.append(path)
                continue
            }
            let found = canvasFiles(under: path)
            if found.isEmpty {
                errors.append(FileError(message: "no *.canvas.yaml files under '\(path)'"))
            }
            files.append(contentsOf: found)
        }
        return (files, errors)
    }

    /// Every `*.canvas.yaml` below a folder, as `FileManager.enumerator(atPath:)`
    /// found them before: hidden files and folders included; symbolic links listed
    /// but not followed (a linked folder is not walked, nor is the folder itself
    /// when it is a link); folders that cannot be read, and other file systems,
    /// skipped without a word. A folder named `*.canvas.yaml` is listed too (and
    /// reported as a folder when read). Sorted by UTF-8 bytes.
    private static func canvasFiles(under folder: String) -> [String] {
        var walk = FolderWalk()
        walk.walk(root: folder)
        let separator = folder.hasSuffix("/") ? "" : "/"
        return walk.found.map { folder + separator + $0 }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Expands paths and reads every file, reporting on standard error what cannot
    /// be found or read. The status is `trouble` if anything could not be read.
    static func readAll(_ paths: [String], console: Console) -> (sources: [SourceFile], status: Int32) {
        let (files, expansionErrors) = expand(paths)
        var status = expansionErrors.isEmpty ? ExitStatus.success : ExitStatus.trouble
        var sources: [SourceFile] = []
        for error in expansionErrors { console.writeError("bmc: error: \(error.message)\n") }
        for path in files {
            do {
                sources.append(try read(path, console: console))
            } catch {
                console.writeError("bmc: error: \(error.message)\n")
                status = ExitStatus.trouble
            }
        }
        return (sources, status)
    }

    /// Reads one file (or standard input for `-`) as a `SourceFile`.
    static func read(_ path: String, console: Console) throws(FileError) -> SourceFile {
        if path == "-" {
            guard let bytes = console.readStandardInput() else {
                throw FileError(message: "cannot read standard input")
            }
            return SourceFile(name: standardInputName, bytes: bytes)
        }
        switch FileKind(following: path) {
        case nil: throw FileError(message: "cannot read '\(path)': no such file")
        case .folder: throw FileError(message: "'\(path)' is a folder, not a canvas file")
        case .regular: return SourceFile(name: path, bytes: try readWholeFile(path))
        case let kind?: throw notRegular(path, kind)
        }
    }

    /// The refusal of a named pipe, device or socket, which is never opened: a
    /// named pipe would block `open(2)` until something writes to it.
    private static func notRegular(_ path: String, _ kind: FileKind) -> FileError {
        FileError(message: "cannot read '\(path)': it is \(kind.described), not a regular file")
    }

    /// Reads a regular file straight into an array (no intermediate `Data` copy).
    /// Opened without blocking and looked at again once open, so that a path
    /// replaced by a named pipe after `read(_:console:)` looked at it cannot block
    /// either (`O_NONBLOCK` changes nothing for a regular file).
    private static func readWholeFile(_ path: String) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path) }
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regular else {
            throw kind == .folder ? FileError(message: "'\(path)' is a folder, not a canvas file") : notRegular(path, kind)
        }
        // The file's size, and one byte more, so a short read shows the end was
        // reached; a file that grows meanwhile is read on to its end.
        guard let bytes = Console.readAll(from: descriptor, expectedSize: Int(status.st_size)) else { throw failure(path) }
        return bytes
    }

    /// What the last system call's `errno` says went wrong with reading `path`.
    private static func failure(_ path: String) -> FileError {
        FileError(message: "cannot read '\(path)': \(String(cString: strerror(errno)))")
    }
}


/// A walk of a folder tree with `opendir`/`readdir`, doing what
/// `FileManager.enumerator(atPath:)` did (an `fts` walk with `FTS_PHYSICAL`,
/// `FTS_XDEV`, `FTS_NOSTAT`), so that the same files are found.
struct FolderWalk {
    /// The paths found whose name ends in `.canvas.yaml`, relative to the root.
    private(set) var found: [String] = []
    private var device: dev_t = 0
    /// The folders being walked, to stop at a loop (a bind mount of an ancestor).
    private var ancestors: [(dev_t, ino_t)] = []

    /// Walks the folder named by `root`. As with `FileManager`, the root is taken
    /// as written made absolute and without `.` and `..` components, worked out on
    /// the text (`a/link/..` is `a`); if that is a symbolic link, nothing is found.
    mutating func walk(root: String) {
        let start = Array(FolderWalk.lexicallyAbsolute(root).utf8)
        guard let status = FolderWalk.linkStatus(start), status.st_mode & S_IFMT == S_IFDIR else { return }
        device = status.st_dev
        ancestors = [(status.st_dev, status.st_ino)]
        walk(start, relative: "")
    }

    /// Walks one folder. Paths stay bytes, as the system gives them, so a folder
    /// whose name is not UTF-8 is still walked.
    private mutating func walk(_ folder: [UInt8], relative: String) {
        guard let stream = FolderWalk.withCString(folder, { opendir($0) }) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            let path = folder.last == UInt8(ascii: "/") ? folder + name : folder + [UInt8(ascii: "/")] + name
            // A name that is not UTF-8 is repaired, as FileManager did: such a file is
            // then listed under a name it does not have, and cannot be read.
            let shown = String(decoding: name, as: UTF8.self)
            let relativePath = relative.isEmpty ? shown : relative + "/" + shown
            let type = entry.pointee.d_type
            var subfolder: stat?
            if type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) {
                // Only what may be a folder is looked at (fts's FTS_NOSTAT); if that
                // fails, the entry is skipped.
                guard let status = FolderWalk.linkStatus(path) else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    if ancestors.contains(where: { $0 == (status.st_dev, status.st_ino) }) { continue }
                    subfolder = status
                }
            }
            if relativePath.hasSuffix(".canvas.yaml") { found.append(relativePath) }
            if let subfolder, subfolder.st_dev == device {
                ancestors.append((subfolder.st_dev, subfolder.st_ino))
                walk(path, relative: relativePath)
                ancestors.removeLast()
            }
        }
    }

    /// `lstat(2)` of a path given as bytes.
    private static func linkStatus(_ path: [UInt8]) -> stat? {
        var status = stat()
        return withCString(path, { lstat($0, &status) }) == 0 ? status : nil
    }

    private static func withCString<Result>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// The path made absolute from the current folder, its empty and `.`
    /// components dropped and each `..` taking away the component before it.
    static func lexicallyAbsolute(_ path: String) -> String {
        let slash = UInt8(ascii: "/")
        var components: [ArraySlice<UInt8>] = []
        if path.utf8.first != slash, let current = currentFolder() {
            components = Array(current.utf8).split(separator: slash)
        }
        for component in Array(path.utf8).split(separator: slash) {
            switch Array(component) {
            case [UInt8(ascii: ".")]: continue
            case [UInt8(ascii: "."), UInt8(ascii: ".")]: if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return "/" + components.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
    }

    /// The current folder, from `getcwd(3)`.
    static func currentFolder() -> String? {
        guard let folder = getcwd(nil, 0) else { return nil }
        defer { free(folder) }
        return String(cString: folder)
    }
}
