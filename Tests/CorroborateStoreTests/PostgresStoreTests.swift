import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStore

/// Behaviours of the PostgreSQL backend beyond the shared conformance suite: migrations,
/// content-hash keys under concurrency, search. Skipped with a reason when no server is configured.
@Suite(PostgresTestServer.available) struct PostgresStoreTests {
    static func article(_ id: String, outlet: String? = "Outlet A", title: String = "Talks in Geneva",
                        body: String = "Negotiators met in Geneva on Monday.") -> Article {
        Article(id: id, source: "\(id).html", outlet: outlet, title: title,
                published: PublicationDate("2024-11-07"), body: [Paragraph(text: body, sentences: [body])])
    }

    @Test func migrationsAreRecordedByNameOnce() async throws {
        try await PostgresTestServer.withStores(2) { stores in
            // The second store opened the same schema: nothing applied twice.
            let names = try await stores[1].transaction("list migrations") { try await stores[1].appliedMigrations($0) }
            #expect(names == Set(PostgresMigration.all.map(\.name)))
        }
    }

    /// A schema as "v2 ingest claim time" left it (the vector tables and their migration record
    /// removed), with articles and a desk: opening it again adds the table and keeps the data.
    @Test func aV2SchemaGainsTheVectorTableAndKeepsItsData() async throws {
        try await PostgresTestServer.withStore { store in
            try await store.insert(StoreFixtures.articles)
            #expect(try await store.commit(StoryDeskCommit(replacing: nil, state: Data([7]), stories: [], removing: [], clustered: ["a1"])))
            try await store.transaction("back to v2") { connection in
                try await connection.query("DROP TABLE sentence_vectors, story_vector_keys", logger: store.logger)
                try await connection.query("DELETE FROM corroborate_migrations WHERE name = 'v3 sentence vectors'", logger: store.logger)
            }
            let reopened = try await PostgresStore.open(store.configuration)
            defer { reopened.close() }
            #expect(try await reopened.articleCount() == StoreFixtures.articles.count)
            #expect(try await reopened.storyDesk() == StoryDeskSnapshot(version: 1, state: Data([7])))
            let applied = try await reopened.transaction("list migrations") { try await reopened.appliedMigrations($0) }
            #expect(applied.contains("v3 sentence vectors"))
            let vector = StoredVector(text: "A sentence.", model: "m@1", vector: [0.6, 0.8])
            #expect(try await reopened.commit(StoryDeskCommit(
                replacing: 1, state: Data([8]), stories: [], removing: [], clustered: [], vectors: [vector])))
            #expect(try await reopened.storedVectors(keys: [vector.key], model: "m@1") == [vector])
        }
    }

    @Test func insertingTheSameArticlesTwiceStoresThemOnce() async throws {
        try await PostgresTestServer.withStore { store in
            let articles = [Self.article("a1"), Self.article("a2")]
            let first = try await store.insert(articles)
            let second = try await store.insert(articles + [Self.article("a3")])
            #expect(first == ["a1", "a2"])
            #expect(second == ["a3"])
            #expect(try await store.articleCount() == 3)
        }
    }

    @Test func concurrentInsertsOfOneBatchStoreEachArticleOnce() async throws {
        try await PostgresTestServer.withStores(2) { stores in
            let articles = (0..<50).map { Self.article("c\($0)") }
            async let first = stores[0].insert(articles)
            async let second = stores[1].insert(articles.reversed())
            let new = try await first + second
            #expect(new.count == 50)
            #expect(Set(new).count == 50)
            #expect(try await stores[0].articleCount() == 50)
        }
    }

    @Test func articleRoundTripsWithEveryField() async throws {
        try await PostgresTestServer.withStore { store in
            var article = Self.article("r1", body: "Null \u{0} byte and ünïcødé “quotes”.")
            article.byline = ["A. Writer"]
            article.removed = [Removed(text: "Buy now", reason: .advertisement)]
            try await store.insert([article])
            #expect(try await store.article(id: "r1") == article)
            #expect(try await store.article(id: "missing") == nil)
        }
    }

    @Test func storySearchFindsWordsInMemberArticles() async throws {
        try await PostgresTestServer.withStore { store in
            try await store.insert([Self.article("s1", body: "The ceasefire held overnight.")])
            try await store.save([Story(id: "st1", title: "Ceasefire", articles: ["s1"])], removing: [])
            let hits = try await store.stories(matching: StoryQuery(text: "overnight"))
            let misses = try await store.stories(matching: StoryQuery(text: "earthquake"))
            #expect(hits.stories.map(\.id) == ["st1"])
            #expect(misses.total == 0)
        }
    }

    @Test func searchTextIsBoundNotSpliced() async throws {
        try await PostgresTestServer.withStore { store in
            try await store.insert([Self.article("x1")])
            try await store.save([Story(id: "st1", title: "Talks", articles: ["x1"])], removing: [])
            let page = try await store.stories(matching: StoryQuery(text: "'); DROP TABLE stories; --"))
            #expect(page.total == 0)
            #expect(try await store.storyCount() == 1)
        }
    }
}
