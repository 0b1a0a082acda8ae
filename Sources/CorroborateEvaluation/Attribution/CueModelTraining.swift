import CorroborateCore
import CorroborateText

/// Trains the `learned` stage's `CueModel` on PolNeAR articles (the train split; never dev or test):
/// 1. the cue words: lower-cased words inside gold cues at least `minimumCueCount` times and in
///    at least `minimumCueShare` of their occurrences, auxiliaries and adverbs excepted;
/// 2. the proposals the rules leave (`QuoteDetector.proposals`), each labelled with its content
///    words inside and outside gold contents;
/// 3. the threshold that maximises content overlap F1 (rules plus kept proposals) over
///    out-of-fold probabilities (`folds` folds by article), then the weights on all examples.
public struct CueModelTraining: Sendable {
    /// The learner's settings.
    public var trainer = CueModelTrainer()
    /// Folds by article for choosing the threshold.
    public var folds = 5
    /// A cue word is inside gold cues at least this often.
    public var minimumCueCount = 5
    /// ... and in at least this share of its occurrences.
    public var minimumCueShare = 0.03

    /// The defaults above.
    public init() {}

    /// The trained model and the training-set figures behind its threshold.
    public struct Result: Sendable {
        /// The model to store.
        public var model: CueModel
        /// Labelled proposals.
        public var examples: Int
        /// Content overlap of the rules alone (word tokens).
        public var rules: AttributionScorer.PRF
        /// Content overlap of the rules plus the proposals kept out of fold.
        public var estimated: AttributionScorer.PRF
    }

    /// Trains on `articles`.
    public func train(_ articles: [PolNeARArticle]) throws -> Result {
        var configuration = QuoteDetector.Configuration()
        configuration.usesCueModel = false
        let detector = try QuoteDetector.bundled(configuration: configuration)
        let pipeline = try AnnotationPipeline([SentenceSegmenter(), EntityRecognizer.bundled(), CitationDetector.bundled(), detector])
        let cueWords = Self.cueWords(articles, minimumCount: minimumCueCount, minimumShare: minimumCueShare)
        var rules = AttributionScorer.PRF()
        var byArticle: [[CueExample]] = []
        for article in articles {
            let document = pipeline.document(for: article.text)
            let labeller = ProposalLabeller(article: article, scalars: document.scalars)
            labeller.addRules(document.quotes, to: &rules)
            byArticle.append(detector.proposals(in: document, cueWords: cueWords).map(labeller.example))
        }
        let (threshold, estimated) = chooseThreshold(byArticle, rules: rules)
        var model = trainer.fit(byArticle.flatMap { $0 })
        model.threshold = threshold
        model.cueWords = cueWords
        return Result(model: model, examples: byArticle.reduce(0) { $0 + $1.count }, rules: rules, estimated: estimated)
    }

    /// Out-of-fold probabilities, then the threshold (0.20 to 0.80 by 0.01) with the best overlap F1.
    private func chooseThreshold(_ byArticle: [[CueExample]], rules: AttributionScorer.PRF) -> (Double, AttributionScorer.PRF) {
        var scored: [(probability: Double, example: CueExample)] = []
        let folds = max(2, self.folds)
        for fold in 0..<folds {
            let training = byArticle.indices.filter { $0 % folds != fold }.flatMap { byArticle[$0] }
            let model = trainer.fit(training)
            for index in byArticle.indices where index % folds == fold {
                scored += byArticle[index].map { (model.probability($0.features), $0) }
            }
        }
        var best = (threshold: 1.0, figures: rules)
        for step in 20...80 {
            let threshold = Double(step) / 100
            var figures = rules
            for item in scored where item.probability >= threshold {
                figures.truePositives += Int(item.example.right)
                figures.predicted += Int(item.example.right + item.example.wrong)
            }
            if figures.f1 > best.figures.f1 { best = (threshold, figures) }
        }
        return best
    }

    /// The cue vocabulary of step 1.
    static func cueWords(_ articles: [PolNeARArticle], minimumCount: Int, minimumShare: Double) -> Set<String> {
        var inCues: [String: Int] = [:], overall: [String: Int] = [:]
        for article in articles {
            let scalars = Array(article.text.unicodeScalars)
            let index = WordTokenIndex(scalars)
            let cueTokens = index.tokens(overlapping: article.attributions.flatMap(\.cue))
            for (offset, range) in index.ranges.enumerated() {
                let word = String(String.UnicodeScalarView(scalars[range.start..<range.end])).lowercased()
                overall[word, default: 0] += 1
                if cueTokens.contains(offset) { inCues[word, default: 0] += 1 }
            }
        }
        return Set(inCues.filter { word, count in
            count >= minimumCount && Double(count) >= minimumShare * Double(overall[word] ?? count)
                && !QuoteDetector.auxiliaries.contains(word)
        }.keys)
    }
}

/// Labels proposals and rule contents of one article with PolNeAR word tokens.
struct ProposalLabeller {
    let index: WordTokenIndex
    let gold: Set<Int>
    let goldCount: Int
    let scalars: [Unicode.Scalar]

    init(article: PolNeARArticle, scalars: [Unicode.Scalar]) {
        let index = WordTokenIndex(scalars)
        self.index = index
        gold = index.tokens(overlapping: article.attributions.flatMap(\.content))
        goldCount = article.attributions.reduce(0) { $0 + index.tokens(overlapping: $1.content).count }
        self.scalars = scalars
    }

    /// Adds the rules' contents (in the evaluation's conventions) to the overlap counts.
    func addRules(_ quotes: [QuoteSpan], to figures: inout AttributionScorer.PRF) {
        let widened = quotes.map { PredictedAttribution.includingComplementiser($0, in: scalars) }
        for attribution in PredictedAttribution.merging(widened) {
            let tokens = index.tokens(overlapping: attribution.content)
            figures.predicted += tokens.count
            figures.truePositives += tokens.intersection(gold).count
        }
        figures.gold += goldCount
    }

    func example(_ proposal: CueProposal) -> CueExample {
        let tokens = index.tokens(overlapping: [proposal.content])
        let right = tokens.intersection(gold).count
        return CueExample(features: proposal.features, right: Double(right), wrong: Double(tokens.count - right))
    }
}
