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

    /// Reads one file (or standard input for `-`) as a `SourceFile`.
    static func read(_ path: String, console: Console) throws(FileError) -> SourceFile {
        if path == "-" {
            guard let bytes = console.readStandardInput() else {
                throw FileError(message: "cannot read standard input")
            }
            return SourceFile(name: standardInputName, bytes: bytes)
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return SourceFile(name: path, bytes: Array(data))
        } catch {
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
}
