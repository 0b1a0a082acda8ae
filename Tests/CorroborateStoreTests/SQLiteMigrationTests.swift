import CorroborateCore
import Foundation
import GRDB
import Testing

@testable import CorroborateStore

/// Opening a store made by an earlier schema brings it up to date and keeps what it holds.
@Suite("SQLite migrations")
struct SQLiteMigrationTests {
    /// A database at the schema of "v2 ingest claim time" (before stored sentence vectors), holding the
    /// fixture articles, a story and a saved desk, written as that schema's code wrote them.
    static func v2Store() throws -> String {
        let path = try TemporaryDirectory.make().appendingPathComponent("v2.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v2 ingest claim time")
        try queue.write { db in
            _ = try SQLiteStore.insert(StoreFixtures.articles, db)
            try SQLiteStore.save([StoreFixtures.bridgeStory], removing: [], db)
            try db.execute(sql: "INSERT INTO story_desk (id, version, state) VALUES (1, 3, x'00')")
        }
        try queue.close()
        return path
    }

    @Test func aV2StoreGainsTheVectorTableAndKeepsItsData() async throws {
        let path = try Self.v2Store()
        let store = try SQLiteStore(path: path)
        #expect(try await store.articleCount() == StoreFixtures.articles.count)
        #expect(try await store.story(id: "s-bridge") == StoreFixtures.bridgeStory)
        #expect(try await store.storyDesk()?.version == 3)
        let vector = StoredVector(text: "A sentence.", model: "m@1", vector: [0.6, 0.8])
        #expect(try await store.storedVectors(keys: [vector.key], model: "m@1").isEmpty)
        let commit = StoryDeskCommit(replacing: 3, state: Data([1]), stories: [], removing: [], clustered: [], vectors: [vector])
        #expect(try await store.commit(commit))
        #expect(try await store.storedVectors(keys: [vector.key], model: "m@1") == [vector])
        #expect(try await store.story(id: "s-bridge") == StoreFixtures.bridgeStory)
    }

    @Test func theMigrationIsRecordedOnceAndReopeningChangesNothing() async throws {
        let path = try Self.v2Store()
        _ = try SQLiteStore(path: path)
        let reopened = try SQLiteStore(path: path)
        let applied = try await reopened.pool.read { db in try SQLiteStore.migrator.appliedIdentifiers(db) }
        #expect(applied.contains("v3 sentence vectors"))
        #expect(try await reopened.pool.read { db in try db.tableExists("sentence_vector") })
    }
}
