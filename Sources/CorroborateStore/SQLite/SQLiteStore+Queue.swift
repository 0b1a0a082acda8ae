import CorroborateCore
import Foundation
import GRDB

extension SQLiteStore {
    @discardableResult
    public func enqueue(_ units: [IngestUnit]) async throws -> Int {
        let now = Date().timeIntervalSince1970
        return try await pool.write { db in
            var added = 0
            for unit in units {
                try IngestUnitRecord(id: unit.id, path: unit.path, state: .pending, attempts: 0, enqueuedAt: now)
                    .insert(db, onConflict: .ignore)
                added += db.changesCount
            }
            return added
        }
    }

    public func claimUnits(worker: String, limit: Int, lease: Duration) async throws -> [IngestUnit] {
        let now = Date().timeIntervalSince1970
        let until = now + lease.seconds
        return try await pool.write { db in
            let records = try IngestUnitRecord.fetchAll(db, SQLRequest(literal: """
                SELECT * FROM ingest_unit
                WHERE state = 'pending' OR (state = 'claimed' AND lease_until <= \(now))
                ORDER BY rowid LIMIT \(max(0, limit))
                """))
            for record in records {
                try db.execute(literal: """
                    UPDATE ingest_unit SET state = 'claimed', worker = \(worker), lease_until = \(until), claimed_at = \(now),
                        attempts = attempts + 1
                    WHERE id = \(record.id)
                    """)
            }
            return records.map(\.unit)
        }
    }

    public func claims() async throws -> [IngestClaim] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT worker, COUNT(*) AS units, MIN(claimed_at) AS since, MAX(lease_until) AS until
                FROM ingest_unit WHERE state = 'claimed' GROUP BY worker ORDER BY worker
                """).map { row in
                IngestClaim(worker: row["worker"] ?? "", units: row["units"],
                            since: (row["since"] as Double?).map(Date.init(timeIntervalSince1970:)),
                            leaseUntil: Date(timeIntervalSince1970: row["until"] ?? 0))
            }
        }
    }

    @discardableResult
    public func releaseClaims(of worker: String) async throws -> Int {
        try await pool.write { db in
            try db.execute(literal: """
                UPDATE ingest_unit SET state = 'pending', worker = NULL, lease_until = NULL
                WHERE state = 'claimed' AND worker = \(worker)
                """)
            return db.changesCount
        }
    }

    public func renewLeases(worker: String, lease: Duration) async throws {
        let until = Date().timeIntervalSince1970 + lease.seconds
        try await pool.write { db in
            try db.execute(literal: "UPDATE ingest_unit SET lease_until = \(until) WHERE state = 'claimed' AND worker = \(worker)")
        }
    }

    @discardableResult
    public func complete(_ unit: IngestUnit, articles: [Article], problems: [Problem]) async throws -> IngestReceipt {
        let now = Date().timeIntervalSince1970
        return try await pool.write { db in
            let state = try String.fetchOne(db, SQLRequest(literal: "SELECT state FROM ingest_unit WHERE id = \(unit.id)"))
            if state == IngestUnitRecord.State.done.rawValue {
                return IngestReceipt(newArticles: 0, storedBefore: articles.count, problems: 0)
            }
            let new = try SQLiteStore.insert(articles, db)
            for problem in problems {
                try ProblemRecord(source: problem.source, message: problem.message, unitId: unit.id, recordedAt: now).insert(db)
            }
            try db.execute(literal: """
                INSERT INTO ingest_unit(id, path, state, attempts, enqueued_at, completed_at)
                VALUES (\(unit.id), \(unit.path), 'done', 1, \(now), \(now))
                ON CONFLICT(id) DO UPDATE SET state = 'done', completed_at = \(now), lease_until = NULL
                """)
            return IngestReceipt(newArticles: new.count, storedBefore: articles.count - new.count, problems: problems.count)
        }
    }

    public func queueCounts() async throws -> IngestQueueCounts {
        try await pool.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM ingest_unit GROUP BY state") {
                counts[row["state"]] = row["n"]
            }
            return IngestQueueCounts(pending: counts["pending"] ?? 0, claimed: counts["claimed"] ?? 0, done: counts["done"] ?? 0)
        }
    }
}

extension Duration {
    /// The duration in seconds, fractions included.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
