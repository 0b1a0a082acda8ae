import CorroborateCore
import PostgresNIO

extension PostgresStore {
    public func save(_ stories: [Story], removing: [String]) async throws {
        guard !stories.isEmpty || !removing.isEmpty else { return }
        do {
            try await transaction { connection in try await save(stories, removing: removing, on: connection) }
        } catch {
            throw failure("cannot save \(stories.count) stories", error)
        }
    }

    /// Replaces `stories` and deletes `removing` on `connection`, inside the caller's transaction.
    func save(_ stories: [Story], removing: [String], on connection: PostgresConnection) async throws {
        let replaced = removing + stories.map(\.id)
        try await connection.query("DELETE FROM stories WHERE id = ANY(\(replaced)::text[])", logger: logger)
        guard !stories.isEmpty else { return }
        let outletOf = try await outlets(ofArticles: stories.flatMap(\.articles), on: connection)
        let rows = try PostgresStoryRows(stories, outletOf: outletOf)
        try await insertStories(rows.stories, on: connection)
        try await insertMembers(rows, on: connection)
        try await insertQuotesAndClaims(rows, on: connection)
        try await connection.query(
            """
            UPDATE stories s SET search = s.search || coalesce(
                (SELECT tsvector_agg(a.search) FROM story_articles m JOIN articles a ON a.id = m.article_id
                 WHERE m.story_id = s.id), ''::tsvector)
            WHERE s.id = ANY(\(rows.stories.ids)::text[])
            """, logger: logger)
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
                                 article_count, disputed_claims, document, search)
            SELECT r.id, r.title, NULLIF(r.first, ''), NULLIF(r.last, ''), NULLIF(left(r.first, 10), ''),
                   NULLIF(left(r.last, 10), ''), r.articles, r.disputed, r.document, to_tsvector('english', r.text)
            FROM unnest(\(s.ids)::text[], \(s.titles)::text[], \(s.firstPublished)::text[], \(s.lastPublished)::text[],
                        \(s.articleCounts)::int8[], \(s.disputedClaims)::int8[], \(s.documents)::text[],
                        \(s.searchTexts)::text[])
                AS r(id, title, first, last, articles, disputed, document, text)
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
            INSERT INTO story_outlet_records (story_id, outlet, exclusives, out_of_line, discrepancies)
            SELECT * FROM unnest(\(o.stories)::text[], \(o.outlets)::text[], \(o.exclusives)::int8[],
                                 \(o.outOfLine)::int8[], \(o.discrepancies)::int8[])
            """, logger: logger)
    }

    private func insertQuotesAndClaims(_ rows: PostgresStoryRows, on connection: PostgresConnection) async throws {
        let q = rows.quotes, n = rows.quoteNames, c = rows.claims
        try await connection.query(
            """
            INSERT INTO story_quotes (story_id, ordinal, document)
            SELECT * FROM unnest(\(q.stories)::text[], \(q.ordinals)::int8[], \(q.values)::text[])
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO story_quote_names (story_id, ordinal, name)
            SELECT * FROM unnest(\(n.stories)::text[], \(n.ordinals)::int8[], \(n.values)::text[])
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO story_claims (story_id, ordinal, status, document)
            SELECT * FROM unnest(\(c.stories)::text[], \(c.ordinals)::int8[], \(c.statuses)::text[], \(c.documents)::text[])
            """, logger: logger)
    }

    public func story(id: String) async throws -> Story? {
        do {
            let rows = try await client.query("SELECT document FROM stories WHERE id = \(id)", logger: logger)
            for try await document in rows.decode(String.self) {
                return try PostgresDocument.decode(Story.self, from: document, id: id)
            }
            return nil
        } catch {
            throw failure("cannot read story \(id)", error)
        }
    }

    public func storyCount() async throws -> Int {
        try await count("SELECT count(*) FROM stories")
    }
}
