import CorroborateCore
import Foundation
import GRDB

extension SQLiteStore {
    public func save(_ stories: [Story], removing: [String]) async throws {
        try await pool.write { db in try SQLiteStore.save(stories, removing: removing, db) }
    }

    public func story(id: String) async throws -> Story? {
        try await pool.read { db in try StoryRecord.fetchOne(db, key: id)?.story() }
    }

    public func storyCount() async throws -> Int {
        try await pool.read { db in try StoryRecord.fetchCount(db) }
    }

    public func stories(matching query: StoryQuery) async throws -> StoryPage {
        try await pool.read { db in
            let filter = SQLiteStore.filter(query)
            let total = try Int.fetchOne(db, SQLRequest(literal: "SELECT COUNT(*) FROM story WHERE \(filter)")) ?? 0
            let records = try StoryRecord.fetchAll(db, SQLRequest(literal: """
                SELECT * FROM story WHERE \(filter)
                ORDER BY last_published IS NULL, last_published DESC, id
                LIMIT \(max(0, query.limit)) OFFSET \(max(0, query.offset))
                """))
            return StoryPage(stories: try records.map { try $0.summary() }, total: total, offset: query.offset, limit: query.limit)
        }
    }

    /// The query's filters as one SQL condition, values bound.
    static func filter(_ query: StoryQuery) -> SQL {
        var conditions: [SQL] = ["1"]
        if let from = query.from { conditions.append("last_day >= \(day(from))") }
        if let to = query.to { conditions.append("first_day <= \(day(to))") }
        if let outlet = query.outlet {
            conditions.append("id IN (SELECT story_id FROM story_outlet WHERE outlet = \(outlet))")
        }
        if let entity = query.entity {
            conditions.append("id IN (SELECT story_id FROM story_entity WHERE name = \(entity.lowercased()))")
        }
        if let text = query.text, let match = StoryFacts.ftsQuery(text) {
            conditions.append("""
                id IN (SELECT story_id FROM story_fts WHERE story_fts MATCH \(match)
                       UNION SELECT sa.story_id FROM article_fts JOIN story_article sa ON sa.article_id = article_fts.article_id
                       WHERE article_fts MATCH \(match))
                """)
        }
        if query.disputedOnly { conditions.append("disputed_claims > 0") }
        return conditions.joined(separator: " AND ")
    }

    static func day(_ day: CalendarDay) -> String {
        PublicationDate(year: day.year, month: day.month, day: day.day)?.day ?? ""
    }

    /// Deletes `removing` and every story being replaced, then writes the stories with their facts.
    static func save(_ stories: [Story], removing: [String], _ db: Database) throws {
        try delete(removing + stories.map(\.id), db)
        let outlets = try outletOf(Array(Set(stories.flatMap(\.articles))), db)
        for story in stories {
            let facts = StoryFacts(story, outletOf: outlets)
            try StoryRecord(story, facts: facts).insert(db)
            try insertMembers(of: story, facts: facts, db)
        }
    }

    private static func delete(_ ids: [String], _ db: Database) throws {
        for chunk in ids.chunked(500) {
            try db.execute(literal: "DELETE FROM story_fts WHERE story_id IN \(Array(chunk))")
            try StoryRecord.deleteAll(db, keys: Array(chunk))
        }
    }

    private static func outletOf(_ articles: [String], _ db: Database) throws -> [String: String] {
        var outlets: [String: String] = [:]
        for chunk in articles.chunked(500) {
            let rows = try Row.fetchAll(db, SQLRequest(literal: "SELECT id, outlet FROM article WHERE outlet IS NOT NULL AND id IN \(Array(chunk))"))
            for row in rows { outlets[row["id"]] = row["outlet"] }
        }
        return outlets
    }

    private static func insertMembers(of story: Story, facts: StoryFacts, _ db: Database) throws {
        for article in Set(story.articles) { try StoryArticleRecord(storyId: story.id, articleId: article).insert(db) }
        for share in facts.shares {
            try StoryOutletRecord(
                storyId: story.id, outlet: share.outlet, articles: share.articles, exclusives: share.exclusives,
                outOfLine: share.outOfLine, discrepancies: share.discrepancies
            ).insert(db)
        }
        for name in facts.entityNames { try StoryEntityRecord(storyId: story.id, name: name).insert(db) }
        for (position, quote) in story.quotes.enumerated() {
            try StoryQuoteRecord(storyId: story.id, position: position, quote: StoredJSON.encode(quote)).insert(db)
            for name in facts.speakerNames[position] {
                try QuoteSpeakerRecord(storyId: story.id, position: position, name: name).insert(db)
            }
        }
        for (position, claim) in story.claims.enumerated() {
            try StoryClaimRecord(storyId: story.id, position: position, status: claim.status.rawValue, claim: StoredJSON.encode(claim))
                .insert(db)
        }
        try db.execute(literal: "INSERT INTO story_fts(story_id, text) VALUES (\(story.id), \(facts.searchText))")
    }
}
