import CorroborateCore
import Foundation

/// Predicts a body's (or a sentence's) stance towards a claim: agree, disagree, discuss or unrelated,
/// with a confidence, from `StanceFeatures`, a `StanceLexicon` and `BoostedTrees` (a `StanceModel`).
///
/// Term weights come from `statistics`: feed it the documents of the story (or corpus) the claims and
/// bodies come from; with empty statistics every term weighs the same.
public struct StanceDetector: Sendable {
    public var model: StanceModel
    public var statistics: TermStatistics
    public var cues: StanceCues
    public var stopwords: Set<String>
    public var features: StanceFeatures
    /// Multipliers applied to the class probabilities before the arg-max, by `StanceLabel.index`
    /// (default all 1).
    public var classWeights: [Float]
    /// The rules used instead of the model on sentences and very short bodies.
    public var sentenceRules = SentenceRules()
    /// The sentence encoder behind the embedding features; without it those features are 0, which only
    /// a model trained without embeddings expects.
    public private(set) var meaning: SentenceMeaning?

    /// The cascade's first stage: on a body of at most `maximumSentences` sentences (the model only
    /// saw whole articles), a body holding under `minimumCoverage` of the claim's terms is unrelated;
    /// otherwise a refute or deny cue makes it disagree, a decline or hedge cue discuss, an agree cue
    /// agree; with none of them the model decides.
    public struct SentenceRules: Sendable, Hashable {
        /// Bodies this short go through the rules (default 2 sentences).
        public var maximumSentences = 2
        /// Share of the claim's content terms a related sentence must hold (default 0.25).
        public var minimumCoverage: Float = 0.25

        public init() {}
    }

    /// A detector from its parts; cues and stopwords default to the bundled English lists.
    public init(
        model: StanceModel, statistics: TermStatistics = TermStatistics(), cues: StanceCues = .english(),
        stopwords: Set<String> = TermTokenizer.english().stopwords, features: StanceFeatures = StanceFeatures(),
        classWeights: [Float] = [1, 1, 1, 1]
    ) {
        self.model = model
        self.statistics = statistics
        self.cues = cues
        self.stopwords = stopwords
        self.features = features
        self.classWeights = classWeights
    }

    /// The detector with the model shipped in the module's resources: with `meaning` (pass
    /// `SentenceMeaning.installed()`) the model that reads sentence embeddings (`stance-model.json`),
    /// without it the one trained without them (`stance-model-lexical.json`).
    public static func bundled(
        statistics: TermStatistics = TermStatistics(), meaning: SentenceMeaning? = nil
    ) throws(CorroborateError) -> StanceDetector {
        let name = meaning == nil ? "stance-model-lexical" : "stance-model"
        guard let url = Bundle.module.url(forResource: name, withExtension: "json") else {
            throw CorroborateError(.missingResource, source: "\(name).json", "the stance model is not bundled")
        }
        var detector = StanceDetector(model: try StanceModelFile.read(url), statistics: statistics)
        detector.setMeaning(meaning)
        return detector
    }

    /// Uses `meaning` for the embedding features (nil: none), embedding the stance prototypes with it.
    public mutating func setMeaning(_ meaning: SentenceMeaning?) {
        self.meaning = meaning
        features.embedding.setPrototypes(meaning?.embed(StanceEmbeddingFeatures.prototypeTexts) ?? [])
    }

    /// The texts ``document(_:)`` embeds for `text` (its sentences as ``StanceText/sentenceTexts``),
    /// so a caller can fetch kept embeddings before the detector asks for them.
    public func sentenceTexts(of text: String) -> [String] {
        StanceText(text, stopwords: stopwords, cues: cues).sentenceTexts
    }

    /// `text` tokenised and weighted for this detector, its sentences embedded when `meaning` is set.
    public func document(_ text: String) -> StanceDocument {
        var document = StanceDocument(text: StanceText(text, stopwords: stopwords, cues: cues), statistics: statistics)
        if let meaning { document.embed(sentences: meaning.embed(document.text.sentenceTexts)) }
        return document
    }

    /// The stance of `body` towards `claim`.
    public func stance(of body: String, toward claim: String) -> StancePrediction {
        stance(of: document(body), toward: document(claim))
    }

    /// The stance of a prepared body towards a prepared claim.
    public func stance(of body: StanceDocument, toward claim: StanceDocument) -> StancePrediction {
        let prediction = predict(featureVector(body: body, claim: claim))
        guard body.text.sentenceCount <= sentenceRules.maximumSentences,
              let stance = ruleStance(of: body, toward: claim)
        else { return prediction }
        return StancePrediction(stance: stance, probabilities: prediction.probabilities, stage: .sentenceCues)
    }

    /// The stance `sentenceRules` give a short body, nil when no rule applies.
    private func ruleStance(of body: StanceDocument, toward claim: StanceDocument) -> StanceLabel? {
        let present = claim.terms.filter { body.positions[$0] != nil }.count
        if Float(present) < sentenceRules.minimumCoverage * Float(claim.terms.count) { return .unrelated }
        let categories = Set(body.text.cues.map(\.category))
        if !categories.isDisjoint(with: [.refute, .deny]) { return .disagree }
        if !categories.isDisjoint(with: [.decline, .hedge]) { return .discuss }
        return categories.contains(.agree) ? .agree : nil
    }

    /// The model's input for `body` and `claim`.
    public func featureVector(body: StanceDocument, claim: StanceDocument) -> [Float] {
        let focus = features.focus(claim: claim, body: body)
        return baseFeatures(body: body, claim: claim) + model.lexicon.features(body: body, focus: focus)
            + model.polarityLexicon.polarityFeatures(body: body, focus: focus, claimDenies: claimDenies(claim))
    }

    /// Whether the claim itself calls something false or denied (a refute or deny cue).
    public func claimDenies(_ claim: StanceDocument) -> Bool {
        StancePolarity.denies(claim)
    }

    /// The features that need no learned lexicon (`StanceFeatures.names`).
    public func baseFeatures(body: StanceDocument, claim: StanceDocument) -> [Float] {
        features.vector(claim: claim, body: body, statistics: statistics)
    }

    /// The prediction for a feature vector.
    public func predict(_ vector: [Float]) -> StancePrediction {
        let probabilities = model.probabilities(vector)
        let weighted = probabilities.indices.map { probabilities[$0] * (classWeights.indices.contains($0) ? classWeights[$0] : 1) }
        let best = weighted.indices.max { weighted[$0] < weighted[$1] } ?? StanceLabel.unrelated.index
        return StancePrediction(stance: StanceLabel.allCases[best], probabilities: probabilities)
    }
}
