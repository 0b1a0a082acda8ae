import CorroborateCore
import CorroborateExtraction

/// Extraction quality on WCXB pages, as the data set's README defines the metrics.
public struct WCXBEvaluation: Sendable {
    /// The scores of one page.
    public struct PageResult: Sendable {
        public var id: String
        public var url: String
        public var score: OverlapScore
        public var withRate: Double?
        public var withoutRate: Double?
        public var titleExact: Bool
        public var predictedTitle: String?
        public var goldTitle: String
        public var predictedDate: String?
        public var goldDate: String?
        public var predictedAuthor: String?
        public var goldAuthor: String?
        /// Set when extraction threw.
        public var error: String?
    }

    /// Per-page results, in page order.
    public var pages: [PageResult] = []

    /// Scores `extractor` on `pages`; the page URL is passed as a hint, as a crawl would.
    public init(extractor: any ArticleExtracting, pages input: [WCXBPage]) {
        pages = input.map { Self.evaluate(extractor, on: $0) }
    }

    private static func evaluate(_ extractor: any ArticleExtracting, on page: WCXBPage) -> PageResult {
        let attempt = ExtractionAttempt(extractor, source: "wcxb/\(page.id)", html: page.html, url: page.url)
        let article = attempt.article, failure = attempt.failure
        let body = article?.bodyText ?? ""
        let lowered = body.lowercased()
        func rate(_ snippets: [String]) -> Double? {
            guard !snippets.isEmpty else { return nil }
            return Double(snippets.filter { lowered.contains($0.lowercased()) }.count) / Double(snippets.count)
        }
        let author = article.flatMap { $0.byline.isEmpty ? nil : $0.byline.joined(separator: ", ") }
        return PageResult(
            id: page.id, url: page.url,
            score: OverlapScore(predicted: WordTokens(body), reference: WordTokens(page.mainContent)),
            withRate: rate(page.with), withoutRate: rate(page.without),
            titleExact: MetadataMatch.exact(article?.title, page.title), predictedTitle: article?.title,
            goldTitle: page.title, predictedDate: article?.published?.day, goldDate: page.publishDate,
            predictedAuthor: author, goldAuthor: page.author, error: failure)
    }

    private func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }

    /// Macro-averaged body precision.
    public var precision: Double { mean(pages.map(\.score.precision)) }
    /// Macro-averaged body recall.
    public var recall: Double { mean(pages.map(\.score.recall)) }
    /// Macro-averaged body F1.
    public var f1: Double { mean(pages.map(\.score.f1)) }
    /// Mean share of `with` snippets found.
    public var withRate: Double { mean(pages.compactMap(\.withRate)) }
    /// Mean share of `without` snippets found (lower is better).
    public var withoutRate: Double { mean(pages.compactMap(\.withoutRate)) }
    /// Share of pages whose title matches exactly.
    public var titleExact: Double { mean(pages.map { $0.titleExact ? 1 : 0 }) }
    /// Share of pages whose title matches leniently.
    public var titleLenient: Double {
        mean(pages.map { MetadataMatch.lenient($0.predictedTitle, $0.goldTitle) ? 1 : 0 })
    }
    /// Pages whose gold names an author.
    public var authoredPages: [PageResult] { pages.filter { $0.goldAuthor != nil } }
    /// Exact author matches over authored pages.
    public var authorExact: Double { mean(authoredPages.map { MetadataMatch.exact($0.predictedAuthor, $0.goldAuthor) ? 1 : 0 }) }
    /// Lenient author matches over authored pages.
    public var authorLenient: Double {
        mean(authoredPages.map { MetadataMatch.lenient($0.predictedAuthor, $0.goldAuthor) ? 1 : 0 })
    }
    /// Authors given for pages whose gold has none.
    public var authorsInvented: Int { pages.filter { $0.goldAuthor == nil && $0.predictedAuthor != nil }.count }
    /// Pages whose gold has a date.
    public var datedPages: [PageResult] { pages.filter { $0.goldDate != nil } }
    /// Exact day matches over dated pages.
    public var dateExact: Double {
        mean(datedPages.map { page in page.predictedDate.map { $0 == page.goldDate?.prefix(10) ?? "" } == true ? 1 : 0 })
    }
    /// Dates given for pages whose gold has none.
    public var datesInvented: Int { pages.filter { $0.goldDate == nil && $0.predictedDate != nil }.count }
    /// Pages where extraction threw.
    public var errors: Int { pages.filter { $0.error != nil }.count }
}
