import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStore

#if canImport(Glibc)
import Glibc
#endif

/// Two `corroborate ingest` processes (two "machines") on one PostgreSQL database sharing one
/// queue, one of them killed with SIGKILL mid-batch: the survivor takes over its units once their
/// lease runs out, and every article ends up stored once and in exactly one story.
@Suite(PostgresTestServer.available) struct PostgresIngestProcessesTests {
    static let pages = 60

    @Test func twoIngestProcessesShareTheQueueAndSurviveAKill() async throws {
        guard let executable = IngestCrashTests.executable else {
            print("skipped: no built corroborate executable (run swift build first)")
            return
        }
        let configuration = try PostgresTestServer.freshConfiguration()
        let url = try #require(PostgresTestServer.url) + "?schema=\(try #require(configuration.schema))"
        let pages = try TemporaryDirectory.make().appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        _ = try GeneratedCorpus.write(pages: Self.pages, into: pages)
        let store = try await PostgresStore.open(configuration)
        defer { store.close() }
        let arguments = ["ingest", pages.path, "--database", url, "--lease", "1", "--story-batch", "10", "--quiet"]

        let doomed = try IngestCrashTests.start(executable, arguments)
        let survivor = try IngestCrashTests.start(executable, arguments)
        let reached = try await Self.waitForArticles(in: store, atLeast: 1, while: doomed)
        kill(doomed.processIdentifier, SIGKILL)
        doomed.waitUntilExit()
        survivor.waitUntilExit()

        #expect(reached, "the killed process was still running when articles were stored")
        #expect(survivor.terminationStatus == 0)
        #expect(try await store.articleCount() == Self.pages)
        let members = try await StoredStories.articleMemberships(store)
        #expect(members.count == Self.pages)
        #expect(members.values.allSatisfy { $0 == 1 })
        #expect(try await store.queueCounts() == IngestQueueCounts(pending: 0, claimed: 0, done: Self.pages))
        try await store.client.query(.init(unsafeSQL: "DROP SCHEMA \(try #require(configuration.schema)) CASCADE"))
    }

    /// Polls until the store holds `count` articles; false when the process ended first.
    static func waitForArticles(in store: PostgresStore, atLeast count: Int, while process: Process) async throws -> Bool {
        while process.isRunning {
            if let stored = try? await store.articleCount(), stored >= count { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
