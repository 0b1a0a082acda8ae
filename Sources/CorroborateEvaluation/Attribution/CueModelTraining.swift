import CorroborateCore
import CorroborateText

/// Trains the `learned` stage's `CueModel` on PolNeAR articles (the train split; never dev or test):
/// 1. the cue words: lower-cased words inside gold cues at least `minimumCueCount` times and in
///    at least `minimumCueShare` of their occurrences, auxiliaries and adverbs excepted; and by the
///    same test over all forms of a stem (`CueStem.key`), the stems, so a form rare or unseen in
///    train ("concludes", "backing") starts a proposal when its verb's other forms are cues;
/// 2. the proposals the rules leave (`QuoteDetector.proposals`), each labelled with its content
///    words inside and outside gold contents;
/// 3. a threshold per speaker kind (`CueThresholdSearch`): the best content overlap F1 (rules plus
///    kept proposals) over out-of-fold probabilities (`folds` folds by article, or with
///    `heldOutFrom` month by month forward in time) whose estimated speaker accuracy stays at or
///    above the search's floor; then the weights on all examples.
public struct CueModelTraining: Sendable {
    /// The learner's settings.
    public var trainer = CueModelTrainer()
    /// Folds by article for choosing the threshold.
    public var folds = 5
    /// A cue word is inside gold cues at least this often.
    public var minimumCueCount = 5
    /// ... and in at least this share of its occurrences.
    public var minimumCueShare = 0.03
    /// Chooses the thresholds per speaker kind.
    public var search = CueThresholdSearch()
    /// When set (an ISO month, "2016-06"), the thresholds are chosen on the articles published in
    /// or after it, each month's scored by models fitted on the articles published before that
    /// month (forward chaining, as dev is later than train), instead of out of fold over all articles.
    public var heldOutFrom: String?
    /// Features whose names start with one of these are left out of the examples (to measure
    /// what a feature template adds; the model then has no weight for them).
    public var excludedFeaturePrefixes: [String] = []

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
        /// Speaker accuracy of the rules alone (the scorer's, on Jaccard matches with a gold source).
        public var rulesSpeakerAccuracy: Double
        /// Estimated speaker accuracy of the rules plus the proposals kept out of fold.
        public var estimatedSpeakerAccuracy: Double
    }

    /// `features` without those whose names start with one of `prefixes`.
    static func features(_ features: [String], excluding prefixes: [String]) -> [String] {
        features.filter { feature in !prefixes.contains { feature.hasPrefix($0) } }
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
        var bases: [CueThresholdSearch.Tally] = []
        for article in articles {
            let document = pipeline.document(for: article.text)
            let labeller = ProposalLabeller(article: article, scalars: document.scalars)
            var articleRules = AttributionScorer.PRF()
            var articleSpeakers = AttributionScorer.Report()
            labeller.addRules(document.quotes, to: &articleRules)
            Self.addSpeakers(of: document, article, to: &articleSpeakers)
            rules.truePositives += articleRules.truePositives
            rules.predicted += articleRules.predicted
            rules.gold += articleRules.gold
            bases.append(CueThresholdSearch.Tally(
                right: Double(articleRules.truePositives), predicted: Double(articleRules.predicted), gold: Double(articleRules.gold),
                speakerScored: Double(articleSpeakers.matchedWithSource), speakerRight: Double(articleSpeakers.speakerLenientRight)))
            var proposals = detector.proposals(in: document, cueWords: cueWords)
            if !excludedFeaturePrefixes.isEmpty {
                for index in proposals.indices {
                    proposals[index].features = Self.features(proposals[index].features, excluding: excludedFeaturePrefixes)
                }
            }
            byArticle.append(proposals.map(labeller.example))
        }
        let dates = articles.map(\.publicationDate)
        let chosen = heldOutFrom.map { Self.forwardChaining(dates, from: $0).flatMap(\.scored) } ?? Array(articles.indices)
        let base = chosen.reduce(CueThresholdSearch.Tally()) { $0 + bases[$1] }
        let scored = heldOutFrom.map { heldOut(byArticle, dates: dates, from: $0) } ?? outOfFold(byArticle)
        let (thresholds, estimated) = search.thresholds(scored, base: base)
        let all = byArticle.flatMap { $0 }
        var model = trainer.fit(all)
        let speakers = trainer.fit(Self.speakerExamples(all))
        model.speakerWeights = speakers.weights
        model.speakerBias = speakers.bias
        model.threshold = CueThresholdSearch.never
        model.thresholds = thresholds.mapValues(\.content)
        model.speakerThresholds = thresholds.filter { $0.value.speaker > 0 }.mapValues(\.speaker)
        model.cueWords = cueWords
        var figures = rules
        figures.truePositives = Int(estimated.right)
        figures.predicted = Int(estimated.predicted)
        figures.gold = Int(estimated.gold)
        rules.truePositives = Int(base.right)
        rules.predicted = Int(base.predicted)
        rules.gold = Int(base.gold)
        return Result(
            model: model, examples: byArticle.reduce(0) { $0 + $1.count }, rules: rules, estimated: figures,
            rulesSpeakerAccuracy: base.speakerAccuracy, estimatedSpeakerAccuracy: estimated.speakerAccuracy)
    }

    /// Each example with the probabilities of models fitted on the other folds (by article).
    private func outOfFold(_ byArticle: [[CueExample]]) -> [CueThresholdSearch.Scored] {
        var scored: [CueThresholdSearch.Scored] = []
        let folds = max(2, self.folds)
        for fold in 0..<folds {
            let training = byArticle.indices.filter { $0 % folds != fold }.flatMap { byArticle[$0] }
            let content = trainer.fit(training)
            let speaker = trainer.fit(Self.speakerExamples(training))
            for index in byArticle.indices where index % folds == fold {
                scored += byArticle[index].map {
                    .init(probability: content.probability($0.features), speakerProbability: speaker.probability($0.features), example: $0)
                }
            }
        }
        return scored
    }

    /// The examples of the articles published from `from` on, month by month (forward chaining):
    /// each month's with the probabilities of models fitted on the articles published before it.
    private func heldOut(_ byArticle: [[CueExample]], dates: [String], from: String) -> [CueThresholdSearch.Scored] {
        Self.forwardChaining(dates, from: from).flatMap { step -> [CueThresholdSearch.Scored] in
            let training = step.training.flatMap { byArticle[$0] }
            let content = trainer.fit(training)
            let speaker = trainer.fit(Self.speakerExamples(training))
            return step.scored.flatMap { index in
                byArticle[index].map {
                    .init(probability: content.probability($0.features), speakerProbability: speaker.probability($0.features), example: $0)
                }
            }
        }
    }

    /// The steps of a forward-chaining split of articles by publication date (ISO `YYYY-MM-DD`):
    /// one per month (`YYYY-MM`) from `from` on, scoring that month's articles with a model fitted
    /// on the articles published before the month. Articles without a date are in no step, nor is
    /// a month with no earlier article (nothing to fit).
    static func forwardChaining(_ dates: [String], from: String) -> [(month: String, training: [Int], scored: [Int])] {
        let month = { (date: String) in String(date.prefix(7)) }
        let dated = dates.indices.filter { dates[$0].count >= 7 }
        let months = Set(dated.map { month(dates[$0]) }.filter { $0 >= String(from.prefix(7)) }).sorted()
        return months.map { current in
            (current, dated.filter { month(dates[$0]) < current }, dated.filter { month(dates[$0]) == current })
        }.filter { !$0.training.isEmpty }
    }

    /// The examples of the speaker model: proposals whose speaker is scored, right or wrong once each.
    static func speakerExamples(_ examples: [CueExample]) -> [CueExample] {
        examples.filter(\.speakerScored).map { CueExample(features: $0.features, right: $0.speakerRight ? 1 : 0, wrong: $0.speakerRight ? 0 : 1) }
    }

    /// Adds the speaker counts of the rules' attributions in `document` (as the evaluation scores them).
    private static func addSpeakers(of document: TextDocument, _ article: PolNeARArticle, to report: inout AttributionScorer.Report) {
        let quotes = document.quotes.map { PredictedAttribution.includingComplementiser($0, in: document.scalars) }
        var failures: [AttributionScorer.Failure] = []
        let one = AttributionScorer().score([article], predictions: [article.id: PredictedAttribution.merging(quotes).map { PredictedAttribution.inAnnotationContract($0, in: document.scalars) }], failures: &failures)
        report.matchedWithSource += one.matchedWithSource
        report.speakerLenientRight += one.speakerLenientRight
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
        let passes = { (count: Int, total: Int) in count >= minimumCount && Double(count) >= minimumShare * Double(total) }
        let words = inCues.filter { word, count in passes(count, overall[word] ?? count) && !QuoteDetector.auxiliaries.contains(word) }
        var stemInCues: [String: Int] = [:], stemOverall: [String: Int] = [:]
        for (word, count) in inCues where !QuoteDetector.auxiliaries.contains(word) { stemInCues[CueStem.key(word), default: 0] += count }
        for (word, count) in overall where !QuoteDetector.auxiliaries.contains(word) { stemOverall[CueStem.key(word), default: 0] += count }
        let stems = stemInCues.filter { stem, count in passes(count, stemOverall[stem] ?? count) }
        return Set(words.keys).union(stems.keys)
    }
}

