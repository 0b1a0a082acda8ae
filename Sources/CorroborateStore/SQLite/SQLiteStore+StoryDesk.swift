import CorroborateCore
import GRDB

extension SQLiteStore {
    public func storyDesk() async throws -> StoryDeskSnapshot? {
        try await pool.read { db in try StoryDeskRecord.fetchOne(db, key: 1)?.snapshot }
    }

    public func unclusteredArticles(limit: Int) async throws -> [Article] {
        try await pool.read { db in
            try ArticleRecord.fetchAll(db, SQLRequest(literal: "SELECT * FROM article WHERE clustered = 0 ORDER BY rowid LIMIT \(max(0, limit))"))
                .map { try $0.article() }
        }
    }

    public func commit(_ commit: StoryDeskCommit) async throws -> Bool {
        try await pool.write { db in
            let current = try StoryDeskRecord.fetchOne(db, key: 1)?.version
            guard current == commit.replacing else { return false }
            try SQLiteStore.save(commit.stories, removing: commit.removing, db)
            for chunk in commit.clustered.chunked(500) {
                try db.execute(literal: "UPDATE article SET clustered = 1 WHERE id IN \(Array(chunk))")
            }
            for vector in commit.vectors { try SentenceVectorRecord(vector).insert(db, onConflict: .replace) }
            let saved = Set(commit.stories.map(\.id))
            for (story, keys) in commit.vectorKeys where saved.contains(story) {
                try db.execute(literal: "INSERT OR REPLACE INTO story_vector_keys (story_id, keys) VALUES (\(story), \(keys.joined(separator: " ")))")
            }
            try StoryDeskRecord(version: (current ?? 0) + 1, state: commit.state).save(db)
            return true
        }
    }

    public func vectorKeys(ofStories ids: [String]) async throws -> [String] {
        try await pool.read { db in
            var keys: [String] = []
            for chunk in ids.chunked(500) {
                for joined in try String.fetchAll(db, SQLRequest(literal: "SELECT keys FROM story_vector_keys WHERE story_id IN \(Array(chunk))")) {
                    keys += joined.split(separator: " ").map(String.init)
                }
            }
            return keys
        }
    }

    public func storedVectors(keys: [String], model: String) async throws -> [StoredVector] {
        try await pool.read { db in
            var found: [StoredVector] = []
            for chunk in keys.chunked(500) {
                found += try SentenceVectorRecord
                    .filter(Array(chunk).contains(Column("key"))).filter(Column("model") == model)
                    .fetchAll(db).map(\.stored)
            }
            return found
        }
    }
}
