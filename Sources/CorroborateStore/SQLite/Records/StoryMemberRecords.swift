import GRDB

/// A row of `story_article`: an article belongs to a story.
struct StoryArticleRecord: SnakeCaseRecord {
    static let databaseTableName = "story_article"
    var storyId: String
    var articleId: String
}

/// A row of `story_outlet`: an outlet's share of one story.
struct StoryOutletRecord: SnakeCaseRecord {
    static let databaseTableName = "story_outlet"
    var storyId: String
    var outlet: String
    var articles: Int
    var exclusives: Int
    var outOfLine: Int
    var discrepancies: Int
}

/// A row of `story_entity`: a lowercased entity name or alias mentioned in a story.
struct StoryEntityRecord: SnakeCaseRecord {
    static let databaseTableName = "story_entity"
    var storyId: String
    var name: String
}

/// A row of `story_quote`: one quote of a story as JSON.
struct StoryQuoteRecord: SnakeCaseRecord {
    static let databaseTableName = "story_quote"
    var storyId: String
    var position: Int
    var quote: String
}

/// A row of `quote_speaker`: a lowercased name the speaker of a quote goes by.
struct QuoteSpeakerRecord: SnakeCaseRecord {
    static let databaseTableName = "quote_speaker"
    var storyId: String
    var position: Int
    var name: String
}

/// A row of `story_claim`: one claim of a story as JSON, with its status.
struct StoryClaimRecord: SnakeCaseRecord {
    static let databaseTableName = "story_claim"
    var storyId: String
    var position: Int
    var status: String
    var claim: String
}
