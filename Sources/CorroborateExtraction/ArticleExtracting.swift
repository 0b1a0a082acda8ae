import CorroborateCore

/// Turns one raw document into a clean article.
public protocol ArticleExtracting: Sendable {
    /// The article in `document`, or an error naming `document.source` when there is none.
    func article(from document: RawDocument) throws(CorroborateError) -> Article
}

/// Settings shared by every extractor.
public struct ExtractionConfiguration: Sendable {
    /// Splits body paragraphs into `Paragraph.sentences`. CorroborateText provides an ICU splitter;
    /// the default is a rule-based one that needs nothing.
    public var sentenceSplitter: any SentenceSplitting

    public init(sentenceSplitter: any SentenceSplitting = BasicSentenceSplitter()) {
        self.sentenceSplitter = sentenceSplitter
    }
}
