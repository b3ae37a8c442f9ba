import BMCKit
import Foundation

/// A problem with the files named on the command line (not with their content):
/// printed as `bmc: error: ...`, exit status 2.
struct FileError: Error {
    var message: String
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
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(FileError(message: "cannot read '\(path)': no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
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

    private static func canvasFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".canvas.yaml") {
                let separator = folder.hasSuffix("/") ? "" : "/"
                found.append(folder + separator + relative)
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
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
        if let bytes = readWholeFile(path) {
            return SourceFile(name: path, bytes: bytes)
        } else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw FileError(message: "'\(path)' is a folder, not a canvas file")
            }
            if !FileManager.default.fileExists(atPath: path) {
                throw FileError(message: "cannot read '\(path)': no such file")
            }
            throw FileError(message: "cannot read '\(path)': permission denied or not a regular file")
        }
    }

    /// Reads a regular file straight into an array (no intermediate `Data` copy).
    private static func readWholeFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: max(Int(status.st_size) + 1, 4096))
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            if bytes.isEmpty && count < chunk.count {
                chunk.removeSubrange(count..<chunk.count)
                return chunk
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}

/// `read(2)`, named apart from `InputFiles.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
