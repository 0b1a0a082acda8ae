import CorroborateCore

extension StoryInput {
    /// The words of each quote a brief reports from this article: the texts ``QuoteGrouper`` embeds
    /// when words alone leave two quotes apart (a superset: it embeds only those).
    public var reportedQuoteTexts: [String] {
        StoryQuotes.reported(annotated.quotes).map { string($0.content) }
    }
}
