import CorroborateCore
import PostgresNIO

extension PostgresStore {
    public func stories(matching query: StoryQuery) async throws -> StoryPage {
        let filter = PostgresStoryFilter(query)
        do {
            let rows = try await client.query(
                """
                WITH matching AS (
                    SELECT s.* FROM stories s
                    WHERE (\(filter.from)::text IS NULL OR s.last_day >= \(filter.from))
                      AND (\(filter.to)::text IS NULL OR s.first_day <= \(filter.to))
                      AND (\(filter.outlet)::text IS NULL OR EXISTS (
                            SELECT 1 FROM story_articles m JOIN articles a ON a.id = m.article_id
                            WHERE m.story_id = s.id AND a.outlet = \(filter.outlet)))
                      AND (\(filter.entity)::text IS NULL OR EXISTS (
                            SELECT 1 FROM story_entity_names n WHERE n.story_id = s.id AND n.name = \(filter.entity)))
                      AND (\(filter.text)::text IS NULL OR s.search @@ websearch_to_tsquery('english', \(filter.text)))
                      AND (NOT \(filter.disputedOnly) OR s.disputed_claims > 0)
                )
                SELECT t.total, p.id, p.title, p.first_published, p.last_published, p.article_count,
                       p.disputed_claims, p.outlets
                FROM (SELECT count(*) FROM matching) AS t(total)
                LEFT JOIN LATERAL (
                    SELECT s.id, s.title, s.first_published, s.last_published, s.article_count, s.disputed_claims,
                           ARRAY(SELECT DISTINCT a.outlet FROM story_articles m JOIN articles a ON a.id = m.article_id
                                 WHERE m.story_id = s.id AND a.outlet IS NOT NULL) AS outlets
                    FROM matching s
                    ORDER BY s.last_published DESC NULLS LAST, s.id
                    OFFSET \(filter.offset) LIMIT \(filter.limit)
                ) AS p ON true
                """, logger: logger)
            return try await page(rows, query: query)
        } catch {
            throw failure("cannot list stories", error)
        }
    }

    private func page(_ rows: PostgresRowSequence, query: StoryQuery) async throws -> StoryPage {
        var total = 0
        var summaries: [StorySummary] = []
        typealias Row = (Int, String?, String?, String?, String?, Int?, Int?, [String]?)
        for try await (count, id, title, first, last, articles, disputed, outlets) in rows.decode(Row.self) {
            total = count
            guard let id, let title else { continue }
            summaries.append(StorySummary(
                id: id, title: title, firstPublished: first.flatMap(PublicationDate.init),
                lastPublished: last.flatMap(PublicationDate.init), articleCount: articles ?? 0,
                outlets: (outlets ?? []).sorted(), disputedClaims: disputed ?? 0))
        }
        return StoryPage(stories: summaries, total: total, offset: query.offset, limit: query.limit)
    }

    public func quotes(bySpeakerNamed name: String) async throws -> [StoryQuote] {
        let key = PostgresStoryRows.matchKey(name)
        do {
            let rows = try await client.query(
                """
                SELECT s.id, s.title, q.document
                FROM story_quote_names n
                JOIN story_quotes q ON q.story_id = n.story_id AND q.ordinal = n.ordinal
                JOIN stories s ON s.id = q.story_id
                WHERE n.name = \(key)
                ORDER BY s.last_published DESC NULLS LAST, s.id, q.ordinal
                """, logger: logger)
            var quotes: [StoryQuote] = []
            for try await (story, title, document) in rows.decode((String, String, String).self) {
                let quote = try PostgresDocument.decode(Quote.self, from: document, id: story)
                quotes.append(StoryQuote(story: story, storyTitle: title, quote: quote))
            }
            return quotes
        } catch {
            throw failure("cannot read quotes by \(name)", error)
        }
    }

    public func claims(status: ClaimStatus?, limit: Int) async throws -> [StoryClaim] {
        do {
            let rows = try await client.query(
                """
                SELECT s.id, s.title, c.document
                FROM story_claims c JOIN stories s ON s.id = c.story_id
                WHERE (\(status?.rawValue)::text IS NULL OR c.status = \(status?.rawValue))
                ORDER BY s.last_published DESC NULLS LAST, s.id, c.ordinal
                LIMIT \(max(0, limit))
                """, logger: logger)
            var claims: [StoryClaim] = []
            for try await (story, title, document) in rows.decode((String, String, String).self) {
                let claim = try PostgresDocument.decode(Claim.self, from: document, id: story)
                claims.append(StoryClaim(story: story, storyTitle: title, claim: claim))
            }
            return claims
        } catch {
            throw failure("cannot read claims", error)
        }
    }

    public func outletRecords() async throws -> [OutletRecord] {
        do {
            let rows = try await client.query(
                """
                WITH articles_by AS (
                    SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet),
                stories_by AS (
                    SELECT a.outlet, count(DISTINCT m.story_id) AS stories
                    FROM story_articles m JOIN articles a ON a.id = m.article_id
                    WHERE a.outlet IS NOT NULL GROUP BY a.outlet),
                records_by AS (
                    SELECT outlet, sum(exclusives)::int8 AS exclusives, sum(out_of_line)::int8 AS out_of_line,
                           sum(discrepancies)::int8 AS discrepancies
                    FROM story_outlet_records GROUP BY outlet)
                SELECT o.outlet, coalesce(a.articles, 0), coalesce(s.stories, 0), coalesce(r.exclusives, 0),
                       coalesce(r.out_of_line, 0), coalesce(r.discrepancies, 0)
                FROM (SELECT outlet FROM articles_by UNION SELECT outlet FROM records_by) AS o
                LEFT JOIN articles_by a ON a.outlet = o.outlet
                LEFT JOIN stories_by s ON s.outlet = o.outlet
                LEFT JOIN records_by r ON r.outlet = o.outlet
                """, logger: logger)
            var records: [OutletRecord] = []
            for try await (outlet, articles, stories, exclusives, outOfLine, discrepancies)
                in rows.decode((String, Int, Int, Int, Int, Int).self)
            {
                records.append(OutletRecord(
                    outlet: outlet, articles: articles, stories: stories, exclusives: exclusives,
                    outOfLine: outOfLine, discrepancies: discrepancies))
            }
            return records.sorted { $0.outlet < $1.outlet }
        } catch {
            throw failure("cannot read outlet records", error)
        }
    }
}

/// A ``StoryQuery`` as the values its SQL binds: nil filters stay nil, names are lowercased
/// the way entity names are stored, blank text means no text filter.
struct PostgresStoryFilter: Sendable {
    var from: String?
    var to: String?
    var outlet: String?
    var entity: String?
    var text: String?
    var disputedOnly: Bool
    var offset: Int
    var limit: Int

    init(_ query: StoryQuery) {
        from = query.from?.description
        to = query.to?.description
        outlet = query.outlet
        entity = query.entity.map(PostgresStoryRows.matchKey)
        let words = query.text.map(PostgresStoryRows.matchKey) ?? ""
        text = words.isEmpty ? nil : words
        disputedOnly = query.disputedOnly
        offset = max(0, query.offset)
        limit = max(0, query.limit)
    }
}
