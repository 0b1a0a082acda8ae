import GRDB

/// A row of `ingest_unit`: one input file in the work queue (pending, claimed or done).
struct IngestUnitRecord: SnakeCaseRecord {
    static let databaseTableName = "ingest_unit"

    /// Queue states.
    enum State: String, Codable, DatabaseValueConvertible {
        case pending, claimed, done
    }

    var id: String
    var path: String
    var state: State
    var worker: String?
    var leaseUntil: Double?
    var claimedAt: Double?
    var attempts: Int
    var enqueuedAt: Double
    var completedAt: Double?

    var unit: IngestUnit { IngestUnit(id: id, path: path) }
}
