import CorroborateCore
import Foundation

extension PostgresStore.Configuration {
    /// Reads `postgres://user:password@host:port/database?schema=name&sslmode=disable|require`
    /// (also `postgresql://`). User, password and database are percent-decoded; the port
    /// defaults to 5432, the host to 127.0.0.1.
    public init(url text: String) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql"
        else {
            throw CorroborateError(.invalidArgument, source: text, "not a postgres:// URL")
        }
        guard let user = url.user, !user.isEmpty else {
            throw CorroborateError(.invalidArgument, source: text, "the URL names no user (postgres://user@host/database)")
        }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty else {
            throw CorroborateError(.invalidArgument, source: text, "the URL names no database (postgres://user@host/database)")
        }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }) { _, last in last }
        self.init(
            host: url.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1", port: url.port ?? 5432,
            username: user.removingPercentEncoding ?? user,
            password: url.password.map { $0.removingPercentEncoding ?? $0 },
            database: database.removingPercentEncoding ?? database
        )
        if let schema = query["schema"] {
            guard Self.isValidSchemaName(schema) else {
                throw CorroborateError(.invalidArgument, source: text, "schema '\(schema)' is not [A-Za-z_][A-Za-z0-9_]*")
            }
            self.schema = schema
        }
        if let mode = query["sslmode"] {
            guard let tls = TLSMode(rawValue: mode) else {
                throw CorroborateError(.invalidArgument, source: text, "sslmode '\(mode)' is not disable or require")
            }
            self.tls = tls
        }
    }

    /// True when `text` looks like a PostgreSQL URL rather than a file path.
    public static func isPostgresURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }
}
