import CorroborateCore
import GRDB

/// A row of `problem`: an input or record ingest could not read, and the unit it came from.
struct ProblemRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "problem"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    var id: Int64?
    var source: String
    var message: String
    var unitId: String?
    var recordedAt: Double

    var problem: Problem { Problem(source: source, message: message) }
}
