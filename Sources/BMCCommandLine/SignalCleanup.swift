#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary file being written if a signal ends the process, so that
/// an interrupted `fmt -w` or `export -o` leaves neither a half-written file nor a
/// stray temporary one; then lets the signal end the process as it would have: the
/// action the signal had before (the default, in `bmc`) is put back and the signal
/// raised again, so that the parent sees the process killed by that very signal
/// (a shell prints "File size limit exceeded" and sets `$?` to 128 + its number).
///
/// The handlers are installed with the first temporary file, not at start-up,
/// which stays a few system calls shorter for every command that writes nothing.
enum SignalCleanup {
    /// A temporary file the handlers remove, until `forget(_:)` is told it was
    /// renamed or removed.
    struct Registration {
        fileprivate let path: UnsafeMutablePointer<CChar>
    }

    /// Every signal that can be caught and whose default action ends the process
    /// (signal(7)):
    /// - ending it: SIGHUP, SIGINT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2,
    ///   SIGPOLL (also called SIGIO), SIGPROF, SIGVTALRM, and on Linux SIGSTKFLT,
    ///   SIGPWR and the real-time signals, from SIGRTMIN (past the two the C
    ///   library keeps for its threads) to SIGRTMAX;
    /// - ending it with a core dump: SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS,
    ///   SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ (a file grown past `ulimit -f`) and
    ///   SIGSYS. The faults among them are a crash of bmc itself while it writes
    ///   (a Swift runtime trap is SIGILL on x86-64, SIGTRAP on ARM); the file is
    ///   removed then too, except after a stack overflow, whose handler has no
    ///   stack to run on.
    ///
    /// Not here: SIGKILL and SIGSTOP, which cannot be caught; SIGCHLD, SIGURG and
    /// SIGWINCH, ignored by default; SIGCONT, SIGTSTP, SIGTTIN and SIGTTOU, which
    /// stop or continue the process but do not end it. A signal that is ignored
    /// when the file is made (SIGPIPE in `bmc`, SIGHUP under `nohup`, SIGINT in a
    /// shell's background job, SIGXFSZ after `trap '' XFSZ`) stays ignored; what
    /// it would have interrupted then fails (EPIPE, EFBIG), and the write's
    /// failure removes the file.
    static var signals: [Int32] {
        var signals = [SIGHUP, SIGINT, SIGPIPE, SIGALRM, SIGTERM, SIGUSR1, SIGUSR2, SIGIO, SIGPROF, SIGVTALRM,
                       SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ, SIGSYS]
        #if os(Linux)
        signals += [SIGSTKFLT, SIGPWR]
        signals += Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
        #endif
        return signals
    }

    /// Makes the temporary file at `path` with `create` (which opens it and
    /// returns the descriptor, or -1) and registers it if it was made. Signals
    /// are held back meanwhile: one that comes while the file is being made is
    /// delivered once its path is registered, and the file is removed.
    static func create(_ path: String, with create: () -> Int32) -> (descriptor: Int32, registration: Registration?) {
        var everything = sigset_t()
        var before = sigset_t()
        sigfillset(&everything)
        pthread_sigmask(SIG_BLOCK, &everything, &before)
        defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
        _ = installation
        guard let copy = strdup(path) else { return (create(), nil) }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let descriptor = create()
        guard descriptor >= 0 else {
            free(copy)
            return (descriptor, nil)
        }
        pendingPath = copy
        return (descriptor, Registration(path: copy))
    }

    /// Stops removing a temporary file: it was renamed over the target, or
    /// removed after a failure.
    static func forget(_ registration: Registration) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if pendingPath == registration.path { pendingPath = nil }
        // Freed one file later: a handler running on another thread at this very
        // moment may still be reading it.
        free(retiredPath)
        retiredPath = registration.path
    }

    /// The handlers, installed once, with every signal held back.
    private static let installation: Void = {
        // Touched here, so that the handler never is the first to (a global's
        // first use initializes it, which is not async-signal-safe).
        pendingPath = nil
        for signalNumber in signals where signalNumber < signalLimit {
            let saved = previousActions + Int(signalNumber)
            guard sigaction(signalNumber, nil, saved) == 0 else { continue }
            let before = signal(signalNumber, removeTemporaryFileAndRaise)
            if unsafeBitCast(before, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                sigaction(signalNumber, saved, nil)
            }
        }
    }()
}

/// More than the highest signal number (64 on Linux, 31 on Darwin).
private let signalLimit: Int32 = 65

/// The action each signal had before bmc's handler, by signal number, put back
/// before the signal is raised again.
nonisolated(unsafe) private let previousActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(signalLimit))
    actions.initialize(repeating: sigaction(), count: Int(signalLimit))
    return actions
}()

/// The temporary file being written, as a C string a signal handler may read.
nonisolated(unsafe) private var pendingPath: UnsafeMutablePointer<CChar>?
/// The temporary file written before it, freed when the next one is forgotten.
nonisolated(unsafe) private var retiredPath: UnsafeMutablePointer<CChar>?

/// Serializes registering and forgetting (only tests write files from several
/// threads at once; the handler takes no lock).
nonisolated(unsafe) private let lock: UnsafeMutablePointer<pthread_mutex_t> = {
    let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(lock, nil)
    return lock
}()

/// The handler: only async-signal-safe calls (signal-safety(7)). The signal is
/// blocked while its handler runs, so the raised one waits until it is unblocked,
/// and then the action put back ends the process. If that action does not (a
/// handler of a program that calls bmc as a library), the interrupted write goes
/// on and fails for want of its file.
private func removeTemporaryFileAndRaise(_ signalNumber: Int32) {
    if let path = pendingPath { unlink(path) }
    sigaction(signalNumber, previousActions + Int(signalNumber), nil)
    var only = sigset_t()
    sigemptyset(&only)
    sigaddset(&only, signalNumber)
    raise(signalNumber)
    pthread_sigmask(SIG_UNBLOCK, &only, nil)
}
