import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStore

/// The PostgreSQL server the tests use: `CORROBORATE_TEST_POSTGRES` (set by `.ci/run` from
/// `scripts/postgres-test-server.sh`). Each test works in a schema of its own, dropped at the end.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["CORROBORATE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static let skipReason: Comment =
        "no PostgreSQL server: set CORROBORATE_TEST_POSTGRES=postgres://... (scripts/postgres-test-server.sh prints one)"

    /// Enables a test only when a server is configured; otherwise it is skipped with the reason.
    static var available: ConditionTrait { .enabled(if: url != nil, skipReason) }

    /// A configuration for a fresh schema, unique to the caller.
    static func freshConfiguration() throws -> PostgresStore.Configuration {
        var configuration = try PostgresStore.Configuration(url: try #require(url))
        configuration.schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return configuration
    }

    /// Runs `body` with stores opened on one fresh schema (`count` of them, as separate
    /// clients: separate "machines"), then drops the schema.
    static func withStores<Result>(
        _ count: Int = 1, _ body: ([PostgresStore]) async throws -> Result
    ) async throws -> Result {
        let configuration = try freshConfiguration()
        var stores: [PostgresStore] = []
        for _ in 0..<count { stores.append(try await PostgresStore.open(configuration)) }
        defer { stores.forEach { $0.close() } }
        do {
            let result = try await body(stores)
            try await drop(configuration, using: stores[0])
            return result
        } catch {
            try? await drop(configuration, using: stores[0])
            throw error
        }
    }

    static func withStore<Result>(_ body: (PostgresStore) async throws -> Result) async throws -> Result {
        try await withStores(1) { try await body($0[0]) }
    }

    private static func drop(_ configuration: PostgresStore.Configuration, using store: PostgresStore) async throws {
        let schema = try #require(configuration.schema)
        try await store.client.query(.init(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"))
    }
}

extension StoreBackend {
    /// PostgreSQL in a fresh schema of the test server, or unavailable when none is configured.
    /// (The schemas stay in the test database: it exists for the tests.)
    static let postgres = StoreBackend(name: "PostgreSQL") {
        guard PostgresTestServer.url != nil else { return .unavailable(reason: "\(PostgresTestServer.skipReason)") }
        return .available(try await PostgresStore.open(try PostgresTestServer.freshConfiguration()))
    }
}
