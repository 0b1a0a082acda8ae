/// Where the store lives, as `--database` gives it: a SQLite file path (the default,
/// `./corroborate.sqlite`) or a PostgreSQL URL (`postgres://user@host:5432/db`).
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite database file, created with its schema when missing.
    case sqlite(path: String)
    /// A PostgreSQL server and database.
    case postgres(url: String)

    /// The default: `./corroborate.sqlite` in the working directory.
    public static let `default` = StoreLocation.sqlite(path: "./corroborate.sqlite")

    /// `postgres://` and `postgresql://` URLs name a PostgreSQL database; anything else is a file path.
    public init(_ text: String) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The location for display: the path, or the URL without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return StoreLocation.redacted(url)
        }
    }

    /// Opens the store (creating and migrating it as needed).
    public func open() async throws -> any ArticleStore {
        switch self {
        case .sqlite(let path):
            return try SQLiteStore(path: path)
        case .postgres:
            throw StoreError(.unsupportedBackend, database: description, message: "the PostgreSQL store is not built yet")
        }
    }

    /// `scheme://user:secret@host` becomes `scheme://user:***@host`.
    static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url[schemeEnd.upperBound...].firstIndex(of: "@"),
              let colon = url[schemeEnd.upperBound..<at].firstIndex(of: ":")
        else { return url }
        return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
    }
}
