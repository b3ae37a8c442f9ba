#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large buffer with 2 MB pages (transparent huge pages,
/// `madvise(MADV_HUGEPAGE)`), before anything is written to it.
///
/// A large canvas's bytes and its node records are most of the memory a command
/// touches, and on the virtual machines bmc is measured on a first touch of a
/// 4 KB page can cost several microseconds: a 15 MB canvas's source and records
/// are 7,000 such pages, or 15 of 2 MB. Only these buffers are advised, not the
/// whole heap: a partly used 2 MB page is resident whole, and advising every
/// allocator arena (glibc's `glibc.malloc.hugetlb=1`, which bmc used to restart
/// itself with for large files) made `check` of that canvas 3 MB larger.
public enum HugePageAdvice {
    /// The size of a transparent huge page on x86-64 and most arm64 kernels.
    static let hugePageSize = 2 << 20
    /// Smaller buffers hold too few whole huge pages to matter.
    static let minimumByteCount = 4 << 20

    /// Advises the whole 2 MB pages inside `byteCount` bytes from `start`. Only
    /// advice: where the kernel does not take it, nothing changes.
    public static func advise(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        #if canImport(Glibc)
        guard byteCount >= minimumByteCount else { return }
        let mask = UInt(hugePageSize - 1)
        let first = (UInt(bitPattern: start) + mask) & ~mask
        let end = (UInt(bitPattern: start) + UInt(byteCount)) & ~mask
        guard end > first, let pages = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(pages, Int(end - first), MADV_HUGEPAGE)
        #endif
    }
}
