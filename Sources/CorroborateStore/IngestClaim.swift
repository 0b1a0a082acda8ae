import Foundation

/// The units one worker holds in the ingest queue: what a waiting ingest names when it says what it waits for.
public struct IngestClaim: Sendable, Hashable, Codable {
    /// The worker's name (`host/pid/random`, `Ingest.workerName()`).
    public var worker: String
    /// Units it holds.
    public var units: Int
    /// When it claimed the first of them (nil for claims made before the store recorded it).
    public var since: Date?
    /// When its last lease runs out, unless it renews it.
    public var leaseUntil: Date

    public init(worker: String, units: Int, since: Date?, leaseUntil: Date) {
        self.worker = worker
        self.units = units
        self.since = since
        self.leaseUntil = leaseUntil
    }
}
