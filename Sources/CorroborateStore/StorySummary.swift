import CorroborateCore

/// A line of the story list: what a person needs to pick a story to open.
public struct StorySummary: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var firstPublished: PublicationDate?
    public var lastPublished: PublicationDate?
    public var articleCount: Int
    /// Outlets carrying the story, by name, sorted.
    public var outlets: [String]
    public var disputedClaims: Int

    public init(
        id: String, title: String, firstPublished: PublicationDate?, lastPublished: PublicationDate?,
        articleCount: Int, outlets: [String], disputedClaims: Int
    ) {
        self.id = id
        self.title = title
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
        self.articleCount = articleCount
        self.outlets = outlets
        self.disputedClaims = disputedClaims
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, firstPublished, lastPublished, articleCount, outlets, disputedClaims
    }

    /// Every field is written, an unknown date as `null` (the API's rule, as in the brief).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(firstPublished, forKey: .firstPublished)
        try container.encode(lastPublished, forKey: .lastPublished)
        try container.encode(articleCount, forKey: .articleCount)
        try container.encode(outlets, forKey: .outlets)
        try container.encode(disputedClaims, forKey: .disputedClaims)
    }
}

/// A quote with the story it belongs to (the entity page: everything Peskov said, by story).
public struct StoryQuote: Sendable, Hashable, Codable {
    public var story: String
    public var storyTitle: String
    public var quote: Quote

    public init(story: String, storyTitle: String, quote: Quote) {
        self.story = story
        self.storyTitle = storyTitle
        self.quote = quote
    }
}

/// A claim with the story it belongs to (the disputed-claims board).
public struct StoryClaim: Sendable, Hashable, Codable {
    public var story: String
    public var storyTitle: String
    public var claim: Claim

    public init(story: String, storyTitle: String, claim: Claim) {
        self.story = story
        self.storyTitle = storyTitle
        self.claim = claim
    }
}

/// An outlet's record across every stored story.
public struct OutletRecord: Sendable, Hashable, Codable {
    public var outlet: String
    public var articles: Int
    public var stories: Int
    /// Exclusives (statements only this outlet reports).
    public var exclusives: Int
    /// Discrepancies where this outlet's value is held by fewer outlets than another value.
    public var outOfLine: Int
    /// Discrepancies this outlet takes part in.
    public var discrepancies: Int

    public init(outlet: String, articles: Int, stories: Int, exclusives: Int, outOfLine: Int, discrepancies: Int) {
        self.outlet = outlet
        self.articles = articles
        self.stories = stories
        self.exclusives = exclusives
        self.outOfLine = outOfLine
        self.discrepancies = discrepancies
    }
}
