/// A store that cannot be opened, migrated or read, naming the database it is about.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        /// The database could not be opened or created.
        case cannotOpen
        /// The schema could not be brought up to date.
        case migrationFailed
        /// A stored value could not be decoded (written by another version, or damaged).
        case corruptValue
        /// The `--database` value names a backend this build cannot open.
        case unsupportedBackend
    }

    public var code: Code
    /// The database path or URL (passwords removed).
    public var database: String
    public var message: String
    /// The underlying error, as text.
    public var cause: String?

    public init(_ code: Code, database: String, message: String, cause: (any Error)? = nil) {
        self.code = code
        self.database = database
        self.message = message
        self.cause = cause.map { String(describing: $0) }
    }

    public var description: String {
        "\(database): \(message)" + (cause.map { " (\($0))" } ?? "")
    }
}
