import CorroborateCore
import Foundation
import PostgresNIO

/// The PostgreSQL backend of ``ArticleStore`` (PostgresNIO's `PostgresClient`): several ingest
/// processes on several machines can share one database.
///
/// A table per record, articles keyed by content hash (`INSERT ... ON CONFLICT DO NOTHING`),
/// full-text search over `tsvector` columns with GIN indexes, every SQL value bound. The queue
/// is claimed with `FOR UPDATE SKIP LOCKED`; story commits are serialised across machines with
/// an advisory lock. Open with ``open(_:logger:)``, which applies missing migrations; ``close()``
/// when done.
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
    /// A server that cannot be reached or refuses the credentials fails here, with its reason.
    public static func open(_ configuration: Configuration, logger: Logger = PostgresStore.quietLogger)
        async throws -> PostgresStore
    {
        let store = PostgresStore(configuration: configuration, logger: logger)
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try configuration.connectionConfiguration, id: 0, logger: logger)
            do {
                try await store.migrate(on: connection)
                try await connection.close()
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            store.close()
            throw store.failure(.cannotOpen, "cannot open the database and bring its schema up to date", error)
        }
        return store
    }

    /// Opens the store a `postgres://` URL names (see ``Configuration/init(url:)``).
    public static func open(url: String, logger: Logger = PostgresStore.quietLogger) async throws -> PostgresStore {
        try await open(Configuration(url: url), logger: logger)
    }

    /// The default logger: errors only.
    public static var quietLogger: Logger {
        var logger = Logger(label: "corroborate.postgres")
        logger.logLevel = .error
        return logger
    }

    /// Closes every connection. The store cannot be used afterwards.
    public func close() { runner.cancel() }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// A transaction the server aborts as a deadlock victim or serialisation failure (another
    /// machine touched the same rows) is run again, up to three times in all. Failures become a
    /// ``StoreError`` saying what could not be done (`what`).
    @discardableResult
    func transaction<Result: Sendable>(
        _ what: String, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
            } catch where attempt < 3 && Self.isRetryable(error) {
                logger.debug("retrying '\(what)' after a deadlock or serialisation failure")
                attempt += 1
            } catch {
                throw failure(.queryFailed, "cannot \(what)", error)
            }
        }
    }

    /// Runs `body` on a pooled connection outside any explicit transaction.
    func read<Result: Sendable>(_ what: String, _ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw failure(.queryFailed, "cannot \(what)", error)
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
        return (error.closureError ?? error.beginError ?? error.commitError).flatMap(serverError(in:))
    }

    /// A ``StoreError`` naming the database, with the server's message or the connection
    /// failure (PostgresNIO's own description hides both); store errors pass through unchanged.
    func failure(_ code: StoreError.Code, _ message: String, _ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PostgresTransactionError, let inner = error.closureError as? StoreError { return inner }
        return StoreError(code, database: configuration.displayURL, message: message, cause: PostgresFailure(error))
    }
}

/// Why PostgreSQL failed, in words: the server's message, or the connection error underneath.
struct PostgresFailure: Error, CustomStringConvertible {
    var description: String

    init(_ error: any Error) {
        if let server = PostgresStore.serverError(in: error) {
            if let message = server.serverInfo?[.message] {
                description = "server: \(message)"
            } else if let underlying = server.underlying {
                description = "\(server.code): \(underlying)"
            } else {
                description = "\(server.code)"
            }
        } else {
            description = String(describing: error)
        }
    }
}

extension PostgresStore.Configuration {
    /// One connection, for migrations.
    var connectionConfiguration: PostgresConnection.Configuration {
        get throws {
            var connection = PostgresConnection.Configuration(
                host: host, port: port, username: username, password: password, database: database,
                tls: tls == .require ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable)
            if let schema { connection.options.additionalStartupParameters = [("search_path", schema)] }
            return connection
        }
    }

    /// The pool every other query goes through.
    var clientConfiguration: PostgresClient.Configuration {
        var client = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database,
            tls: tls == .require ? .require(.makeClientConfiguration()) : .disable)
        client.options.maximumConnections = maximumConnections
        if let schema { client.options.additionalStartupParameters = [("search_path", schema)] }
        return client
    }
}
