import CorroborateCore
import CorroborateStore
import Foundation
import Testing

/// The `ArticleStore` contract, run against every backend in `StoreBackends.all`.
@Suite("ArticleStore conformance: articles and stories")
struct ArticleStoreConformanceTests {
    /// A store holding the fixture articles and stories.
    static func filledStore(_ backend: StoreBackend) async throws -> (any ArticleStore)? {
        guard let store = try await backend.emptyStore() else { return nil }
        try await store.insert(StoreFixtures.articles)
        try await store.save(StoreFixtures.stories, removing: [])
        return store
    }

    @Test(arguments: StoreBackends.all)
    func insertStoresEachArticleOnce(backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        let first = try await store.insert(Array(StoreFixtures.articles.prefix(3)))
        let second = try await store.insert(StoreFixtures.articles)
        #expect(first == ["a1", "a2", "a3"])
        #expect(second == ["b1", "b2"])
        #expect(try await store.articleCount() == 5)
    }

    @Test(arguments: StoreBackends.all)
    func articleRoundTripsUnchanged(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        #expect(try await store.article(id: "a2") == StoreFixtures.articles[1])
        #expect(try await store.article(id: "missing") == nil)
    }

    @Test(arguments: StoreBackends.all)
    func articlesComeInTheOrderOfTheIdsAsked(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        let found = try await store.articles(ids: ["b2", "missing", "a1"])
        #expect(found.map(\.id) == ["b2", "a1"])
    }

    @Test(arguments: StoreBackends.all)
    func storyRoundTripsUnchanged(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        #expect(try await store.story(id: "s-kremlin") == StoreFixtures.kremlinStory)
        #expect(try await store.story(id: "missing") == nil)
        #expect(try await store.storyCount() == 2)
    }

    @Test(arguments: StoreBackends.all)
    func savingReplacesAStoryAndRemovesMergedOnes(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        var grown = StoreFixtures.kremlinStory
        grown.articles += ["b1"]
        grown.title = "Kremlin denies call, bridge"
        try await store.save([grown], removing: ["s-bridge"])
        #expect(try await store.storyCount() == 1)
        #expect(try await store.story(id: "s-kremlin")?.title == "Kremlin denies call, bridge")
        #expect(try await store.stories(matching: StoryQuery(text: "bridge")).stories.map(\.id) == ["s-kremlin"])
    }

    /// A query and the story ids it must give, in order.
    struct QueryCase: Sendable, CustomTestStringConvertible {
        var name: String
        var query: StoryQuery
        var expected: [String]
        var testDescription: String { name }
    }

    static let queryCases: [QueryCase] = [
        QueryCase(name: "all, newest first", query: StoryQuery(), expected: ["s-bridge", "s-kremlin"]),
        QueryCase(name: "from a day", query: StoryQuery(from: CalendarDay(year: 2024, month: 11, day: 12)), expected: ["s-bridge", "s-kremlin"]),
        QueryCase(name: "from after the last day", query: StoryQuery(from: CalendarDay(year: 2024, month: 11, day: 13)), expected: ["s-bridge"]),
        QueryCase(name: "to a day", query: StoryQuery(to: CalendarDay(year: 2024, month: 11, day: 30)), expected: ["s-kremlin"]),
        QueryCase(name: "outlet", query: StoryQuery(outlet: "Daily Wire Service"), expected: ["s-kremlin"]),
        QueryCase(name: "outlet in both", query: StoryQuery(outlet: "Evening Post"), expected: ["s-bridge", "s-kremlin"]),
        QueryCase(name: "entity alias, any case", query: StoryQuery(entity: "PESKOV"), expected: ["s-kremlin"]),
        QueryCase(name: "text in a title", query: StoryQuery(text: "collapse"), expected: ["s-bridge"]),
        QueryCase(name: "text in a body", query: StoryQuery(text: "engineers inspected"), expected: ["s-bridge"]),
        QueryCase(name: "text in a quote", query: StoryQuery(text: "never happened"), expected: ["s-kremlin"]),
        QueryCase(name: "text without its accents", query: StoryQuery(text: "zurich"), expected: ["s-bridge"]),
        QueryCase(name: "text with its accents", query: StoryQuery(text: "Zürich"), expected: ["s-bridge"]),
        QueryCase(name: "text with FTS operators", query: StoryQuery(text: "call\" OR (bridge"), expected: []),
        QueryCase(name: "text without a word filters nothing", query: StoryQuery(text: " ?! "), expected: ["s-bridge", "s-kremlin"]),
        QueryCase(name: "disputed only", query: StoryQuery(disputedOnly: true), expected: ["s-kremlin"]),
        QueryCase(name: "filters combine", query: StoryQuery(outlet: "Evening Post", text: "bridge"), expected: ["s-bridge"]),
        QueryCase(name: "second page", query: StoryQuery(offset: 1, limit: 1), expected: ["s-kremlin"]),
    ]

    @Test(arguments: StoreBackends.all, queryCases)
    func storiesMatchTheQuery(backend: StoreBackend, queryCase: QueryCase) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        let page = try await store.stories(matching: queryCase.query)
        #expect(page.stories.map(\.id) == queryCase.expected)
    }

    @Test(arguments: StoreBackends.all)
    func aPageCountsEveryMatchingStory(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        let page = try await store.stories(matching: StoryQuery(offset: 0, limit: 1))
        #expect(page.total == 2)
        #expect(page.stories.count == 1)
    }

    @Test(arguments: StoreBackends.all)
    func summariesCarryOutletsAndDisputedCounts(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        let summary = try await store.stories(matching: StoryQuery(outlet: "Daily Wire Service")).stories.first
        #expect(summary == StorySummary(
            id: "s-kremlin", title: "Kremlin denies phone call", firstPublished: PublicationDate("2024-11-10"),
            lastPublished: PublicationDate("2024-11-12"), articleCount: 3,
            outlets: ["Daily Wire Service", "Evening Post", "Morning Ledger"], disputedClaims: 1))
    }

    @Test(arguments: StoreBackends.all)
    func quotesBySpeakerMatchNameOrAliasInAnyCase(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        #expect(try await store.quotes(bySpeakerNamed: "peskov").map(\.quote.id) == ["q1"])
        #expect(try await store.quotes(bySpeakerNamed: "Dmitry Peskov").map(\.storyTitle) == ["Kremlin denies phone call"])
        #expect(try await store.quotes(bySpeakerNamed: "Lavrov").isEmpty)
    }

    @Test(arguments: StoreBackends.all)
    func claimsFilterByStatus(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        let disputed = try await store.claims(status: .disputed, limit: 10)
        #expect(disputed.map(\.claim.text) == ["A phone call took place"])
        #expect(disputed.map(\.story) == ["s-kremlin"])
        #expect(try await store.claims(status: nil, limit: 10).count == 3)
        #expect(try await store.claims(status: nil, limit: 2).count == 2)
    }

    @Test(arguments: StoreBackends.all)
    func outletRecordsCountArticlesStoriesExclusivesAndOutOfLine(backend: StoreBackend) async throws {
        guard let store = try await Self.filledStore(backend) else { return }
        let records = try await store.outletRecords()
        #expect(records == [
            OutletRecord(outlet: "Evening Post", articles: 2, stories: 2, exclusives: 2, outOfLine: 1, discrepancies: 1),
            OutletRecord(outlet: "Morning Ledger", articles: 2, stories: 2, exclusives: 0, outOfLine: 0, discrepancies: 1),
            OutletRecord(outlet: "Daily Wire Service", articles: 1, stories: 1, exclusives: 0, outOfLine: 0, discrepancies: 1),
        ])
    }
}
