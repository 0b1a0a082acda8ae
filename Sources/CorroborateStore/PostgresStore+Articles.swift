import CorroborateCore
import PostgresNIO

extension PostgresStore {
    @discardableResult
    public func insert(_ articles: [Article]) async throws -> [String] {
        let rows = try PostgresArticleRows(articles)
        guard !rows.ids.isEmpty else { return [] }
        return try await transaction("store \(articles.count) articles") { connection in
            try await insert(rows, on: connection)
        }
    }

    /// Inserts the rows not stored yet on `connection` (inside the caller's transaction) and
    /// returns the new ids in input order.
    func insert(_ rows: PostgresArticleRows, on connection: PostgresConnection) async throws -> [String] {
        guard !rows.ids.isEmpty else { return [] }
        let inserted = try await connection.query(
            """
            INSERT INTO articles (id, source, url, outlet, title, published, document, search)
            SELECT r.id, r.source, NULLIF(r.url, ''), NULLIF(r.outlet, ''), NULLIF(r.title, ''),
                   NULLIF(r.published, ''), r.document, to_tsvector('simple', r.text)
            FROM unnest(\(rows.ids)::text[], \(rows.sources)::text[], \(rows.urls)::text[], \(rows.outlets)::text[],
                        \(rows.titles)::text[], \(rows.published)::text[], \(rows.documents)::text[],
                        \(rows.searchTexts)::text[])
                AS r(id, source, url, outlet, title, published, document, text)
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
        let byID = try await read("read articles") { connection in
            let rows = try await connection.query(
                "SELECT id, document FROM articles WHERE id = ANY(\(ids)::text[])", logger: logger)
            var byID: [String: Article] = [:]
            for try await (id, document) in rows.decode((String, String).self) {
                byID[id] = try StoredJSON.decode(Article.self, from: document, table: "articles")
            }
            return byID
        }
        return ids.compactMap { byID[$0] }
    }

    public func articleCount() async throws -> Int {
        try await count("SELECT count(*) FROM articles")
    }

    public func problems(limit: Int) async throws -> [Problem] {
        try await read("read problems") { connection in
            let rows = try await connection.query(
                "SELECT source, message FROM problems ORDER BY id LIMIT \(max(0, limit))", logger: logger)
            var problems: [Problem] = []
            for try await (source, message) in rows.decode((String, String).self) {
                problems.append(Problem(source: source, message: message))
            }
            return problems
        }
    }

    /// The single integer `query` returns.
    func count(_ query: PostgresQuery) async throws -> Int {
        try await read("count") { connection in
            for try await value in try await connection.query(query, logger: logger).decode(Int.self) { return value }
            return 0
        }
    }
}

/// Articles as the parallel arrays one `INSERT ... SELECT FROM unnest(...)` binds: absent
/// values as empty strings (turned back into NULL in SQL). Duplicates within the batch are kept
/// once, the first. Inserted in id order: two machines inserting overlapping batches lock rows
/// in the same order and never deadlock.
struct PostgresArticleRows: Sendable {
    var ids: [String] = []
    var sources: [String] = []
    var urls: [String] = []
    var outlets: [String] = []
    var titles: [String] = []
    var published: [String] = []
    var documents: [String] = []
    /// Title and body, as the SQLite store indexes them.
    var searchTexts: [String] = []

    init(_ articles: [Article]) throws {
        var seen: Set<String> = []
        for article in articles where seen.insert(article.id).inserted {
            ids.append(article.id)
            sources.append(PostgresText.storable(article.source))
            urls.append(PostgresText.storable(article.url ?? ""))
            outlets.append(PostgresText.storable(article.outlet ?? ""))
            titles.append(PostgresText.storable(article.title ?? ""))
            published.append(article.published?.rawValue ?? "")
            documents.append(try StoredJSON.encode(article))
            searchTexts.append(PostgresText.searchable((article.title ?? "") + "\n" + article.bodyText))
        }
    }
}
