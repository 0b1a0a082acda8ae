import CorroborateCore
import CorroborateExtraction

/// One gold page run through an extractor, as a crawl would hand it over (the page URL as a
/// hint): the article, or why extraction failed.
struct ExtractionAttempt {
    var article: Article?
    var failure: String?

    init(_ extractor: any ArticleExtracting, source: String, html: [UInt8], url: String?) {
        let document = RawDocument(source: source, content: .html(html), hints: MetadataHints(url: url))
        do { article = try extractor.article(from: document) } catch { failure = error.description }
    }
}
