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

    /// The system's attributions for one article, with quotes sharing a cue merged.
    public func predictions(for article: PolNeARArticle) -> [PredictedAttribution] {
        PredictedAttribution.merging(pipeline.document(for: article.text).quotes)
    }

    /// Predictions for every article, keyed by article id.
    public func predictions(for articles: [PolNeARArticle]) -> [String: [PredictedAttribution]] {
        Dictionary(uniqueKeysWithValues: articles.map { ($0.id, predictions(for: $0)) })
    }
}
