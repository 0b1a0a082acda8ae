import CorroborateCore
import CorroborateText

/// Trains `ContentEndModel` on PolNeAR articles (the train split; never dev or test):
/// 1. the places where the full cascade's reported and learned contents may end
///    (`QuoteDetector.contentEndPlaces`), each labelled with the words from it to the content's
///    end outside gold contents (the positive class) and inside them;
/// 2. the threshold that maximises content overlap F1 when each content ends at its first place
///    reaching it, over out-of-fold probabilities (`folds` folds by article); then the weights on
///    all places.
public struct ContentEndTraining: Sendable {
    /// The learner's settings.
    public var trainer = CueModelTrainer()
    /// Folds by article for choosing the threshold.
    public var folds = 5
    /// Candidate thresholds (0.30 to 0.95 by 0.01).
    public var candidates: [Double] = (30...95).map { Double($0) / 100 }

    /// The defaults above.
    public init() {}

    /// The trained model and the training-set figures behind its threshold.
    public struct Result: Sendable {
        /// The model to store.
        public var model: ContentEndModel
        /// Labelled places.
        public var places: Int
        /// Content overlap of the cascade with whole contents (word tokens).
        public var whole: AttributionScorer.PRF
        /// Content overlap with the contents ended out of fold.
        public var estimated: AttributionScorer.PRF
    }

    /// One content's places in order, labelled.
    typealias Content = [CueExample]

    /// Trains on `articles` with the bundled cue model.
    public func train(_ articles: [PolNeARArticle]) throws -> Result {
        var configuration = QuoteDetector.Configuration()
        configuration.usesContentEndModel = false
        let detector = try QuoteDetector.bundled(configuration: configuration)
        let pipeline = try AnnotationPipeline([SentenceSegmenter(), EntityRecognizer.bundled(), CitationDetector.bundled(), detector])
        var whole = AttributionScorer.PRF()
        var byArticle: [[Content]] = []
        for article in articles {
            let document = pipeline.document(for: article.text)
            let labeller = ProposalLabeller(article: article, scalars: document.scalars)
            labeller.addRules(document.quotes, to: &whole)
            let places = detector.contentEndPlaces(in: document)
            byArticle.append(Dictionary(grouping: places, by: \.item).sorted { $0.key < $1.key }.map { $0.value.map(labeller.endExample) })
        }
        let (threshold, estimated) = chooseThreshold(byArticle, whole: whole)
        var model = ContentEndModel(bias: 0, threshold: threshold)
        let fitted = trainer.fit(byArticle.flatMap { $0.flatMap { $0 } })
        model.weights = fitted.weights
        model.bias = fitted.bias
        return Result(model: model, places: byArticle.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }, whole: whole, estimated: estimated)
    }

    /// Out-of-fold probabilities, then the threshold with the best overlap F1.
    private func chooseThreshold(_ byArticle: [[Content]], whole: AttributionScorer.PRF) -> (Double, AttributionScorer.PRF) {
        var scored: [[(probability: Double, example: CueExample)]] = []
        let folds = max(2, self.folds)
        for fold in 0..<folds {
            let model = trainer.fit(byArticle.indices.filter { $0 % folds != fold }.flatMap { byArticle[$0].flatMap { $0 } })
            for index in byArticle.indices where index % folds == fold {
                scored += byArticle[index].map { content in content.map { (model.probability($0.features), $0) } }
            }
        }
        var best = (threshold: 1.01, figures: whole)
        for threshold in candidates {
            var figures = whole
            for content in scored {
                guard let first = content.first(where: { $0.probability >= threshold })?.example else { continue }
                figures.predicted -= Int(first.right + first.wrong)
                figures.truePositives -= Int(first.wrong)
            }
            if figures.f1 > best.figures.f1 { best = (threshold, figures) }
        }
        return best
    }
}

extension ProposalLabeller {
    /// A place labelled with the words it cuts off: outside gold contents (`right`: cutting them
    /// is right) and inside them (`wrong`).
    func endExample(_ place: ContentEndPlace) -> CueExample {
        let tokens = index.tokens(overlapping: [place.rest])
        let inside = tokens.intersection(gold).count
        return CueExample(features: place.features, right: Double(tokens.count - inside), wrong: Double(inside))
    }
}
