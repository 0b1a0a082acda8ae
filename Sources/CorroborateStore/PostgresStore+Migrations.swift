import CorroborateCore
import PostgresNIO

extension PostgresStore {
    /// Applies, in one transaction under an advisory lock (two processes starting at once do
    /// not race), the migrations not recorded in `corroborate_migrations` yet.
    func migrate(on connection: PostgresConnection) async throws {
        try await connection.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresLock.migrations.rawValue))", logger: logger)
            if let schema = configuration.schema {
                guard Configuration.isValidSchemaName(schema) else {
                    throw StoreError(
                        .cannotOpen, database: configuration.displayURL, message: "schema '\(schema)' is not [A-Za-z_][A-Za-z0-9_]*")
                }
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
            }
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS corroborate_migrations (
                    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            let applied = try await appliedMigrations(connection)
            for migration in PostgresMigration.all where !applied.contains(migration.name) {
                for statement in migration.statements { try await connection.query(statement, logger: logger) }
                try await connection.query(
                    "INSERT INTO corroborate_migrations (name) VALUES (\(migration.name))", logger: logger)
                logger.info("applied migration \(migration.name)")
            }
        }
    }

    /// The names of the migrations already applied.
    func appliedMigrations(_ connection: PostgresConnection) async throws -> Set<String> {
        let rows = try await connection.query("SELECT name FROM corroborate_migrations", logger: logger)
        var names: Set<String> = []
        for try await name in rows.decode(String.self) { names.insert(name) }
        return names
    }
}
