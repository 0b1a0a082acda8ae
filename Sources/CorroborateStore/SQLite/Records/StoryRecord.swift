import CorroborateCore
import GRDB

/// A row of `story`: the brief as JSON with the columns the story list filters and sorts on.
struct StoryRecord: SnakeCaseRecord {
    static let databaseTableName = "story"

    var id: String
    var title: String
    var firstPublished: String?
    var lastPublished: String?
    var firstDay: String?
    var lastDay: String?
    var articleCount: Int
    var disputedClaims: Int
    /// Outlet names as a JSON array.
    var outlets: String
    var brief: String

    init(_ story: Story, facts: StoryFacts) throws {
        id = story.id
        title = story.title
        firstPublished = story.firstPublished?.rawValue
        lastPublished = story.lastPublished?.rawValue
        firstDay = facts.firstDay
        lastDay = facts.lastDay
        articleCount = story.articles.count
        disputedClaims = facts.disputedClaims
        outlets = try StoredJSON.encode(facts.outlets)
        brief = try StoredJSON.encode(story)
    }

    func story() throws -> Story { try StoredJSON.decode(Story.self, from: brief, table: Self.databaseTableName) }

    func summary() throws -> StorySummary {
        StorySummary(
            id: id, title: title, firstPublished: firstPublished.flatMap(PublicationDate.init),
            lastPublished: lastPublished.flatMap(PublicationDate.init), articleCount: articleCount,
            outlets: try StoredJSON.decode([String].self, from: outlets, table: Self.databaseTableName),
            disputedClaims: disputedClaims)
    }
}
