import GRDB

extension SQLiteStore {
    /// The schema, as named migrations applied in order. Append only: never edit a shipped one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 articles and problems", migrate: createArticles)
        migrator.registerMigration("v1 stories", migrate: createStories)
        migrator.registerMigration("v1 ingest queue and story desk", migrate: createQueue)
        migrator.registerMigration("v2 ingest claim time") { db in
            try db.alter(table: "ingest_unit") { t in t.add(column: "claimed_at", .double) }
        }
        migrator.registerMigration("v3 sentence vectors") { db in
            try db.create(table: "sentence_vector") { t in
                t.column("key", .text).notNull()
                t.column("model", .text).notNull()
                t.column("vector", .blob).notNull()
                t.primaryKey(["key", "model"])
            }
            try db.create(table: "story_vector_keys") { t in
                t.primaryKey("story_id", .text).references("story", onDelete: .cascade)
                t.column("keys", .text).notNull()
            }
        }
        return migrator
    }

    private static func createArticles(_ db: Database) throws {
        try db.create(table: "article") { t in
            t.primaryKey("id", .text)
            t.column("source", .text).notNull()
            t.column("url", .text)
            t.column("outlet", .text).indexed()
            t.column("title", .text)
            t.column("published", .text)
            t.column("json", .text).notNull()
            t.column("clustered", .boolean).notNull().defaults(to: false)
            t.column("stored_at", .double).notNull()
        }
        try db.execute(sql: "CREATE INDEX article_unclustered ON article(clustered) WHERE clustered = 0")
        try db.execute(sql: "CREATE VIRTUAL TABLE article_fts USING fts5(article_id UNINDEXED, title, body)")
        try db.create(table: "problem") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("source", .text).notNull()
            t.column("message", .text).notNull()
            t.column("unit_id", .text)
            t.column("recorded_at", .double).notNull()
        }
    }

    private static func createStories(_ db: Database) throws {
        try db.create(table: "story") { t in
            t.primaryKey("id", .text)
            t.column("title", .text).notNull()
            t.column("first_published", .text)
            t.column("last_published", .text).indexed()
            t.column("first_day", .text)
            t.column("last_day", .text)
            t.column("article_count", .integer).notNull()
            t.column("disputed_claims", .integer).notNull()
            t.column("outlets", .text).notNull()
            t.column("brief", .text).notNull()
        }
        try db.create(table: "story_article") { t in
            t.column("story_id", .text).notNull().references("story", onDelete: .cascade)
            t.column("article_id", .text).notNull().indexed()
            t.primaryKey(["story_id", "article_id"])
        }
        try db.create(table: "story_outlet") { t in
            t.column("story_id", .text).notNull().references("story", onDelete: .cascade)
            t.column("outlet", .text).notNull().indexed()
            t.column("articles", .integer).notNull()
            t.column("exclusives", .integer).notNull()
            t.column("out_of_line", .integer).notNull()
            t.column("discrepancies", .integer).notNull()
            t.primaryKey(["story_id", "outlet"])
        }
        try db.create(table: "story_entity") { t in
            t.column("story_id", .text).notNull().references("story", onDelete: .cascade)
            t.column("name", .text).notNull().indexed()
            t.primaryKey(["story_id", "name"])
        }
        try db.create(table: "story_quote") { t in
            t.column("story_id", .text).notNull().references("story", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("quote", .text).notNull()
            t.primaryKey(["story_id", "position"])
        }
        try db.create(table: "quote_speaker") { t in
            t.column("story_id", .text).notNull()
            t.column("position", .integer).notNull()
            t.column("name", .text).notNull().indexed()
            t.foreignKey(["story_id", "position"], references: "story_quote", onDelete: .cascade)
            t.primaryKey(["story_id", "position", "name"])
        }
        try db.create(table: "story_claim") { t in
            t.column("story_id", .text).notNull().references("story", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("status", .text).notNull().indexed()
            t.column("claim", .text).notNull()
            t.primaryKey(["story_id", "position"])
        }
        try db.execute(sql: "CREATE VIRTUAL TABLE story_fts USING fts5(story_id UNINDEXED, text)")
    }

    private static func createQueue(_ db: Database) throws {
        try db.create(table: "ingest_unit") { t in
            t.primaryKey("id", .text)
            t.column("path", .text).notNull()
            t.column("state", .text).notNull().indexed()
            t.column("worker", .text)
            t.column("lease_until", .double)
            t.column("attempts", .integer).notNull().defaults(to: 0)
            t.column("enqueued_at", .double).notNull()
            t.column("completed_at", .double)
        }
        try db.create(table: "story_desk") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("version", .integer).notNull()
            t.column("state", .blob).notNull()
        }
    }
}
