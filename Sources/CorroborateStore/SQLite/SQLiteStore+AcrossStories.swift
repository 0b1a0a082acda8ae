import CorroborateCore
import GRDB

extension SQLiteStore {
    public func quotes(bySpeakerNamed name: String) async throws -> [StoryQuote] {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, SQLRequest(literal: """
                SELECT DISTINCT q.story_id, s.title, q.position, q.quote, s.last_published
                FROM quote_speaker qs
                JOIN story_quote q ON q.story_id = qs.story_id AND q.position = qs.position
                JOIN story s ON s.id = q.story_id
                WHERE qs.name = \(name.lowercased())
                ORDER BY s.last_published IS NULL, s.last_published DESC, q.story_id, q.position
                """))
            return try rows.map { row in
                StoryQuote(story: row["story_id"], storyTitle: row["title"],
                           quote: try StoredJSON.decode(Quote.self, from: row["quote"], table: "story_quote"))
            }
        }
    }

    public func claims(status: ClaimStatus?, limit: Int) async throws -> [StoryClaim] {
        try await pool.read { db in
            let condition: SQL = status.map { "c.status = \($0.rawValue)" } ?? "1"
            let rows = try Row.fetchAll(db, SQLRequest(literal: """
                SELECT c.story_id, s.title, c.claim FROM story_claim c JOIN story s ON s.id = c.story_id
                WHERE \(condition)
                ORDER BY s.last_published IS NULL, s.last_published DESC, c.story_id, c.position
                LIMIT \(max(0, limit))
                """))
            return try rows.map { row in
                StoryClaim(story: row["story_id"], storyTitle: row["title"],
                           claim: try StoredJSON.decode(Claim.self, from: row["claim"], table: "story_claim"))
            }
        }
    }

    public func outletRecords() async throws -> [OutletRecord] {
        try await pool.read { db in
            var records: [String: OutletRecord] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT outlet, COUNT(*) AS n FROM article WHERE outlet IS NOT NULL GROUP BY outlet") {
                let outlet: String = row["outlet"]
                records[outlet] = OutletRecord(outlet: outlet, articles: row["n"], stories: 0, exclusives: 0, outOfLine: 0, discrepancies: 0)
            }
            let sql = """
                SELECT outlet, COUNT(*) AS stories, SUM(exclusives) AS exclusives, SUM(out_of_line) AS out_of_line,
                       SUM(discrepancies) AS discrepancies FROM story_outlet GROUP BY outlet
                """
            for row in try Row.fetchAll(db, sql: sql) {
                let outlet: String = row["outlet"]
                var record = records[outlet] ?? OutletRecord(outlet: outlet, articles: 0, stories: 0, exclusives: 0, outOfLine: 0, discrepancies: 0)
                record.stories = row["stories"]
                record.exclusives = row["exclusives"]
                record.outOfLine = row["out_of_line"]
                record.discrepancies = row["discrepancies"]
                records[outlet] = record
            }
            return records.values.sorted { ($0.articles, $1.outlet) > ($1.articles, $0.outlet) }
        }
    }
}
