import CorroborateCore
import Foundation
import PostgresNIO

extension PostgresStore {
    @discardableResult
    public func insert(_ articles: [Article]) async throws -> [String] {
        let rows = try PostgresArticleRows(articles)
        guard !rows.ids.isEmpty else { return [] }
        do {
            return try await transaction { connection in try await insert(rows, on: connection) }
        } catch {
            throw failure("cannot store \(articles.count) articles", error)
        }
    }

    /// Inserts the rows not stored yet on `connection` (inside the caller's transaction) and
    /// returns the new ids in input order.
    func insert(_ rows: PostgresArticleRows, on connection: PostgresConnection) async throws -> [String] {
        let inserted = try await connection.query(
            """
            INSERT INTO articles (id, outlet, published, document, search)
            SELECT r.id, NULLIF(r.outlet, ''), NULLIF(r.published, ''), r.document, to_tsvector('english', r.text)
            FROM unnest(\(rows.ids)::text[], \(rows.outlets)::text[], \(rows.published)::text[],
                        \(rows.documents)::text[], \(rows.searchTexts)::text[])
                AS r(id, outlet, published, document, text)
            ORDER BY r.id
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """, logger: logger)
        var new: Set<String> = []
        for try await id in inserted.decode(String.self) { new.insert(id) }
        return rows.ids.filter { new.contains($0) }
    }

    public func article(id: String) async throws -> Article? {
        try await articles(ids: [id]).first
    }

    public func articles(ids: [String]) async throws -> [Article] {
        guard !ids.isEmpty else { return [] }
        do {
            let rows = try await client.query(
                "SELECT id, document FROM articles WHERE id = ANY(\(ids)::text[])", logger: logger)
            var byID: [String: Article] = [:]
            for try await (id, document) in rows.decode((String, String).self) {
                byID[id] = try PostgresDocument.decode(Article.self, from: document, id: id)
            }
            return ids.compactMap { byID[$0] }
        } catch {
            throw failure("cannot read articles", error)
        }
    }

    public func articleCount() async throws -> Int {
        try await count("SELECT count(*) FROM articles")
    }

    /// The single integer `query` returns.
    func count(_ query: PostgresQuery) async throws -> Int {
        do {
            for try await value in try await client.query(query, logger: logger).decode(Int.self) { return value }
            return 0
        } catch {
            throw failure("cannot count", error)
        }
    }
}

/// Articles as the parallel arrays one `INSERT ... SELECT FROM unnest(...)` binds: absent
/// outlets and dates as empty strings (turned back into NULL in SQL). Duplicates within the
/// batch are kept once, the first. Inserted in id order: two machines inserting overlapping
/// batches lock rows in the same order and never deadlock.
struct PostgresArticleRows: Sendable {
    var ids: [String] = []
    var outlets: [String] = []
    var published: [String] = []
    var documents: [String] = []
    var searchTexts: [String] = []

    init(_ articles: [Article]) throws {
        var seen: Set<String> = []
        for article in articles where seen.insert(article.id).inserted {
            ids.append(article.id)
            outlets.append(article.outlet ?? "")
            published.append(article.published?.rawValue ?? "")
            documents.append(try PostgresDocument.encode(article, id: article.id))
            searchTexts.append(PostgresDocument.searchable(Self.searchText(article)))
        }
    }

    /// What full-text search sees of an article: title, standfirst and body.
    static func searchText(_ article: Article) -> String {
        ([article.title, article.standfirst].compactMap { $0 } + article.body.map(\.text)).joined(separator: "\n")
    }
}
