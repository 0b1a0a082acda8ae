import CorroborateCore

/// The one entry point for extraction: sends each raw document to the extractor for its content
/// (`HTMLExtractor` for HTML, `PageTextExtractor` for copied page text, `ArticleTextExtractor` for clean
/// text), then fills the fields the page left empty from the container's hints (URL, title, outlet,
/// publication date, byline, language). The crawl date is never used as a publication date.
///
/// HTML whose container declared a charset other than UTF-8 (a WARC record's HTTP `Content-Type`) is
/// decoded with that charset first and handed on as UTF-8 behind a byte-order mark, which `TextDecoding`
/// honours above any `<meta charset>`; the article id stays the hash of the original bytes.
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

    /// The article in `document`, by the extractor for its content, with missing metadata filled from its hints.
    public func article(from document: RawDocument) throws(CorroborateError) -> Article {
        let prepared = ArticleExtractor.applyingDeclaredCharset(to: document)
        var article = try extractor(for: prepared.content).article(from: prepared)
        article.fillMissing(from: document.hints)
        if article.source.isEmpty { article.source = document.source }
        if article.id.isEmpty || prepared != document { article.id = document.contentID }
        return article
    }

    /// `document` with HTML in a declared non-UTF-8 charset turned into BOM-marked UTF-8; others unchanged.
    static func applyingDeclaredCharset(to document: RawDocument) -> RawDocument {
        guard case .html(let bytes) = document.content, let label = document.hints.charset,
              let charset = Charset(label: label), charset != .utf8
        else { return document }
        var prepared = document
        prepared.content = .html([0xEF, 0xBB, 0xBF] + Array(TextDecoding.decodeHTML(bytes, httpCharset: label).utf8))
        prepared.hints.charset = "utf-8"
        return prepared
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
