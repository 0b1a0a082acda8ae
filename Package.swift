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
        .library(name: "CorroborateStore", targets: ["CorroborateStore"]),
        .library(name: "CorroborateServer", targets: ["CorroborateServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // System libraries (Debian -dev packages), wrapped in small C shims.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),

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
        // OpenBLAS (Debian's libopenblas0) is opened at run time by BLASLibrary, not linked.
        .target(
            name: "CorroborateEmbeddings",
            dependencies: ["CorroborateCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CorroborateStories",
            dependencies: ["CorroborateCore", "CorroborateText", "CorroborateEmbeddings"],
            resources: [.process("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(name: "CorroborateReports", dependencies: ["CorroborateCore"], swiftSettings: swiftSettings),
        // Stored history: one ArticleStore protocol, SQLite (GRDB) and PostgreSQL (PostgresNIO) backends.
        .target(
            name: "CorroborateStore",
            dependencies: [
                "CorroborateCore", "CorroborateExtraction", "CorroborateText", "CorroborateEmbeddings", "CorroborateStories",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // The web app and JSON API (Hummingbird), built by one buildApplication(...).
        .target(
            name: "CorroborateServer",
            dependencies: [
                "CorroborateCore", "CorroborateStore", "CorroborateReports",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
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
                "CorroborateStore", "CorroborateServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
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
            dependencies: ["CorroborateCore", "CorroborateEmbeddings"],
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
            name: "CorroborateStoreTests",
            dependencies: ["CorroborateStore", "CorroborateStories", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CorroborateServerTests",
            dependencies: [
                "CorroborateServer", "CorroborateStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CorroborateEvaluationTests",
            dependencies: ["CorroborateEvaluation"],
            swiftSettings: swiftSettings
        ),
    ]
)
