import CorroborateCore

/// How much independent coverage a story has: its articles, the outlets carrying them, and the
/// independent texts once wire copies (`nearDuplicates`) count once.
public struct StoryCounts: Sendable, Hashable {
    public var articles: Int
    public var outlets: Int
    public var independentTexts: Int

    public init(_ story: Story, articles: [String: Article]) {
        self.articles = story.articles.count
        outlets = Set(story.articles.map { articles[$0]?.outlet ?? $0 }).count
        let copies = story.nearDuplicates.reduce(0) { $0 + max(0, Set($1).count - 1) }
        independentTexts = max(0, story.articles.count - copies)
    }

    /// "6 articles · 5 outlets · 4 independent texts"; the last part only when copies were found.
    public var summary: String {
        var parts = [Plural.count(articles, "article", "articles"), Plural.count(outlets, "outlet", "outlets")]
        if independentTexts < articles { parts.append(Plural.count(independentTexts, "independent text", "independent texts")) }
        return parts.joined(separator: " · ")
    }
}
