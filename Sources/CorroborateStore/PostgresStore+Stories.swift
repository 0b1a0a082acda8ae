import CorroborateCore
import PostgresNIO

extension PostgresStore {
    public func save(_ stories: [Story], removing: [String]) async throws {
        guard !stories.isEmpty || !removing.isEmpty else { return }
        try await transaction("save \(stories.count) stories") { connection in
            try await save(stories, removing: removing, on: connection)
        }
    }

    /// Deletes `removing` and every story being replaced, then writes the stories with their
    /// facts, on `connection` inside the caller's transaction.
    func save(_ stories: [Story], removing: [String], on connection: PostgresConnection) async throws {
        let replaced = removing + stories.map(\.id)
        try await connection.query("DELETE FROM stories WHERE id = ANY(\(replaced)::text[])", logger: logger)
        guard !stories.isEmpty else { return }
        let outletOf = try await outlets(ofArticles: Array(Set(stories.flatMap(\.articles))), on: connection)
        let rows = try PostgresStoryRows(stories, outletOf: outletOf)
        try await insertStories(rows.stories, on: connection)
        try await insertMembers(rows, on: connection)
        try await insertQuotesAndClaims(rows, on: connection)
    }

    /// The outlet of each stored article among `ids` that names one.
    func outlets(ofArticles ids: [String], on connection: PostgresConnection) async throws -> [String: String] {
        let rows = try await connection.query(
            "SELECT id, outlet FROM articles WHERE id = ANY(\(ids)::text[]) AND outlet IS NOT NULL", logger: logger)
        var outletOf: [String: String] = [:]
        for try await (id, outlet) in rows.decode((String, String).self) { outletOf[id] = outlet }
        return outletOf
    }

    private func insertStories(_ s: PostgresStoryRows.Stories, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO stories (id, title, first_published, last_published, first_day, last_day,
                                 article_count, disputed_claims, outlets, document, search)
            SELECT r.id, r.title, NULLIF(r.first, ''), NULLIF(r.last, ''), NULLIF(r.first_day, ''),
                   NULLIF(r.last_day, ''), r.articles, r.disputed, r.outlets, r.document, to_tsvector('simple', r.text)
            FROM unnest(\(s.ids)::text[], \(s.titles)::text[], \(s.firstPublished)::text[], \(s.lastPublished)::text[],
                        \(s.firstDays)::text[], \(s.lastDays)::text[], \(s.articleCounts)::int8[],
                        \(s.disputedClaims)::int8[], \(s.outlets)::text[], \(s.documents)::text[], \(s.searchTexts)::text[])
                AS r(id, title, first, last, first_day, last_day, articles, disputed, outlets, document, text)
            """, logger: logger)
    }

    private func insertMembers(_ rows: PostgresStoryRows, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO story_articles (story_id, article_id)
            SELECT * FROM unnest(\(rows.members.stories)::text[], \(rows.members.values)::text[])
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO story_entity_names (story_id, name)
            SELECT * FROM unnest(\(rows.entityNames.stories)::text[], \(rows.entityNames.values)::text[])
            """, logger: logger)
        let o = rows.outlets
        try await connection.query(
            """
            INSERT INTO story_outlets (story_id, outlet, articles, exclusives, out_of_line, discrepancies)
            SELECT * FROM unnest(\(o.stories)::text[], \(o.outlets)::text[], \(o.articles)::int8[],
                                 \(o.exclusives)::int8[], \(o.outOfLine)::int8[], \(o.discrepancies)::int8[])
            """, logger: logger)
    }

    private func insertQuotesAndClaims(_ rows: PostgresStoryRows, on connection: PostgresConnection) async throws {
        let q = rows.quotes, n = rows.quoteSpeakers, c = rows.claims
        try await connection.query(
            """
            INSERT INTO story_quotes (story_id, position, document)
            SELECT * FROM unnest(\(q.stories)::text[], \(q.positions)::int8[], \(q.values)::text[])
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO story_quote_speakers (story_id, position, name)
            SELECT * FROM unnest(\(n.stories)::text[], \(n.positions)::int8[], \(n.values)::text[])
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO story_claims (story_id, position, status, document)
            SELECT * FROM unnest(\(c.stories)::text[], \(c.positions)::int8[], \(c.statuses)::text[], \(c.documents)::text[])
            """, logger: logger)
    }

    public func story(id: String) async throws -> Story? {
        try await read("read story \(id)") { connection in
            let rows = try await connection.query("SELECT document FROM stories WHERE id = \(id)", logger: logger)
            for try await document in rows.decode(String.self) {
                return try StoredJSON.decode(Story.self, from: document, table: "stories")
            }
            return nil
        }
    }

    public func storyCount() async throws -> Int {
        try await count("SELECT count(*) FROM stories")
    }
}
