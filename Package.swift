// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Corroborate",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "corroborate", targets: ["CorroborateCLI"]),
        .library(name: "CorroborateCore", targets: ["CorroborateCore"]),
        .library(name: "CorroborateExtraction", targets: ["CorroborateExtraction"]),
        .library(name: "CorroborateText", targets: ["CorroborateText"]),
        .library(name: "CorroborateEmbeddings", targets: ["CorroborateEmbeddings"]),
        .library(name: "CorroborateStories", targets: ["CorroborateStories"]),
        .library(name: "CorroborateEvaluation", targets: ["CorroborateEvaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries (Debian -dev packages), wrapped in small C shims.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),

        .target(name: "CorroborateCore", swiftSettings: swiftSettings),
        .target(
            name: "CorroborateExtraction",
            dependencies: ["CorroborateCore", "CLibXML2", "CZlib"],
            resources: [.process("Resources")],
            swiftSettings: swiftSettings
        ),
        // ICU break iterators behind a Foundation-free wrapper (Foundation and ICU clash on UErrorCode).
        .target(name: "CorroborateICU", dependencies: ["CICU"], swiftSettings: swiftSettings),
        .target(
            name: "CorroborateText",
            dependencies: ["CorroborateCore", "CorroborateICU"],
            resources: [.process("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CorroborateEmbeddings",
            dependencies: ["CorroborateCore", "COpenBLAS"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CorroborateStories",
            dependencies: ["CorroborateCore", "CorroborateText", "CorroborateEmbeddings"],
            resources: [.process("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(name: "CorroborateReports", dependencies: ["CorroborateCore"], swiftSettings: swiftSettings),
        .target(
            name: "CorroborateEvaluation",
            dependencies: ["CorroborateCore", "CorroborateExtraction", "CorroborateText", "CorroborateStories", "CZlib"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "CorroborateCLI",
            dependencies: [
                "CorroborateCore", "CorroborateExtraction", "CorroborateText",
                "CorroborateEmbeddings", "CorroborateStories", "CorroborateReports", "CorroborateEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        .testTarget(name: "CorroborateCoreTests", dependencies: ["CorroborateCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateExtractionTests",
            dependencies: ["CorroborateExtraction"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CorroborateTextTests", dependencies: ["CorroborateText"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateEmbeddingsTests",
            dependencies: ["CorroborateEmbeddings"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorroborateStoriesTests",
            dependencies: ["CorroborateStories", "CorroborateExtraction", "CorroborateReports"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorroborateReportsTests",
            dependencies: ["CorroborateReports"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorroborateEvaluationTests",
            dependencies: ["CorroborateEvaluation"],
            swiftSettings: swiftSettings
        ),
    ]
)
