import CorroborateCore
import Foundation
import PostgresNIO

/// The PostgreSQL backend of ``ArticleStore`` (PostgresNIO's `PostgresClient`): several ingest
/// processes on several machines can share one database.
///
/// A table per record, articles keyed by content hash (`INSERT ... ON CONFLICT DO NOTHING`),
/// full-text search over a `tsvector` with a GIN index, every SQL value bound. Open with
/// ``open(_:logger:)``, which applies missing migrations; ``close()`` when done.
public final class PostgresStore: ArticleStore {
    public let configuration: Configuration
    let client: PostgresClient
    let logger: Logger
    private let runner: Task<Void, Never>

    private init(configuration: Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        let client = PostgresClient(configuration: configuration.clientConfiguration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// Connects, creates the schema when missing and applies the migrations not applied yet.
    public static func open(_ configuration: Configuration, logger: Logger = PostgresStore.silentLogger)
        async throws -> PostgresStore
    {
        let store = PostgresStore(configuration: configuration, logger: logger)
        do {
            try await store.migrate()
        } catch {
            store.close()
            throw store.failure("cannot open the database", error)
        }
        return store
    }

    /// Opens the store a `postgres://` URL names (see ``Configuration/init(url:)``).
    public static func open(url: String, logger: Logger = PostgresStore.silentLogger) async throws
        -> PostgresStore
    {
        try await open(Configuration(url: url), logger: logger)
    }

    /// The default logger: errors only.
    public static var silentLogger: Logger {
        var logger = Logger(label: "corroborate.postgres")
        logger.logLevel = .error
        return logger
    }

    /// Closes every connection. The store cannot be used afterwards.
    public func close() { runner.cancel() }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// A transaction the server aborts as a deadlock victim or serialisation failure (another
    /// machine touched the same rows) is run again, up to three times in all.
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
            } catch where attempt < 3 && Self.isRetryable(error) {
                logger.debug("retrying a transaction after \(Self.serverError(in: error).map(String.init(describing:)) ?? "")")
                attempt += 1
            }
        }
    }

    /// True for deadlock_detected (40P01) and serialization_failure (40001).
    static func isRetryable(_ error: any Error) -> Bool {
        guard let state = serverError(in: error)?.serverInfo?[.sqlState] else { return false }
        return state == "40P01" || state == "40001"
    }

    /// The server's error inside `error` (PostgresNIO wraps it in a transaction error).
    static func serverError(in error: any Error) -> PSQLError? {
        if let error = error as? PSQLError { return error }
        guard let error = error as? PostgresTransactionError else { return nil }
        let inner = error.closureError ?? error.beginError ?? error.commitError
        return inner.flatMap(serverError(in:))
    }

    /// A ``CorroborateError`` naming the database, with the server's message.
    func failure(_ message: String, _ error: any Error) -> CorroborateError {
        if let error = error as? CorroborateError { return error }
        if let error = error as? PostgresTransactionError, let inner = error.closureError as? CorroborateError {
            return inner
        }
        let server = Self.serverError(in: error)
        let detail = server?.serverInfo?[.message] ?? server.map(String.init(describing:)) ?? String(describing: error)
        return CorroborateError(.unreadable, source: configuration.displayURL, "\(message): \(detail)")
    }
}

extension PostgresStore.Configuration {
    var clientConfiguration: PostgresClient.Configuration {
        var client = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database,
            tls: tls == .require ? .require(.makeClientConfiguration()) : .disable)
        client.options.maximumConnections = maximumConnections
        if let schema { client.options.additionalStartupParameters = [("search_path", schema)] }
        return client
    }
}
