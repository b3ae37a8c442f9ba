// swift-tools-version:6.0
import PackageDescription

// No package dependencies: the product's design card says `packages: none`.
let package = Package(
    name: "bmc",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BMCKit", targets: ["BMCKit"]),
        .executable(name: "bmc", targets: ["bmc"]),
    ],
    targets: [
        .target(name: "BMCKit",
                // Writes Decoding/DiacriticFolding.swift; not part of the build.
                exclude: ["Decoding/generate_folding_table.py"]),
        .target(name: "BMCCommandLine", dependencies: ["BMCKit"]),
        .executableTarget(name: "bmc", dependencies: ["BMCCommandLine"]),
        .testTarget(name: "BMCKitTests", dependencies: ["BMCKit"]),
        .testTarget(name: "BMCCommandLineTests", dependencies: ["BMCCommandLine", "BMCKit"]),
    ]
)
