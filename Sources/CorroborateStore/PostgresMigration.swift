import PostgresNIO

/// One named step of the PostgreSQL schema. Migrations are append-only: a released migration is
/// never edited, a change is a new migration. Each runs once, in order, recorded by name in
/// `corroborate_migrations`. Keys and dates sort in byte order (`COLLATE "C"`), as in SQLite.
struct PostgresMigration: Sendable {
    var name: String
    /// Run in order, in the migration's transaction (PostgreSQL DDL is transactional).
    var statements: [PostgresQuery]

    /// Every migration, oldest first.
    static let all: [PostgresMigration] = [articles, stories, ingestQueue, ingestClaimTime, sentenceVectors]

    static let sentenceVectors = PostgresMigration(name: "v3 sentence vectors", statements: [
        """
        CREATE TABLE sentence_vectors (
            key text COLLATE "C" NOT NULL,
            model text COLLATE "C" NOT NULL,
            vector bytea NOT NULL,
            PRIMARY KEY (key, model)
        )
        """,
        """
        CREATE TABLE story_vector_keys (
            story_id text COLLATE "C" PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
            keys text NOT NULL
        )
        """,
    ])

    static let ingestClaimTime = PostgresMigration(name: "v2 ingest claim time", statements: [
        "ALTER TABLE ingest_units ADD COLUMN claimed_at timestamptz",
    ])

    static let articles = PostgresMigration(name: "v1 articles and problems", statements: [
        """
        CREATE TABLE articles (
            id text COLLATE "C" PRIMARY KEY,
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            source text NOT NULL,
            url text,
            outlet text,
            title text,
            published text COLLATE "C",
            document text NOT NULL,
            search tsvector NOT NULL,
            clustered boolean NOT NULL DEFAULT false,
            stored_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX articles_search ON articles USING gin (search)",
        "CREATE INDEX articles_outlet ON articles (outlet)",
        "CREATE INDEX articles_unclustered ON articles (seq) WHERE NOT clustered",
        """
        CREATE TABLE problems (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source text NOT NULL,
            message text NOT NULL,
            unit_id text,
            recorded_at timestamptz NOT NULL DEFAULT now()
        )
        """,
    ])

    static let stories = PostgresMigration(name: "v1 stories", statements: [
        """
        CREATE TABLE stories (
            id text COLLATE "C" PRIMARY KEY,
            title text NOT NULL,
            first_published text COLLATE "C",
            last_published text COLLATE "C",
            first_day text COLLATE "C",
            last_day text COLLATE "C",
            article_count integer NOT NULL,
            disputed_claims integer NOT NULL,
            outlets text NOT NULL,
            document text NOT NULL,
            search tsvector NOT NULL
        )
        """,
        "CREATE INDEX stories_newest ON stories (last_published DESC NULLS LAST, id)",
        "CREATE INDEX stories_search ON stories USING gin (search)",
        """
        CREATE TABLE story_articles (
            story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            article_id text COLLATE "C" NOT NULL,
            PRIMARY KEY (story_id, article_id)
        )
        """,
        "CREATE INDEX story_articles_article ON story_articles (article_id)",
        """
        CREATE TABLE story_outlets (
            story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            outlet text NOT NULL,
            articles integer NOT NULL,
            exclusives integer NOT NULL,
            out_of_line integer NOT NULL,
            discrepancies integer NOT NULL,
            PRIMARY KEY (story_id, outlet)
        )
        """,
        "CREATE INDEX story_outlets_outlet ON story_outlets (outlet)",
        """
        CREATE TABLE story_entity_names (
            story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            name text NOT NULL,
            PRIMARY KEY (story_id, name)
        )
        """,
        "CREATE INDEX story_entity_names_name ON story_entity_names (name)",
        """
        CREATE TABLE story_quotes (
            story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            position integer NOT NULL,
            document text NOT NULL,
            PRIMARY KEY (story_id, position)
        )
        """,
        """
        CREATE TABLE story_quote_speakers (
            story_id text COLLATE "C" NOT NULL,
            position integer NOT NULL,
            name text NOT NULL,
            PRIMARY KEY (story_id, position, name),
            FOREIGN KEY (story_id, position) REFERENCES story_quotes (story_id, position) ON DELETE CASCADE
        )
        """,
        "CREATE INDEX story_quote_speakers_name ON story_quote_speakers (name)",
        """
        CREATE TABLE story_claims (
            story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            position integer NOT NULL,
            status text NOT NULL,
            document text NOT NULL,
            PRIMARY KEY (story_id, position)
        )
        """,
        "CREATE INDEX story_claims_status ON story_claims (status)",
    ])

    static let ingestQueue = PostgresMigration(name: "v1 ingest queue and story desk", statements: [
        """
        CREATE TABLE ingest_units (
            id text COLLATE "C" PRIMARY KEY,
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            path text NOT NULL,
            state text NOT NULL CHECK (state IN ('pending', 'claimed', 'done')),
            worker text,
            lease_until timestamptz,
            attempts integer NOT NULL DEFAULT 0,
            enqueued_at timestamptz NOT NULL DEFAULT now(),
            completed_at timestamptz
        )
        """,
        "CREATE INDEX ingest_units_open ON ingest_units (seq) WHERE state <> 'done'",
        "CREATE INDEX ingest_units_worker ON ingest_units (worker) WHERE state = 'claimed'",
        """
        CREATE TABLE story_desk (
            id integer PRIMARY KEY CHECK (id = 1),
            version bigint NOT NULL,
            state bytea NOT NULL
        )
        """,
    ])
}
