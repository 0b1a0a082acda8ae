import CorroborateCore
import PostgresNIO

extension PostgresStore {
    public func stories(matching query: StoryQuery) async throws -> StoryPage {
        let filter = PostgresStoryFilter(query)
        return try await read("list stories") { connection in
            let rows = try await connection.query(
                """
                WITH matching AS (
                    SELECT s.* FROM stories s
                    WHERE (\(filter.from)::text IS NULL OR s.last_day >= \(filter.from))
                      AND (\(filter.to)::text IS NULL OR s.first_day <= \(filter.to))
                      AND (\(filter.outlet)::text IS NULL
                           OR s.id IN (SELECT story_id FROM story_outlets WHERE outlet = \(filter.outlet)))
                      AND (\(filter.entity)::text IS NULL
                           OR s.id IN (SELECT story_id FROM story_entity_names WHERE name = \(filter.entity)))
                      AND (\(filter.words)::text IS NULL
                           OR s.search @@ plainto_tsquery('simple', \(filter.words))
                           OR s.id IN (SELECT m.story_id FROM articles a JOIN story_articles m ON m.article_id = a.id
                                       WHERE a.search @@ plainto_tsquery('simple', \(filter.words))))
                      AND (NOT \(filter.disputedOnly) OR s.disputed_claims > 0)
                )
                SELECT t.total, p.id, p.title, p.first_published, p.last_published, p.article_count,
                       p.disputed_claims, p.outlets
                FROM (SELECT count(*) FROM matching) AS t(total)
                LEFT JOIN LATERAL (
                    SELECT * FROM matching
                    ORDER BY last_published DESC NULLS LAST, id
                    OFFSET \(filter.offset) LIMIT \(filter.limit)
                ) AS p ON true
                """, logger: logger)
            return try await page(rows, query: query)
        }
    }

    private func page(_ rows: PostgresRowSequence, query: StoryQuery) async throws -> StoryPage {
        var total = 0
        var summaries: [StorySummary] = []
        typealias Row = (Int, String?, String?, String?, String?, Int?, Int?, String?)
        for try await (count, id, title, first, last, articles, disputed, outlets) in rows.decode(Row.self) {
            total = count
            guard let id, let title, let outlets else { continue }
            summaries.append(StorySummary(
                id: id, title: title, firstPublished: first.flatMap(PublicationDate.init),
                lastPublished: last.flatMap(PublicationDate.init), articleCount: articles ?? 0,
                outlets: try StoredJSON.decode([String].self, from: outlets, table: "stories"),
                disputedClaims: disputed ?? 0))
        }
        return StoryPage(stories: summaries, total: total, offset: query.offset, limit: query.limit)
    }

    public func quotes(bySpeakerNamed name: String) async throws -> [StoryQuote] {
        let key = PostgresText.storable(name.lowercased())
        return try await read("read quotes by \(name)") { connection in
            let rows = try await connection.query(
                """
                SELECT s.id, s.title, q.document
                FROM story_quote_speakers n
                JOIN story_quotes q ON q.story_id = n.story_id AND q.position = n.position
                JOIN stories s ON s.id = q.story_id
                WHERE n.name = \(key)
                ORDER BY s.last_published DESC NULLS LAST, q.story_id, q.position
                """, logger: logger)
            var quotes: [StoryQuote] = []
            for try await (story, title, document) in rows.decode((String, String, String).self) {
                let quote = try StoredJSON.decode(Quote.self, from: document, table: "story_quotes")
                quotes.append(StoryQuote(story: story, storyTitle: title, quote: quote))
            }
            return quotes
        }
    }

    public func claims(status: ClaimStatus?, limit: Int) async throws -> [StoryClaim] {
        try await read("read claims") { connection in
            let rows = try await connection.query(
                """
                SELECT s.id, s.title, c.document
                FROM story_claims c JOIN stories s ON s.id = c.story_id
                WHERE (\(status?.rawValue)::text IS NULL OR c.status = \(status?.rawValue))
                ORDER BY s.last_published DESC NULLS LAST, c.story_id, c.position
                LIMIT \(max(0, limit))
                """, logger: logger)
            var claims: [StoryClaim] = []
            for try await (story, title, document) in rows.decode((String, String, String).self) {
                let claim = try StoredJSON.decode(Claim.self, from: document, table: "story_claims")
                claims.append(StoryClaim(story: story, storyTitle: title, claim: claim))
            }
            return claims
        }
    }

    /// Sorted as the SQLite store sorts them: most articles first, then by outlet name.
    public func outletRecords() async throws -> [OutletRecord] {
        let records = try await read("read outlet records") { connection in
            let rows = try await connection.query(
                """
                WITH by_articles AS (
                    SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet),
                by_stories AS (
                    SELECT outlet, count(*) AS stories, sum(exclusives)::int8 AS exclusives,
                           sum(out_of_line)::int8 AS out_of_line, sum(discrepancies)::int8 AS discrepancies
                    FROM story_outlets GROUP BY outlet)
                SELECT coalesce(a.outlet, s.outlet), coalesce(a.articles, 0), coalesce(s.stories, 0),
                       coalesce(s.exclusives, 0), coalesce(s.out_of_line, 0), coalesce(s.discrepancies, 0)
                FROM by_articles a FULL JOIN by_stories s ON s.outlet = a.outlet
                """, logger: logger)
            var records: [OutletRecord] = []
            for try await (outlet, articles, stories, exclusives, outOfLine, discrepancies)
                in rows.decode((String, Int, Int, Int, Int, Int).self)
            {
                records.append(OutletRecord(
                    outlet: outlet, articles: articles, stories: stories, exclusives: exclusives,
                    outOfLine: outOfLine, discrepancies: discrepancies))
            }
            return records
        }
        return records.sorted { ($0.articles, $1.outlet) > ($1.articles, $0.outlet) }
    }
}

/// A ``StoryQuery`` as the values its SQL binds, read as the SQLite store reads it: entity
/// names lowercased, search text split into words (no word: no text filter).
struct PostgresStoryFilter: Sendable {
    var from: String?
    var to: String?
    var outlet: String?
    var entity: String?
    /// The search words; nil when the query has no text or no word in it.
    var words: String?
    var disputedOnly: Bool
    var offset: Int
    var limit: Int

    init(_ query: StoryQuery) {
        from = query.from?.description
        to = query.to?.description
        outlet = query.outlet.map(PostgresText.storable)
        entity = query.entity.map { PostgresText.storable($0.lowercased()) }
        words = query.text.flatMap { PostgresText.searchWords(PostgresText.storable($0)) }
        disputedOnly = query.disputedOnly
        offset = max(0, query.offset)
        limit = max(0, query.limit)
    }
}
