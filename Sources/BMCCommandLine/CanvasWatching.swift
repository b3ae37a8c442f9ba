#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `export --watch`: a live preview beside the editor. The canvas file is polled
/// (no file-system notification library, and it works on every file system,
/// network mounts included), every 0.3 seconds, sleeping in between, so the loop
/// costs nothing while nothing changes. An export with errors prints them and
/// leaves the output as it was: the last good one. It runs until interrupted.
enum CanvasWatching {
    /// How long to sleep between two looks at the file, in microseconds.
    static let interval: useconds_t = 300_000

    /// Runs `export` now and every time the file at `path` changes, for ever
    /// (or until `shouldStop`, for tests).
    static func watch(_ path: String, console: Console, shouldStop: () -> Bool = { false },
                      export: () -> Int32) -> Int32 {
        var last: FileStamp? = nil
        var wroteOnce = false
        while !shouldStop() {
            let stamp = FileStamp(path)
            // A file missing for a moment (an editor saving by rename) is no change.
            if let stamp, stamp != last {
                last = stamp
                if export() == ExitStatus.success {
                    wroteOnce = true
                    console.writeError("bmc export: wrote the export of '\(path)'; watching for changes (Ctrl-C to stop)\n")
                } else {
                    console.writeError("bmc export: " + (wroteOnce ? "kept the last good export" : "nothing written yet")
                                       + "; watching for changes (Ctrl-C to stop)\n")
                }
            }
            usleep(interval)
        }
        return ExitStatus.success
    }
}

/// What tells a changed file from an unchanged one without reading it: its
/// modification time, size, inode and device (an editor that saves by writing a
/// new file and renaming it changes the inode even within one clock tick).
struct FileStamp: Equatable {
    let seconds: Int, nanoseconds: Int, size: Int64, inode: UInt64, device: UInt64

    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
        size = Int64(status.st_size)
        inode = UInt64(status.st_ino)
        device = UInt64(status.st_dev)
    }
}
