import CorroborateCore
import CorroborateExtraction

/// Extraction quality on L3S-GN1 pages, as the data set's README defines the metrics.
public struct L3SEvaluation: Sendable {
    /// The scores of one page.
    public struct PageResult: Sendable {
        public var id: String
        public var url: String?
        public var score: OverlapScore
        /// Nil when the page has no headline label.
        public var headlineExact: Bool?
        public var headlineContained: Bool?
        /// Share of the related-link tokens found in the body; nil when the page has none.
        public var relatedLeak: Double?
        /// Share of the comment tokens found in the body; nil when the page has none.
        public var commentLeak: Double?
        /// The same two shares for the gold body itself: what common words alone leak (the metric's floor).
        public var goldRelatedLeak: Double?
        public var goldCommentLeak: Double?
        public var error: String?
    }

    /// Per-page results, in page order.
    public var pages: [PageResult] = []

    /// Scores `extractor` on `pages`; the page URL is passed as a hint when known.
    public init(extractor: any ArticleExtracting, pages input: [L3SPage]) {
        pages = input.map { Self.evaluate(extractor, on: $0) }
    }

    private static func evaluate(_ extractor: any ArticleExtracting, on page: L3SPage) -> PageResult {
        let attempt = ExtractionAttempt(extractor, source: "l3s/\(page.id)", html: page.html, url: page.url)
        let article = attempt.article, failure = attempt.failure
        let body = WordTokens(article?.bodyText ?? "")
        let headline = WordTokens.sequence(page.headline).joined(separator: " ")
        let title = WordTokens.sequence(article?.title ?? "").joined(separator: " ")
        let gold = WordTokens(page.body)
        func leak(_ text: String, into output: WordTokens) -> Double? {
            let tokens = WordTokens(text)
            guard tokens.total > 0 else { return nil }
            return Double(tokens.overlap(with: output)) / Double(tokens.total)
        }
        return PageResult(
            id: page.id, url: page.url, score: OverlapScore(predicted: body, reference: gold),
            headlineExact: headline.isEmpty ? nil : headline == title,
            headlineContained: headline.isEmpty ? nil : !title.isEmpty && (" \(headline) ".contains(" \(title) ") || " \(title) ".contains(" \(headline) ")),
            relatedLeak: leak(page.related, into: body), commentLeak: leak(page.comments, into: body),
            goldRelatedLeak: leak(page.related, into: gold), goldCommentLeak: leak(page.comments, into: gold), error: failure)
    }

    private func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }

    /// Macro-averaged body precision.
    public var precision: Double { mean(pages.map(\.score.precision)) }
    /// Macro-averaged body recall.
    public var recall: Double { mean(pages.map(\.score.recall)) }
    /// Macro-averaged body F1.
    public var f1: Double { mean(pages.map(\.score.f1)) }
    /// Share of labelled headlines matched exactly.
    public var headlineExact: Double { mean(pages.compactMap(\.headlineExact).map { $0 ? 1 : 0 }) }
    /// Share of labelled headlines where one contains the other.
    public var headlineContained: Double { mean(pages.compactMap(\.headlineContained).map { $0 ? 1 : 0 }) }
    /// Mean related leak over pages with related links.
    public var relatedLeak: Double { mean(pages.compactMap(\.relatedLeak)) }
    /// Pages with related-link labels.
    public var relatedPages: Int { pages.compactMap(\.relatedLeak).count }
    /// Mean comment leak over pages with comments.
    public var commentLeak: Double { mean(pages.compactMap(\.commentLeak)) }
    /// Mean related leak of the gold body (the floor common words set), over the same pages.
    public var goldRelatedLeak: Double { mean(pages.compactMap(\.goldRelatedLeak)) }
    /// Mean comment leak of the gold body, over the same pages.
    public var goldCommentLeak: Double { mean(pages.compactMap(\.goldCommentLeak)) }
    /// Pages with comment labels.
    public var commentPages: Int { pages.compactMap(\.commentLeak).count }
    /// Pages where extraction threw.
    public var errors: Int { pages.filter { $0.error != nil }.count }
}