/// Labels proposals and rule contents of one article with PolNeAR word tokens.
struct ProposalLabeller {
    let index: WordTokenIndex
    let gold: Set<Int>
    let goldCount: Int
    let scalars: [Unicode.Scalar]
    let attributions: [GoldAttribution]
    /// Per gold attribution: its content tokens.
    let goldTokens: [Set<Int>]

    init(article: PolNeARArticle, scalars: [Unicode.Scalar]) {
        let index = WordTokenIndex(scalars)
        self.index = index
        attributions = article.attributions
        goldTokens = article.attributions.map { index.tokens(overlapping: $0.content) }
        gold = index.tokens(overlapping: article.attributions.flatMap(\.content))
        goldCount = goldTokens.reduce(0) { $0 + $1.count }
        self.scalars = scalars
    }

    /// Adds the rules' contents (in the evaluation's conventions) to the overlap counts.
    func addRules(_ quotes: [QuoteSpan], to figures: inout AttributionScorer.PRF) {
        let widened = quotes.map { PredictedAttribution.includingComplementiser($0, in: scalars) }
        for attribution in PredictedAttribution.merging(widened).map({ PredictedAttribution.inAnnotationContract($0, in: scalars) }) {
            let tokens = index.tokens(overlapping: attribution.content)
            figures.predicted += tokens.count
            figures.truePositives += tokens.intersection(gold).count
        }
        figures.gold += goldCount
    }

