import CorroborateCore

/// Extracts the article from copied-out page text with boilerplate lines. (Stub.)
public struct PageTextExtractor: ArticleExtracting {
    public var configuration: ExtractionConfiguration

    public init(configuration: ExtractionConfiguration = ExtractionConfiguration()) {
        self.configuration = configuration
    }

    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        throw CorroborateError(.unsupported, source: document.source, "page-text extraction is not built yet")
    }
}
