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
    /// The most nodes (elements and text runs) an HTML page may parse into; a page with more is refused
    /// as `.tooLarge` before the block cascade, which is slow and big on millions of tiny blocks
    /// (3.9 million `<p>a</p>`, 31 MB: 110 s and 2 GB). News pages have well under 50,000. Default 500,000.
    public var maximumNodes: Int

    public init(sentenceSplitter: any SentenceSplitting = BasicSentenceSplitter(), maximumNodes: Int = 500_000) {
        self.sentenceSplitter = sentenceSplitter
        self.maximumNodes = maximumNodes
    }
}
