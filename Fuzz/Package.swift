// swift-tools-version:6.0
import PackageDescription

// The libFuzzer target lives in its own package, so `swift build` of the main
// package never sees the sanitizer flags. Build and run it with Fuzz/run.sh.
let package = Package(
    name: "BMCFuzz",
    dependencies: [.package(name: "bmc", path: "..")],
    targets: [
        .executableTarget(name: "BMCFuzz", dependencies: [.product(name: "BMCKit", package: "bmc")]),
    ]
)
