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

    /// A configuration for a fresh schema, unique to the caller, named with its creation time:
    /// `test_<unix seconds>_<random>`.
    static func freshConfiguration() throws -> PostgresStore.Configuration {
        var configuration = try PostgresStore.Configuration(url: try #require(url))
        let random = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        configuration.schema = "test_\(Int(Date().timeIntervalSince1970))_\(random)"
        return configuration
    }

    /// Drops the test schemas created more than an hour ago: those a run left behind (the
    /// conformance suite's stores have no end hook to drop their own). No test runs for an hour.
    static func dropStaleSchemas(using store: PostgresStore) async {
        let cutoff = Int(Date().timeIntervalSince1970) - 3600
        guard let rows = try? await store.client.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'test\\_%'") else { return }
        var stale: [String] = []
        do {
            for try await name in rows.decode(String.self) {
                let parts = name.split(separator: "_")
                let created = parts.count >= 3 ? Int(parts[1]) : 0
                if let created, created < cutoff, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { stale.append(name) }
            }
        } catch { return }
        for name in stale { _ = try? await store.client.query(.init(unsafeSQL: "DROP SCHEMA IF EXISTS \(name) CASCADE")) }
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
    /// The schema stays until a run an hour later drops it (`dropStaleSchemas`).
    static let postgres = StoreBackend(name: "PostgreSQL") {
        guard PostgresTestServer.url != nil else { return .unavailable(reason: "\(PostgresTestServer.skipReason)") }
        let store = try await PostgresStore.open(try PostgresTestServer.freshConfiguration())
        await PostgresTestServer.dropStaleSchemas(using: store)
        return .available(store)
    }
}
