#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BMCCommandLine

// A closed pipe is reported as EPIPE by write(2) and handled there, not as a signal.
signal(SIGPIPE, SIG_IGN)
exit(CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard()))
