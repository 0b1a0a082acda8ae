import PostgresNIO

/// One named step of the PostgreSQL schema. Migrations are append-only: a released migration is
/// never edited, a change is a new migration. Each runs once, in order, recorded by name in
/// `corroborate_migrations`.
struct PostgresMigration: Sendable {
    var name: String
    /// Run in order, in the migration's transaction (PostgreSQL DDL is transactional).
    var statements: [PostgresQuery]

    /// Every migration, oldest first.
    static let all: [PostgresMigration] = [articles, stories]

    static let articles = PostgresMigration(name: "v1-articles", statements: [
        """
        CREATE TABLE articles (
            id text PRIMARY KEY,
            outlet text,
            published text,
            document text NOT NULL,
            search tsvector NOT NULL,
            inserted_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX articles_search ON articles USING gin (search)",
        "CREATE INDEX articles_outlet ON articles (outlet)",
    ])

    static let stories = PostgresMigration(name: "v1-stories", statements: [
        "CREATE AGGREGATE tsvector_agg (tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')",
        """
        CREATE TABLE stories (
            id text PRIMARY KEY,
            title text NOT NULL,
            first_published text,
            last_published text,
            first_day text,
            last_day text,
            article_count integer NOT NULL,
            disputed_claims integer NOT NULL,
            document text NOT NULL,
            search tsvector NOT NULL
        )
        """,
        "CREATE INDEX stories_newest ON stories (last_published DESC NULLS LAST, id)",
        "CREATE INDEX stories_search ON stories USING gin (search)",
        """
        CREATE TABLE story_articles (
            story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            article_id text NOT NULL,
            PRIMARY KEY (story_id, article_id)
        )
        """,
        "CREATE INDEX story_articles_article ON story_articles (article_id)",
        """
        CREATE TABLE story_entity_names (
            story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            name text NOT NULL,
            PRIMARY KEY (story_id, name)
        )
        """,
        "CREATE INDEX story_entity_names_name ON story_entity_names (name)",
        """
        CREATE TABLE story_quotes (
            story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            document text NOT NULL,
            PRIMARY KEY (story_id, ordinal)
        )
        """,
        """
        CREATE TABLE story_quote_names (
            story_id text NOT NULL,
            ordinal integer NOT NULL,
            name text NOT NULL,
            PRIMARY KEY (story_id, ordinal, name),
            FOREIGN KEY (story_id, ordinal) REFERENCES story_quotes (story_id, ordinal) ON DELETE CASCADE
        )
        """,
        "CREATE INDEX story_quote_names_name ON story_quote_names (name)",
        """
        CREATE TABLE story_claims (
            story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            status text NOT NULL,
            document text NOT NULL,
            PRIMARY KEY (story_id, ordinal)
        )
        """,
        "CREATE INDEX story_claims_status ON story_claims (status)",
        """
        CREATE TABLE story_outlet_records (
            story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            outlet text NOT NULL,
            exclusives integer NOT NULL,
            out_of_line integer NOT NULL,
            discrepancies integer NOT NULL,
            PRIMARY KEY (story_id, outlet)
        )
        """,
    ])
}
