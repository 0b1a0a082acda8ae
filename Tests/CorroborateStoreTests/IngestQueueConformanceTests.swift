import CorroborateCore
import CorroborateStore
import Foundation
import Testing

/// The ingest work queue and incremental story commits, run against every backend.
@Suite("ArticleStore conformance: ingest queue and story desk")
struct IngestQueueConformanceTests {
    static let units = (1...4).map { IngestUnit(id: "u\($0)", path: "/inputs/page\($0).html") }

    @Test(arguments: StoreBackends.all)
    func enqueueingTwiceQueuesOnce(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        #expect(try await store.enqueue(Self.units) == 4)
        #expect(try await store.enqueue(Self.units) == 0)
        #expect(try await store.queueCounts() == IngestQueueCounts(pending: 4, claimed: 0, done: 0))
    }

    @Test(arguments: StoreBackends.all)
    func twoWorkersNeverClaimTheSameUnit(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.enqueue(Self.units)
        let first = try await store.claimUnits(worker: "w1", limit: 3, lease: .seconds(600))
        let second = try await store.claimUnits(worker: "w2", limit: 3, lease: .seconds(600))
        #expect(first.map(\.id) == ["u1", "u2", "u3"])
        #expect(second.map(\.id) == ["u4"])
        #expect(try await store.queueCounts() == IngestQueueCounts(pending: 0, claimed: 4, done: 0))
    }

    @Test(arguments: StoreBackends.all)
    func aClaimWhoseLeaseRanOutIsTakenAgain(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.enqueue(Array(Self.units.prefix(1)))
        _ = try await store.claimUnits(worker: "dead", limit: 1, lease: .zero)
        let retaken = try await store.claimUnits(worker: "alive", limit: 1, lease: .seconds(600))
        #expect(retaken.map(\.id) == ["u1"])
    }

    @Test(arguments: StoreBackends.all)
    func completingStoresArticlesAndProblemsAndMarksDone(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.enqueue(Self.units)
        let unit = try await store.claimUnits(worker: "w", limit: 1, lease: .seconds(600))[0]
        let problem = Problem(source: "/inputs/page1.html#2", message: "not an article")
        let receipt = try await store.complete(unit, articles: Array(StoreFixtures.articles.prefix(2)), problems: [problem])
        #expect(receipt == IngestReceipt(newArticles: 2, storedBefore: 0, problems: 1))
        #expect(try await store.articleCount() == 2)
        #expect(try await store.problems(limit: 10) == [problem])
        #expect(try await store.queueCounts() == IngestQueueCounts(pending: 3, claimed: 0, done: 1))
    }

    @Test(arguments: StoreBackends.all)
    func completingTwiceStoresNothingTwice(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.enqueue(Self.units)
        let articles = Array(StoreFixtures.articles.prefix(2)), problem = Problem(source: "x", message: "bad")
        try await store.complete(Self.units[0], articles: articles, problems: [problem])
        let again = try await store.complete(Self.units[0], articles: articles, problems: [problem])
        #expect(again == IngestReceipt(newArticles: 0, storedBefore: 2, problems: 0))
        #expect(try await store.articleCount() == 2)
        #expect(try await store.problems(limit: 10).count == 1)
    }

    @Test(arguments: StoreBackends.all)
    func anArticleInTwoUnitsIsStoredOnce(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.enqueue(Self.units)
        try await store.complete(Self.units[0], articles: Array(StoreFixtures.articles.prefix(2)), problems: [])
        let receipt = try await store.complete(Self.units[1], articles: Array(StoreFixtures.articles.prefix(3)), problems: [])
        #expect(receipt == IngestReceipt(newArticles: 1, storedBefore: 2, problems: 0))
        #expect(try await store.articleCount() == 3)
    }

    @Test(arguments: StoreBackends.all)
    func newArticlesWaitToBeClustered(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.insert(StoreFixtures.articles)
        #expect(try await store.storyDesk() == nil)
        #expect(try await store.unclusteredArticles(limit: 3).map(\.id) == ["a1", "a2", "a3"])
    }

    @Test(arguments: StoreBackends.all)
    func aCommitSavesStoriesClustersArticlesAndVersionsTheDesk(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.insert(StoreFixtures.articles)
        let commit = StoryDeskCommit(replacing: nil, state: Data("one".utf8), stories: [StoreFixtures.bridgeStory],
                                     removing: [], clustered: ["b1", "b2"])
        #expect(try await store.commit(commit))
        #expect(try await store.storyDesk() == StoryDeskSnapshot(version: 1, state: Data("one".utf8)))
        #expect(try await store.unclusteredArticles(limit: 10).map(\.id) == ["a1", "a2", "a3"])
        #expect(try await store.story(id: "s-bridge") == StoreFixtures.bridgeStory)
    }

    @Test(arguments: StoreBackends.all)
    func aCommitOnAStaleVersionChangesNothing(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.insert(StoreFixtures.articles)
        #expect(try await store.commit(StoryDeskCommit(replacing: nil, state: Data("one".utf8), stories: [], removing: [], clustered: [])))
        let stale = StoryDeskCommit(replacing: nil, state: Data("two".utf8), stories: [StoreFixtures.bridgeStory],
                                    removing: [], clustered: ["b1"])
        #expect(try await store.commit(stale) == false)
        #expect(try await store.storyDesk()?.state == Data("one".utf8))
        #expect(try await store.storyCount() == 0)
        #expect(try await store.unclusteredArticles(limit: 10).count == 5)
    }
}

extension IngestQueueConformanceTests {
    @Test(arguments: StoreBackends.all)
    func aRenewedLeaseKeepsTheUnitClaimed(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        try await store.enqueue(Array(Self.units.prefix(1)))
        _ = try await store.claimUnits(worker: "w1", limit: 1, lease: .zero)
        try await store.renewLeases(worker: "w1", lease: .seconds(600))
        #expect(try await store.claimUnits(worker: "w2", limit: 1, lease: .seconds(600)).isEmpty)
    }
}
