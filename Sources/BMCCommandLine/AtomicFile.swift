#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BMCKit

/// Writes files so that nothing a user wrote is ever lost: the text goes to a
/// temporary file in the target's own folder, which is then renamed over the target
/// (atomic within a file system). The target keeps its owner, group, mode and
/// extended attributes (`KeptMetadata`), and a file the user may not write is not
/// replaced; a symbolic link is followed, so the link stays a link and its target
/// gets the new text. A named pipe, device or socket (`-o /dev/null`, `-o
/// /dev/stdout` when that is a pipe) is written to as it is, as `>` would, and
/// never replaced by a regular file. If a write fails, or a signal ends the
/// process, the temporary file is removed (`SignalCleanup`).
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(FileError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes bytes (a PNG, a PDF) the same way.
    static func write(bytes text: [UInt8], to path: String) throws(FileError) {
        // `stat(2)` follows links, also the one from /dev/stdout to a pipe, which
        // `realpath(3)` cannot name (`pipe:[...]`).
        if let kind = FileKind(following: path), kind.isSpecial {
            return try writeThrough(text, to: path)
        }
        let target = try resolved(path)
        let slash = target.utf8.lastIndex(of: UInt8(ascii: "/"))!
        let folder = String(target[...slash])
        let name = String(target[target.utf8.index(after: slash)...])
        let temporary = folder + ".\(name).bmc-\(randomSuffix()).tmp"
        var status = stat()
        let replaced: stat? = stat(target, &status) == 0 ? status : nil
        if let replaced { try refuseUnwritable(target, replaced, shownAs: path) }
        // A new file gets the usual mode (rw-r--r-- under a 022 umask).
        let mode: mode_t = replaced.map { $0.st_mode & 0o7777 } ?? 0o644

        let (descriptor, registration) = SignalCleanup.create(temporary) {
            open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        }
        guard descriptor >= 0 else {
            throw FileError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { registration.map(SignalCleanup.forget) }
        // Every step's failure ends with the temporary file removed: a failed or
        // short write (EFBIG past `ulimit -f` once SIGXFSZ is ignored, ENOSPC), and
        // a failed close, which is where some file systems report a failed write.
        var failure = writeAll(text, to: descriptor)
        if failure == nil, let replaced {
            failure = KeptMetadata.copy(from: target, status: replaced, to: descriptor)
        } else if failure == nil && fchmod(descriptor, mode) != 0 {
            // The umask may have narrowed the mode at creation.
            failure = String(cString: strerror(errno))
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && failure == nil && errno != EINTR { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw FileError(message: "cannot write '\(path)': \(failure)")
        }
    }

    /// Refuses to replace a file the user may not write, as gofmt does: renaming
    /// over a file needs only the right to write its folder, not the file. The
    /// permission is asked as the effective user; since that lets root write
    /// anything, a file with no write permission for anyone (mode 0444) is refused
    /// too, root or not.
    private static func refuseUnwritable(_ target: String, _ status: stat, shownAs path: String) throws(FileError) {
        if status.st_mode & 0o222 == 0 {
            let digits = String(status.st_mode & 0o7777, radix: 8)
            let mode = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            throw FileError(message: "cannot write '\(path)': the file is read-only (mode \(mode))")
        }
        guard faccessat(AT_FDCWD, target, W_OK, AT_EACCESS) == 0 else {
            throw FileError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    /// Writes into a named pipe, a device or a socket, opened for writing as it is:
    /// not created, not truncated, not replaced. There is no temporary file, so
    /// nothing to remove if this is cut short, and nothing to `fsync`.
    private static func writeThrough(_ text: [UInt8], to path: String) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_NOCTTY)
        guard descriptor >= 0 else {
            throw FileError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        var failure = writeAll(text, to: descriptor)
        if close(descriptor) != 0 && failure == nil && errno != EINTR { failure = String(cString: strerror(errno)) }
        if let failure { throw FileError(message: "cannot write '\(path)': \(failure)") }
    }

    /// Writes every byte, retrying short writes; the system's reason if one fails.
    /// A write that takes nothing (which `write(2)` may do only for a count of 0)
    /// is a failure too, rather than a loop that never ends.
    private static func writeAll(_ text: [UInt8], to descriptor: Int32) -> String? {
        text.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return written < 0 ? String(cString: strerror(errno)) : "nothing could be written" }
                offset += written
            }
            return nil
        }
    }

    /// The absolute path of the file to replace, every symbolic link resolved
    /// (`realpath(3)`), so that the temporary file is renamed over the file a link
    /// names, never over the link. A file that does not exist yet keeps its path,
    /// made absolute with `.` and `..` worked out on the text, as `URL` did; a
    /// dangling link is followed to the file it names, which is created, as `>`
    /// creates it.
    static func resolved(_ path: String) throws(FileError) -> String {
        var current = path
        // As many links as Linux follows in one path (MAXSYMLINKS).
        for _ in 0...40 {
            if let resolved = realpath(current, nil) {
                defer { free(resolved) }
                return String(cString: resolved)
            }
            guard let destination = linkDestination(current) else { return FolderWalk.lexicallyAbsolute(current) }
            if destination.hasPrefix("/") {
                current = destination
            } else {
                let slash = current.utf8.lastIndex(of: UInt8(ascii: "/"))
                current = (slash.map { String(current[...$0]) } ?? "") + destination
            }
        }
        throw FileError(message: "cannot write '\(path)': \(String(cString: strerror(ELOOP)))")
    }

    /// What a symbolic link holds (`readlink(2)`); `nil` if `path` is not a link.
    private static func linkDestination(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Eight hexadecimal digits, so that two runs never share a temporary file.
    private static func randomSuffix() -> String {
        let digits = String(UInt64.random(in: 0...0xFFFF_FFFF), radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

/// `write(2)`, named apart from `AtomicFile.write` (and from any one C library's
/// module, so that this compiles with Glibc, Musl and Darwin alike).
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
