import CorroborateCore
import Foundation
import PostgresNIO

extension PostgresStore {
    @discardableResult
    public func enqueue(_ units: [IngestUnit]) async throws -> Int {
        var seen: Set<String> = []
        let fresh = units.filter { seen.insert($0.id).inserted }
        guard !fresh.isEmpty else { return 0 }
        let ids = fresh.map(\.id), paths = fresh.map { PostgresText.storable($0.path) }
        return try await transaction("queue \(fresh.count) units") { connection in
            let rows = try await connection.query(
                """
                INSERT INTO ingest_units (id, path, state)
                SELECT u.id, u.path, 'pending'
                FROM unnest(\(ids)::text[], \(paths)::text[]) WITH ORDINALITY AS u(id, path, position)
                ORDER BY u.position
                ON CONFLICT (id) DO NOTHING
                RETURNING id
                """, logger: logger)
            var added = 0
            for try await _ in rows { added += 1 }
            return added
        }
    }

    /// Claims in one statement: the open units are locked `FOR UPDATE SKIP LOCKED` (rows another
    /// machine is claiming right now are passed over, not waited for) and leased to `worker`.
    public func claimUnits(worker: String, limit: Int, lease: Duration) async throws -> [IngestUnit] {
        guard limit > 0 else { return [] }
        return try await transaction("claim units") { connection in
            let rows = try await connection.query(
                """
                WITH picked AS (
                    SELECT id FROM ingest_units
                    WHERE state = 'pending' OR (state = 'claimed' AND lease_until <= now())
                    ORDER BY seq
                    LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE ingest_units u
                SET state = 'claimed', worker = \(worker), attempts = u.attempts + 1, claimed_at = now(),
                    lease_until = now() + make_interval(secs => \(lease.seconds))
                FROM picked WHERE u.id = picked.id
                RETURNING u.seq, u.id, u.path
                """, logger: logger)
            var claimed: [(Int, IngestUnit)] = []
            for try await (seq, id, path) in rows.decode((Int, String, String).self) {
                claimed.append((seq, IngestUnit(id: id, path: path)))
            }
            return claimed.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    public func claims() async throws -> [IngestClaim] {
        try await transaction("list the claims") { connection in
            let rows = try await connection.query(
                """
                SELECT worker, COUNT(*)::bigint, MIN(claimed_at), MAX(lease_until) FROM ingest_units
                WHERE state = 'claimed' GROUP BY worker ORDER BY worker
                """, logger: logger)
            var claims: [IngestClaim] = []
            for try await (worker, units, since, until) in rows.decode((String?, Int, Date?, Date?).self) {
                claims.append(IngestClaim(worker: worker ?? "", units: units, since: since,
                                          leaseUntil: until ?? Date(timeIntervalSince1970: 0)))
            }
            return claims
        }
    }

    @discardableResult
    public func releaseClaims(of worker: String) async throws -> Int {
        try await transaction("release the claims of \(worker)") { connection in
            let rows = try await connection.query(
                """
                UPDATE ingest_units SET state = 'pending', worker = NULL, lease_until = NULL
                WHERE state = 'claimed' AND worker = \(worker) RETURNING id
                """, logger: logger)
            var released = 0
            for try await _ in rows { released += 1 }
            return released
        }
    }

    public func renewLeases(worker: String, lease: Duration) async throws {
        try await transaction("renew the leases of \(worker)") { connection in
            try await connection.query(
                """
                UPDATE ingest_units SET lease_until = now() + make_interval(secs => \(lease.seconds))
                WHERE state = 'claimed' AND worker = \(worker)
                """, logger: logger)
        }
    }

    /// One transaction: the unit's row is locked first, so two workers completing the same unit
    /// (one whose lease ran out, one that retook it) take turns, and the second stores nothing.
    @discardableResult
    public func complete(_ unit: IngestUnit, articles: [Article], problems: [Problem]) async throws -> IngestReceipt {
        let rows = try PostgresArticleRows(articles)
        return try await transaction("complete unit \(unit.path)") { connection in
            let state = try await connection.query(
                "SELECT state FROM ingest_units WHERE id = \(unit.id) FOR UPDATE", logger: logger)
            for try await current in state.decode(String.self) where current == "done" {
                return IngestReceipt(newArticles: 0, storedBefore: articles.count, problems: 0)
            }
            let new = try await insert(rows, on: connection)
            try await record(problems, of: unit, on: connection)
            try await connection.query(
                """
                INSERT INTO ingest_units (id, path, state, attempts, completed_at)
                VALUES (\(unit.id), \(PostgresText.storable(unit.path)), 'done', 1, now())
                ON CONFLICT (id) DO UPDATE SET state = 'done', completed_at = now(), lease_until = NULL
                """, logger: logger)
            return IngestReceipt(newArticles: new.count, storedBefore: articles.count - new.count, problems: problems.count)
        }
    }

    private func record(_ problems: [Problem], of unit: IngestUnit, on connection: PostgresConnection) async throws {
        guard !problems.isEmpty else { return }
        let sources = problems.map { PostgresText.storable($0.source) }
        let messages = problems.map { PostgresText.storable($0.message) }
        try await connection.query(
            """
            INSERT INTO problems (source, message, unit_id)
            SELECT p.source, p.message, \(unit.id)
            FROM unnest(\(sources)::text[], \(messages)::text[]) WITH ORDINALITY AS p(source, message, position)
            ORDER BY p.position
            """, logger: logger)
    }

    public func queueCounts() async throws -> IngestQueueCounts {
        try await read("count the queue") { connection in
            let rows = try await connection.query(
                "SELECT state, count(*) FROM ingest_units GROUP BY state", logger: logger)
            var counts: [String: Int] = [:]
            for try await (state, count) in rows.decode((String, Int).self) { counts[state] = count }
            return IngestQueueCounts(pending: counts["pending"] ?? 0, claimed: counts["claimed"] ?? 0, done: counts["done"] ?? 0)
        }
    }
}
