import Foundation

/// Writes files so that an interrupted run never leaves a half-written one: the text
/// goes to a temporary file in the same folder, which is then renamed over the
/// target (rename is atomic within a file system).
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(FileError) {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).bmc-\(UUID().uuidString.prefix(8))")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw FileError(message: "cannot write '\(path)': \(error.localizedDescription)")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(message: "cannot write '\(path)': \(reason)")
        }
    }
}
