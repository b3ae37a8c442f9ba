#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BMCKit

/// Everything a command touches outside itself: standard streams, environment
/// variables and whether the streams are terminals. Tests pass a recording console
/// and call the command line in-process.
public final class Console: @unchecked Sendable {
    public var readStandardInput: () -> [UInt8]?
    public var writeOutput: (String) -> Void
    public var writeError: (String) -> Void
    /// Writes bytes that may not be text (a PNG, a PDF) to standard output; by
    /// default decoded as UTF-8 and passed to `writeOutput`, which suits SVG and
    /// recording consoles.
    public var writeOutputBytes: ([UInt8]) -> Void
    public var outputIsTerminal: Bool
    public var errorIsTerminal: Bool
    public var environment: [String: String]

    public init(readStandardInput: @escaping () -> [UInt8]?, writeOutput: @escaping (String) -> Void,
                writeError: @escaping (String) -> Void,
                outputIsTerminal: Bool, errorIsTerminal: Bool,
                environment: [String: String]) {
        self.readStandardInput = readStandardInput
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.writeOutputBytes = { writeOutput(String(decoding: $0, as: UTF8.self)) }
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.environment = environment
    }

    /// The process's own streams.
    public static func standard() -> Console {
        let console = Console(
            readStandardInput: { readAll(from: STDIN_FILENO) },
            writeOutput: { writeAll($0, to: STDOUT_FILENO) },
            writeError: { writeAll($0, to: STDERR_FILENO) },
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            errorIsTerminal: isatty(STDERR_FILENO) == 1,
            environment: environment(from: processEnvironment))
        console.writeOutputBytes = { writeAll($0[...], to: STDOUT_FILENO) }
        return console
    }

    /// The process's `environ` list (on Apple platforms only reachable through
    /// `_NSGetEnviron`).
    private static var processEnvironment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        #if canImport(Darwin)
        _NSGetEnviron().pointee!
        #else
        environ
        #endif
    }

    /// Every byte up to the end of the stream, or `nil` if reading fails (standard
    /// input closed, or a folder). `expectedSize` (a regular file's size) lets the
    /// bytes be read straight into an array of the right size, not zeroed first;
    /// a stream that turns out longer is read on in pieces.
    static func readAll(from descriptor: Int32, expectedSize: Int = 0) -> [UInt8]? {
        var failed = false
        func fill(_ buffer: inout UnsafeMutableBufferPointer<UInt8>, _ initialized: inout Int) {
            initialized = 0
            while initialized < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failed = true }
                if count <= 0 { return }
                initialized += count
            }
        }
        // One byte more than expected, so a short read shows the end was reached.
        let first = max(expectedSize + 1, 4096)
        var bytes = [UInt8](unsafeUninitializedCapacity: first, initializingWith: fill)
        var last = bytes.count
        while !failed && last > 0 && bytes.count >= first {
            let piece = [UInt8](unsafeUninitializedCapacity: 65536, initializingWith: fill)
            bytes += piece
            last = piece.count
        }
        return failed ? nil : bytes
    }

    /// The variables of an `environ`-style list, as `ProcessInfo.environment` gave
    /// them: each `NAME=value` split at the first `=` (as a character, so one that
    /// a combining mark follows does not count), entries without one left out, a
    /// later entry winning over an earlier one of the same name.
    static func environment(from entries: UnsafePointer<UnsafeMutablePointer<CChar>?>) -> [String: String] {
        var environment: [String: String] = [:]
        var entry = entries
        while let pointer = entry.pointee {
            if let (name, value) = split(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)) {
                environment[name] = value
            }
            entry += 1
        }
        return environment
    }

    /// One `NAME=value` entry split at its first `=` character. Found by bytes
    /// when ASCII stands on both sides of the first `=` byte, since then it is a
    /// character of its own: this runs for every variable at every start, and
    /// splitting by characters took a fifth of a short `bmc check`'s instructions.
    private static func split(_ entry: UnsafePointer<UInt8>) -> (name: String, value: String)? {
        let bytes = UnsafeBufferPointer(start: entry, count: strlen(entry))
        guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return nil }
        let before = equals == 0 ? 0 : bytes[equals - 1]
        let after = equals + 1 == bytes.count ? 0 : bytes[equals + 1]
        guard before < 0x80 && after < 0x80 else {
            let text = String(decoding: bytes, as: UTF8.self)
            guard let equals = text.firstIndex(of: "=") else { return nil }
            return (String(text[..<equals]), String(text[text.index(after: equals)...]))
        }
        return (String(decoding: bytes[..<equals], as: UTF8.self),
                String(decoding: bytes[(equals + 1)...], as: UTF8.self))
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    func usesColor(onTerminal isTerminal: Bool) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes every byte, retrying short writes. A reader that went away (EPIPE, as
    /// in `bmc export ... | head -1`) ends the process quietly with status 0, as
    /// Unix tools do, instead of a crash report.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        writeAll(Array(text.utf8)[...], to: descriptor)
    }

    private static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) {
        var offset = 0
        // Read-only access: a mutable one would first copy the whole text.
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += written
            }
        }
    }
}
