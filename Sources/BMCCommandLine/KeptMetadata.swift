#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CExtendedAttributes

/// What a file replaced by `AtomicFile` keeps of the file it replaces, besides its
/// path: owner and group, extended attributes (and with them, on Linux, its access
/// control lists and security labels, which are stored as `system.*` and
/// `security.*` attributes), and mode. The temporary file gets them before it is
/// renamed over the file, so that no other program ever sees it without them.
///
/// What it cannot keep: the inode. The path names a new file, so other hard
/// links to the old one keep the old text, and its inode number and creation
/// time are new.
enum KeptMetadata {
    /// Gives the file open as `descriptor` the owner, group, extended attributes
    /// and mode of the file at `original`, whose status is `status`. Returns why
    /// it could not, or `nil`.
    ///
    /// Only the owner may give a file away (or root): for anyone else the file
    /// becomes theirs, and keeps its group if they are in it. An attribute the
    /// file system or the user may not set (`user.*` where it is not supported,
    /// `trusted.*` without privileges, a label the system does not know) is left
    /// out without a word. The mode is set last, since a change of owner clears
    /// the set-user-ID and set-group-ID bits.
    static func copy(from original: String, status: stat, to descriptor: Int32) -> String? {
        if fchown(descriptor, status.st_uid, status.st_gid) != 0 {
            guard errno == EPERM else { return String(cString: strerror(errno)) }
            _ = fchown(descriptor, uid_t.max, status.st_gid)
        }
        if let failure = copyExtendedAttributes(from: original, to: descriptor) { return failure }
        if fchmod(descriptor, status.st_mode & 0o7777) != 0 { return String(cString: strerror(errno)) }
        return nil
    }

    /// The reasons for which an attribute is left out rather than the write failed:
    /// the file system does not take it, or the user may not set it.
    private static let refusals: Set<Int32> = [ENOTSUP, EOPNOTSUPP, EPERM, EACCES, EINVAL, E2BIG, ERANGE]

    private static func copyExtendedAttributes(from original: String, to descriptor: Int32) -> String? {
        for name in attributeNames(of: original) {
            guard let value = attributeValue(name, of: original) else { continue }
            let set = value.withUnsafeBytes { setAttribute(descriptor, name, $0.baseAddress, $0.count) }
            if set != 0 && !refusals.contains(errno) {
                return "cannot keep the extended attribute '\(name)': \(String(cString: strerror(errno)))"
            }
        }
        return nil
    }

    /// The names of a file's extended attributes; none if they cannot be listed
    /// (a file system without them).
    private static func attributeNames(of path: String) -> [String] {
        guard let list = readGrowing({ listAttributes(path, $0, $1) }) else { return [] }
        return list.split(separator: 0).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }

    private static func attributeValue(_ name: String, of path: String) -> [CChar]? {
        readGrowing { getAttribute(path, name, $0.map(UnsafeMutableRawPointer.init), $1) }
    }

    /// Calls `read` (a `listxattr` or `getxattr`) for the size, then for the bytes,
    /// again if they grew in between (ERANGE).
    private static func readGrowing(_ read: (UnsafeMutablePointer<CChar>?, Int) -> Int) -> [CChar]? {
        for _ in 0..<4 {
            let size = read(nil, 0)
            guard size >= 0 else { return nil }
            var bytes = [CChar](repeating: 0, count: size)
            let count = bytes.withUnsafeMutableBufferPointer { read($0.baseAddress, size) }
            if count >= 0 { return Array(bytes[..<count]) }
            if errno != ERANGE { return nil }
        }
        return nil
    }
}

// The extended attribute calls, whose Darwin forms take a position and options.
#if canImport(Darwin)
private func listAttributes(_ path: String, _ list: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int {
    listxattr(path, list, size, 0)
}

private func getAttribute(_ path: String, _ name: String, _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int {
    getxattr(path, name, value, size, 0, 0)
}

private func setAttribute(_ descriptor: Int32, _ name: String, _ value: UnsafeRawPointer?, _ size: Int) -> Int32 {
    fsetxattr(descriptor, name, value, size, 0, 0)
}
#else
private func listAttributes(_ path: String, _ list: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int {
    listxattr(path, list, size)
}

private func getAttribute(_ path: String, _ name: String, _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int {
    getxattr(path, name, value, size)
}

private func setAttribute(_ descriptor: Int32, _ name: String, _ value: UnsafeRawPointer?, _ size: Int) -> Int32 {
    fsetxattr(descriptor, name, value, size, 0)
}
#endif
