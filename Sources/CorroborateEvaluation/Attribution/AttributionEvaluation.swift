import CorroborateCore
import CorroborateText

/// Runs the per-article attribution components over PolNeAR articles and scores them.
public struct AttributionEvaluation: Sendable {
    /// Sentence segmentation, then the entity, citation and quote components.
    public let pipeline: AnnotationPipeline

    /// An evaluation with the shipped components.
    public init() throws {
        pipeline = try AnnotationPipeline([SentenceSegmenter()] + AttributionComponents.bundled())
    }

    /// An evaluation with an explicit pipeline.
    public init(pipeline: AnnotationPipeline) {
        self.pipeline = pipeline
    }

    /// The system's attributions for one article in PolNeAR's conventions: quotes sharing a cue
    /// merged, reported contents opening with their "that".
    public func predictions(for article: PolNeARArticle) -> [PredictedAttribution] {
        let document = pipeline.document(for: article.text)
        let quotes = document.quotes.map { PredictedAttribution.includingComplementiser($0, in: document.scalars) }
        return PredictedAttribution.merging(quotes)
    }

    /// Predictions for every article, keyed by article id.
    public func predictions(for articles: [PolNeARArticle]) -> [String: [PredictedAttribution]] {
        Dictionary(uniqueKeysWithValues: articles.map { ($0.id, predictions(for: $0)) })
    }
}

extension AttributionEvaluation {
    /// Articles per second of the entity, citation and quote components alone (sentences added
    /// first and not timed), over `passes` passes of `articles`, on the calling thread.
    public static func componentRate(_ articles: [PolNeARArticle], passes: Int = 3) throws -> Double {
        let segmenter = SentenceSegmenter()
        let documents = articles.map { article -> TextDocument in
            var document = TextDocument(text: article.text)
            segmenter.annotate(&document)
            return document
        }
        let components = try AttributionComponents.bundled()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(1, passes) {
                for var document in documents {
                    for component in components { component.annotate(&document) }
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(documents.count * max(1, passes)) / max(seconds, 1e-9)
    }
}
