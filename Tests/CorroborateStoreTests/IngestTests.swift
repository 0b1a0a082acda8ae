import CorroborateCore
import CorroborateStore
import CorroborateStories
import Foundation
import Synchronization
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

    @Test(arguments: [
        ("binary.html", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + [UInt8](repeating: 0, count: 64), "binary file"),
        ("empty.html", [], "empty file"),
    ] as [(String, [UInt8], String)])
    func eachProblemIsReportedNamingItsFileAsItIsStored(name: String, bytes: [UInt8], reason: String) async throws {
        let directory = try TemporaryDirectory.make()
        let bad = directory.appendingPathComponent(name)
        try Data(bytes).write(to: bad)
        let store = try SQLiteStore(path: directory.appendingPathComponent("db.sqlite").path)
        let reported = Mutex<[Problem]>([])
        _ = try await Ingest(store: store, analysis: Self.analysis).run(inputs: [bad.path, directory.path + "/none.html"],
                                                                       problem: { problem in reported.withLock { $0.append(problem) } })
        let problems = reported.withLock { $0 }
        #expect(problems.map(\.source).sorted() == [bad.path, directory.path + "/none.html"].sorted())
        #expect(problems.contains { $0.source == bad.path && $0.message.hasPrefix(reason) })
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