    /// The proposal's word counts, and its speaker checked against the gold content it matches
    /// (Jaccard ≥ 0.5) when that has a source: the speaker span overlaps the source, or names its
    /// head word (the scorer's lenient rule, without the resolved name of a pronoun).
    func example(_ proposal: CueProposal) -> CueExample {
        let tokens = index.tokens(overlapping: [proposal.content])
        let right = tokens.intersection(gold).count
        var example = CueExample(features: proposal.features, right: Double(right), wrong: Double(tokens.count - right))
        if let matched = bestMatch(tokens), !attributions[matched].source.isEmpty {
            example.speakerScored = true
            example.speakerRight = proposal.speaker.map { speakerNames(attributions[matched].source, $0) } ?? false
        }
        return example
    }

    private func bestMatch(_ tokens: Set<Int>) -> Int? {
        var best: (index: Int, jaccard: Double)?
        for (offset, goldSet) in goldTokens.enumerated() {
            let shared = goldSet.intersection(tokens).count
            guard shared > 0 else { continue }
            let jaccard = Double(shared) / Double(goldSet.union(tokens).count)
            if jaccard >= 0.5, jaccard > (best?.jaccard ?? 0) { best = (offset, jaccard) }
        }
        return best?.index
    }

    private func speakerNames(_ source: [TextRange], _ speaker: TextRange) -> Bool {
        if source.contains(where: { $0.overlaps(speaker) }) { return true }
        let sourceWords = WordTokenIndex.words(source.map(text).joined(separator: " "))
        guard let head = sourceWords.last?.lowercased(), !WordTokenIndex.pronouns.contains(head) else { return false }
        return WordTokenIndex.words(text(speaker)).contains { $0.lowercased() == head }
    }

    private func text(_ range: TextRange) -> String {
        String(String.UnicodeScalarView(scalars[max(0, range.start)..<min(scalars.count, max(range.start, range.end))]))
    }
}
