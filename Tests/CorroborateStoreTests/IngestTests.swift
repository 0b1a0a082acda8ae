import CorroborateCore
import CorroborateStore
import CorroborateStories
import Foundation
import Testing

/// `Ingest` on generated pages into a SQLite store: idempotence and problems.
@Suite("Ingest")
struct IngestTests {
    /// The standard analysis without sentence embeddings (quick, same stories module).
    static let analysis: CoverageAnalysis = {
        var analysis = CoverageAnalysis.standard()
        analysis.builder = StoryBuilder()
        return analysis
    }()

    static func ingest(_ inputs: [String], into store: any ArticleStore) async throws -> IngestSummary {
        var configuration = Ingest.Configuration()
        configuration.workers = 2
        configuration.storyBatch = 10
        return try await Ingest(store: store, analysis: analysis, configuration: configuration).run(inputs: inputs)
    }

    @Test func ingestingTheSameInputsTwiceStoresNothingTwice() async throws {
        let directory = try TemporaryDirectory.make()
        try GeneratedCorpus.write(pages: 24, into: directory)
        let store = try SQLiteStore(path: directory.appendingPathComponent("db.sqlite").path)
        let first = try await Self.ingest([directory.path + "/*.html"], into: store)
        let stories = try await store.storyCount()
        let second = try await Self.ingest([directory.path + "/*.html"], into: store)
        #expect(first.progress.newArticles == 24)
        #expect(second.progress.newArticles == 0)
        #expect(second.alreadyIngested == 24)
        #expect(try await store.articleCount() == 24)
        #expect(try await store.storyCount() == stories)
    }

    @Test func everyArticleEndsInExactlyOneStory() async throws {
        let directory = try TemporaryDirectory.make()
        try GeneratedCorpus.write(pages: 24, into: directory)
        let store = try SQLiteStore(path: directory.appendingPathComponent("db.sqlite").path)
        _ = try await Self.ingest([directory.path], into: store)
        let members = try await StoredStories.articleMemberships(store)
        #expect(members.count == 24)
        #expect(members.values.allSatisfy { $0 == 1 })
        #expect(try await store.unclusteredArticles(limit: 1).isEmpty)
    }

    @Test func aBadInputIsAProblemAndLosesNothingStored() async throws {
        let directory = try TemporaryDirectory.make()
        try GeneratedCorpus.write(pages: 4, into: directory)
        let store = try SQLiteStore(path: directory.appendingPathComponent("db.sqlite").path)
        _ = try await Self.ingest([directory.path + "/*.html"], into: store)
        let bad = directory.appendingPathComponent("broken.html")
        try Data([0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF]).write(to: bad)
        let missing = directory.appendingPathComponent("missing.html").path
        let summary = try await Self.ingest([bad.path, missing], into: store)
        #expect(summary.progress.problems == 2)
        #expect(try await store.articleCount() == 4)
        let sources = try await store.problems(limit: 10).map(\.source)
        #expect(sources.contains { $0.hasSuffix("broken.html") })
        #expect(sources.contains(missing))
    }
}

/// Reading back what ingest stored, through the protocol.
enum StoredStories {
    /// How many stored stories each article belongs to.
    static func articleMemberships(_ store: any ArticleStore) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let page = try await store.stories(matching: StoryQuery(limit: 1_000_000))
        for summary in page.stories {
            for article in try await store.story(id: summary.id)?.articles ?? [] { counts[article, default: 0] += 1 }
        }
        return counts
    }
}
