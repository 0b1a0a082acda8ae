import CorroborateCore
import GRDB

/// A row of `problem`: an input or record ingest could not read, and the unit it came from.
struct ProblemRecord: SnakeCaseRecord {
    static let databaseTableName = "problem"

    var id: Int64?
    var source: String
    var message: String
    var unitId: String?
    var recordedAt: Double

    var problem: Problem { Problem(source: source, message: message) }
}
