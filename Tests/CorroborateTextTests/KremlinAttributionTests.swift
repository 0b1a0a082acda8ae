import CorroborateCore
import Foundation
import Testing
@testable import CorroborateText

/// The kremlin-call pages (`shared/examples/kremlin-call/`), found relative to this file; nil when absent.
private let kremlinCall: URL? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/examples/kremlin-call").standardized
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// The annotated text of one example page (the whole page text: boilerplate lines carry no quotes).
private func page(_ prefix: String) throws -> TextDocument {
    let folder = try #require(kremlinCall)
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
    return try attributed(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
}

@Suite(.enabled(if: kremlinCall != nil, "needs ../shared/examples/kremlin-call"))
struct KremlinAttributionTests {
    /// Peskov is quoted, with his full name, in all five articles.
    @Test(arguments: ["000", "001", "002", "003", "004"]) func peskovQuoted(_ prefix: String) throws {
        let document = try page(prefix)
        #expect(document.quotes.contains { $0.speakerName == "Dmitry Peskov" })
    }

    /// Cheung's "We do not comment on private calls..." is attributed to him in both articles that carry it.
    @Test(arguments: ["001", "004"]) func cheungAttributed(_ prefix: String) throws {
        let document = try page(prefix)
        let found = try #require(document.quotes.first { document.string($0.content).hasPrefix("We do not comment on private calls") })
        #expect(found.speakerName == "Steven Cheung")
        #expect(found.kind == .direct)
    }

    /// Tykhyi's statement is attributed to him via Reuters.
    @Test func tykhyiViaReuters() throws {
        let document = try page("001")
        let found = try #require(document.quotes.first { document.string($0.content).hasPrefix("Reports that the Ukrainian side") })
        #expect(found.speakerName == "Heorhii Tykhyi")
        #expect(found.via.contains("Reuters"))
    }

    /// "Peskov", "Dmitry Peskov" and "Kremlin spokesman Dmitry Peskov" are one entity in an article.
    @Test func peskovIsOneEntity() throws {
        let document = try page("003")
        let keys = Set(document.mentions.filter { $0.text.contains("Peskov") }.map(\.entity))
        #expect(keys == ["Dmitry Peskov"])
    }
}
