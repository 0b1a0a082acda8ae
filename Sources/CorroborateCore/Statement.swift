/// A fact reported by two or more outlets, with the sentences that carry it.
public struct Statement: Codable, Sendable, Hashable {
    public var text: String
    public var articles: [String]
    public var sentences: [SourcedSentence]

    public init(text: String, articles: [String], sentences: [SourcedSentence]) {
        self.text = text
        self.articles = articles
        self.sentences = sentences
    }
}

/// A sentence and the article it comes from.
public struct SourcedSentence: Codable, Sendable, Hashable {
    public var article: String
    public var text: String

    public init(article: String, text: String) {
        self.article = article
        self.text = text
    }
}
