#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, symbolic links followed; `nil` when `stat(2)` fails (no such
/// file, a dangling link, a folder on the way that cannot be searched).
///
/// Only a regular file is a canvas to read or a file to replace: opening a named
/// pipe waits for a writer (forever, for a pipe nobody writes), opening a device
/// may have effects of its own, and renaming a file over either would put a
/// regular file in its place.
enum FileKind: Equatable {
    case regular
    case folder
    case namedPipe
    case characterDevice
    case blockDevice
    case socket

    init?(following path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(mode: status.st_mode)
    }

    /// The kind of a file whose `st_mode` is `mode`. A symbolic link, which only
    /// `lstat(2)` shows, counts as a regular file: it is never asked about.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .namedPipe
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .regular
        }
    }

    /// A named pipe, a device or a socket: neither a regular file nor a folder.
    var isSpecial: Bool { self != .regular && self != .folder }

    /// The kind in words, for messages: "it is a named pipe (FIFO)".
    var described: String {
        switch self {
        case .regular: "a regular file"
        case .folder: "a folder"
        case .namedPipe: "a named pipe (FIFO)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        }
    }
}
