import CorroborateCore
import Foundation
import PostgresNIO

extension PostgresStore {
    public func storyDesk() async throws -> StoryDeskSnapshot? {
        try await read("read the story desk") { connection in
            let rows = try await connection.query("SELECT version, state FROM story_desk WHERE id = 1", logger: logger)
            for try await (version, state) in rows.decode((Int, Data).self) {
                return StoryDeskSnapshot(version: version, state: state)
            }
            return nil
        }
    }

    public func unclusteredArticles(limit: Int) async throws -> [Article] {
        try await read("read unclustered articles") { connection in
            let rows = try await connection.query(
                "SELECT document FROM articles WHERE NOT clustered ORDER BY seq LIMIT \(max(0, limit))", logger: logger)
            var articles: [Article] = []
            for try await document in rows.decode(String.self) {
                articles.append(try StoredJSON.decode(Article.self, from: document, table: "articles"))
            }
            return articles
        }
    }

    /// Story commits from every machine take turns on a transaction-scoped advisory lock
    /// (`pg_advisory_xact_lock`), so checking the desk version and writing the stories is one
    /// step: of two commits built on the same version, the second changes nothing.
    public func commit(_ commit: StoryDeskCommit) async throws -> Bool {
        try await transaction("commit \(commit.stories.count) stories") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresLock.storyPass.rawValue))", logger: logger)
            let current = try await deskVersion(on: connection)
            guard current == commit.replacing else { return false }
            try await save(commit.stories, removing: commit.removing, on: connection)
            try await connection.query(
                "UPDATE articles SET clustered = true WHERE id = ANY(\(commit.clustered)::text[])", logger: logger)
            try await save(commit.vectors, on: connection)
            let saved = Set(commit.stories.map(\.id))
            let kept = commit.vectorKeys.filter { saved.contains($0.key) }.sorted { $0.key < $1.key }
            if !kept.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO story_vector_keys (story_id, keys)
                    SELECT * FROM unnest(\(kept.map(\.key))::text[], \(kept.map { $0.value.joined(separator: " ") })::text[])
                    ON CONFLICT (story_id) DO UPDATE SET keys = excluded.keys
                    """, logger: logger)
            }
            try await connection.query(
                """
                INSERT INTO story_desk (id, version, state) VALUES (1, \((current ?? 0) + 1), \(commit.state))
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state
                """, logger: logger)
            return true
        }
    }

    public func vectorKeys(ofStories ids: [String]) async throws -> [String] {
        guard !ids.isEmpty else { return [] }
        return try await read("read story vector keys") { connection in
            let rows = try await connection.query("SELECT keys FROM story_vector_keys WHERE story_id = ANY(\(ids)::text[])", logger: logger)
            var keys: [String] = []
            for try await joined in rows.decode(String.self) { keys += joined.split(separator: " ").map(String.init) }
            return keys
        }
    }

    public func storedVectors(keys: [String], model: String) async throws -> [StoredVector] {
        guard !keys.isEmpty else { return [] }
        return try await read("read sentence vectors") { connection in
            let rows = try await connection.query(
                "SELECT key, vector FROM sentence_vectors WHERE key = ANY(\(keys)::text[]) AND model = \(model)", logger: logger)
            var found: [StoredVector] = []
            for try await (key, vector) in rows.decode((String, Data).self) {
                found.append(StoredVector(key: key, model: model, bytes: vector))
            }
            return found
        }
    }

    /// Inserts `vectors` (one per key and model), replacing stored ones, in chunks of 1,000 rows.
    private func save(_ vectors: [StoredVector], on connection: PostgresConnection) async throws {
        for chunk in vectors.chunked(1000) {
            let rows = Array(chunk)
            try await connection.query(
                """
                INSERT INTO sentence_vectors (key, model, vector)
                SELECT * FROM unnest(\(rows.map(\.key))::text[], \(rows.map(\.model))::text[], \(rows.map { ByteBuffer(bytes: $0.bytes) })::bytea[])
                ON CONFLICT (key, model) DO UPDATE SET vector = excluded.vector
                """, logger: logger)
        }
    }

    private func deskVersion(on connection: PostgresConnection) async throws -> Int? {
        let rows = try await connection.query("SELECT version FROM story_desk WHERE id = 1 FOR UPDATE", logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return nil
    }
}
