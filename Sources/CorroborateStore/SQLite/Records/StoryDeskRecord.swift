import Foundation
import GRDB

/// The single row of `story_desk`: the encoded story desk and its version.
struct StoryDeskRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story_desk"
    var id: Int = 1
    var version: Int
    var state: Data

    var snapshot: StoryDeskSnapshot { StoryDeskSnapshot(version: version, state: state) }
}
