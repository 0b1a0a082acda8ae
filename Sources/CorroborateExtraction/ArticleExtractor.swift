import CorroborateCore

/// The one entry point for extraction: sends each raw document to the extractor for its content
/// (`HTMLExtractor` for HTML, `PageTextExtractor` for copied page text, `ArticleTextExtractor` for clean
/// text), then fills the fields the page left empty from the container's hints (URL, title, outlet,
/// publication date, byline, language). The crawl date is never used as a publication date.
public struct ArticleExtractor: ArticleExtracting {
    /// Extracts `.html` documents.
    public var html: any ArticleExtracting
    /// Extracts `.pageText` documents.
    public var pageText: any ArticleExtracting
    /// Extracts `.articleText` documents.
    public var articleText: any ArticleExtracting

    /// The standard extractors, sharing `configuration`.
    public init(configuration: ExtractionConfiguration = ExtractionConfiguration()) {
        html = HTMLExtractor(configuration: configuration)
        pageText = PageTextExtractor(configuration: configuration)
        articleText = ArticleTextExtractor(configuration: configuration)
    }

    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        var article = try extractor(for: document.content).article(from: document)
        article.fillMissing(from: document.hints)
        if article.source.isEmpty { article.source = document.source }
        if article.id.isEmpty { article.id = document.contentID }
        return article
    }

    private func extractor(for content: RawDocument.Content) -> any ArticleExtracting {
        switch content {
        case .html: html
        case .pageText: pageText
        case .articleText: articleText
        }
    }
}

extension Article {
    /// Fills empty metadata fields from what the container stated.
    mutating func fillMissing(from hints: MetadataHints) {
        url = url ?? hints.url
        title = title ?? hints.title
        outlet = outlet ?? hints.outlet
        published = published ?? hints.published
        if byline.isEmpty { byline = hints.byline }
        language = language ?? hints.language
    }
}
