import CorroborateCore
import CorroborateExtraction
import Foundation
import Testing

/// The five copied-out pages of `../shared/examples/kremlin-call/`, read relative to the package root; absent on
/// machines without the shared data (tests using them are then skipped).
enum KremlinCallPages {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/examples/kremlin-call")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: directory.path) }

    /// The text of the page whose file name starts with `seed` ("000").
    static func page(_ seed: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
              let name = names.sorted().first(where: { $0.hasPrefix(seed + "_") })
        else { return nil }
        return try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The page's article, extracted with the default page-text extractor.
    static func article(_ seed: String) throws -> Article {
        let text = try #require(page(seed))
        return try PageTextExtractor().article(from: RawDocument(source: seed, content: .pageText(text)))
    }
}
