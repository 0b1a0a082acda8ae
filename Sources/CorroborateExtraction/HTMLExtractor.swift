import CorroborateCore

/// Extracts the article from an HTML page. (Stub: replaced by the libxml2-based extractor.)
public struct HTMLExtractor: ArticleExtracting {
    public var configuration: ExtractionConfiguration

    public init(configuration: ExtractionConfiguration = ExtractionConfiguration()) {
        self.configuration = configuration
    }

    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        throw CorroborateError(.unsupported, source: document.source, "HTML extraction is not built yet")
    }
}
