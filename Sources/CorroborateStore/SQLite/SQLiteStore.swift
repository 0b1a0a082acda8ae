import CorroborateCore
import Foundation
import GRDB

/// The embedded store: one SQLite file through GRDB, in WAL mode (readers never wait for the
/// writer), schema brought up to date by named migrations when opened. Writers across processes
/// take turns (`BEGIN IMMEDIATE`, waiting up to `busyTimeout` for the lock).
public struct SQLiteStore: ArticleStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating when missing) and migrates the database at `path`.
    public init(path: String, busyTimeout: TimeInterval = 30) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "corroborate"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.cannotOpen, database: path, message: "cannot open the SQLite database", cause: error)
        }
        do {
            try SQLiteStore.migrator.migrate(pool)
        } catch {
            throw StoreError(.migrationFailed, database: path, message: "cannot bring the schema up to date", cause: error)
        }
    }

    // MARK: Articles

    @discardableResult
    public func insert(_ articles: [Article]) async throws -> [String] {
        try await pool.write { db in try SQLiteStore.insert(articles, db) }
    }

    public func article(id: String) async throws -> Article? {
        try await pool.read { db in try ArticleRecord.fetchOne(db, key: id)?.article() }
    }

    public func articles(ids: [String]) async throws -> [Article] {
        let records = try await pool.read { db in try SQLiteStore.articleRecords(ids, db) }
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try ids.compactMap { try byID[$0]?.article() }
    }

    public func articleCount() async throws -> Int {
        try await pool.read { db in try ArticleRecord.fetchCount(db) }
    }

    public func problems(limit: Int) async throws -> [Problem] {
        try await pool.read { db in
            try ProblemRecord.order(Column("id")).limit(limit).fetchAll(db).map(\.problem)
        }
    }

    /// Inserts the articles not stored yet (and their search text); the ids that were new.
    static func insert(_ articles: [Article], _ db: Database) throws -> [String] {
        let now = Date()
        var new: [String] = []
        for article in articles {
            let record = try ArticleRecord(article, storedAt: now)
            try record.insert(db, onConflict: .ignore)
            guard db.changesCount > 0 else { continue }
            new.append(article.id)
            try db.execute(literal: """
                INSERT INTO article_fts(article_id, title, body) VALUES (\(article.id), \(article.title ?? ""), \(article.bodyText))
                """)
        }
        return new
    }

    /// The records of `ids` that exist, in no particular order.
    static func articleRecords(_ ids: [String], _ db: Database) throws -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        for chunk in ids.chunked(500) { records += try ArticleRecord.fetchAll(db, keys: chunk) }
        return records
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements (bound-parameter lists stay small).
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
