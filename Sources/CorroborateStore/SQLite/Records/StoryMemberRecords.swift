import GRDB

/// A row of `story_article`: an article belongs to a story.
struct StoryArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story_article"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    var storyId: String
    var articleId: String
}

/// A row of `story_outlet`: an outlet's share of one story.
struct StoryOutletRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story_outlet"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    var storyId: String
    var outlet: String
    var articles: Int
    var exclusives: Int
    var outOfLine: Int
    var discrepancies: Int
}

/// A row of `story_entity`: a lowercased entity name or alias mentioned in a story.
struct StoryEntityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story_entity"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    var storyId: String
    var name: String
}

/// A row of `story_quote`: one quote of a story as JSON.
struct StoryQuoteRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story_quote"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    var storyId: String
    var position: Int
    var quote: String
}

/// A row of `quote_speaker`: a lowercased name the speaker of a quote goes by.
struct QuoteSpeakerRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "quote_speaker"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    var storyId: String
    var position: Int
    var name: String
}

/// A row of `story_claim`: one claim of a story as JSON, with its status.
struct StoryClaimRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "story_claim"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    var storyId: String
    var position: Int
    var status: String
    var claim: String
}
