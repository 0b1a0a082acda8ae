import CorroborateCore

/// A brief written piece by piece in the order `analyze` makes it: every article as it is read,
/// then, once reading is over and the stories are known, each story in brief order. The bytes
/// are those of rendering the whole brief at once.
protocol BriefStream {
    /// The next article read.
    mutating func add(_ article: Article) throws
    /// Reading is over: `stories` stories from `articles` articles will follow.
    mutating func startStories(count stories: Int, articles: Int, generatedAt: String, problems: [Problem]) throws
    /// The next story, its articles by id.
    mutating func add(_ story: Story, articles: [String: Article]) throws
    /// Ends the brief.
    mutating func finish() throws
}
