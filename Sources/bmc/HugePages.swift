#if canImport(Glibc)
import Glibc

/// Backs the heap with transparent huge pages when a command reads a large file.
///
/// Checking a 15 MB canvas touches about 70 MB of fresh memory: 17,000 pages of
/// 4 KB, each a page fault on first touch. On the virtual machines bmc is measured
/// on, a fault costs several microseconds, and the kernel took a quarter of the
/// run. glibc can ask for 2 MB pages instead (its `glibc.malloc.hugetlb=1`
/// tunable, which advises the kernel with `MADV_HUGEPAGE`), but it reads tunables
/// from the environment only as a process starts. So for a large input bmc starts
/// itself once more with the tunable set; it changes where memory comes from, not
/// what bmc does. Small files, the common case (a git textconv, a pre-commit hook),
/// never pay for the second start, and a `GLIBC_TUNABLES` the user set is left alone.
enum HugePages {
    /// Below this size the faults cost less than starting again.
    static let worthwhileFileSize = 4 << 20

    static func restartWithHugePagesIfWorthwhile() {
        guard getenv("GLIBC_TUNABLES") == nil, argumentsNameALargeFile() else { return }
        setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Only reached if the exec failed (no /proc, say): carry on as we are.
        unsetenv("GLIBC_TUNABLES")
    }

    private static func argumentsNameALargeFile() -> Bool {
        CommandLine.arguments.dropFirst().contains { argument in
            var status = stat()
            return stat(argument, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
                && Int(status.st_size) >= worthwhileFileSize
        }
    }
}
#endif
