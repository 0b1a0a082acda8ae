import CorroborateCore
import CorroborateStore

/// `GET /api/stories/{id}`: the Story brief object and the articles it is built from.
public struct StoryDetail: Codable, Sendable, Hashable {
    public var story: Story
    public var articles: [Article]

    public init(story: Story, articles: [Article]) {
        self.story = story
        self.articles = articles
    }
}

/// `GET /api/entities/{name}/quotes`: everything a person or organization said, by story.
public struct EntityQuotes: Codable, Sendable, Hashable {
    /// One story and the quotes in it, in the store's order.
    public struct StoryQuotes: Codable, Sendable, Hashable {
        public var story: String
        public var storyTitle: String
        public var quotes: [Quote]
    }

    public var name: String
    public var stories: [StoryQuotes]

    /// Groups `quotes` by story, stories in order of first appearance.
    public init(name: String, quotes: [StoryQuote]) {
        self.name = name
        var order: [String] = []
        var byStory: [String: StoryQuotes] = [:]
        for item in quotes {
            if byStory[item.story] == nil {
                order.append(item.story)
                byStory[item.story] = StoryQuotes(story: item.story, storyTitle: item.storyTitle, quotes: [])
            }
            byStory[item.story]?.quotes.append(item.quote)
        }
        stories = order.compactMap { byStory[$0] }
    }
}

/// `GET /api/claims`: claims across stories with the status asked for (nil: every status).
public struct ClaimList: Codable, Sendable, Hashable {
    public var status: ClaimStatus?
    public var claims: [StoryClaim]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)  // null, not omitted, as the spec writes absent values
        try container.encode(claims, forKey: .claims)
    }
}

/// `GET /api/outlets`: every outlet's record.
public struct OutletList: Codable, Sendable, Hashable {
    public var outlets: [OutletRecord]
}
