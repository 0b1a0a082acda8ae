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
    /// merged, reported contents opening with their "that", a raising verb's subject inside its content.
    /// Each attribution carries the stage that found its first quote when the pipeline ends with
    /// a `QuoteDetector` (the same quotes as `annotate`, which adds `detect`'s spans).
    public func predictions(for article: PolNeARArticle) -> [PredictedAttribution] {
        var document = TextDocument(text: article.text)
        let stages: [String]?
        if let detector = pipeline.components.last as? QuoteDetector,
            document.scalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        {
            for component in pipeline.components.dropLast() where component.requires.isSubset(of: document.present) {
                component.annotate(&document)
            }
            let detected = document.present.isSuperset(of: detector.requires) ? detector.detect(in: document) : []
            document.quotes.append(contentsOf: detected.map(\.span))
            stages = detected.map(\.stage.rawValue)
        } else {
            pipeline.annotate(&document)
            stages = nil
        }
        let quotes = document.quotes.map { PredictedAttribution.includingComplementiser($0, in: document.scalars) }
        return PredictedAttribution.merging(quotes, stages: stages).map { PredictedAttribution.inAnnotationContract($0, in: document.scalars) }
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
