import CorroborateStories

/// The stance features of every pair of an FNC-1 split, with gold labels and the group (story, or body
/// when the split has no stories) each pair belongs to for cross-validation. Lexicon features are added
/// per model, since the lexicon is learned.
public struct StanceFeatureTable: Sendable {
    /// The base feature vector (`StanceFeatures.names`) of each pair, in the split's order.
    public var rows: [[Float]]
    /// Gold stance per pair (nil when the split has no Stance column or an unknown label).
    public var gold: [StanceLabel?]
    /// Cross-validation group per pair.
    public var groups: [String]
    /// The distinct bodies, prepared.
    public var bodies: [StanceDocument]
    /// Index in `bodies` of each pair's body.
    public var bodyOfPair: [Int]
    /// The focus sentences of each pair's body.
    public var focusOfPair: [Set<Int>]
    /// Whether each pair's claim itself denies something (`StanceDetector.claimDenies`).
    public var claimDenies: [Bool]

    /// Features for `dataset`, with term weights from its bodies and headlines; with `embed` (unit
    /// sentence embeddings of texts, in order) the sentence-embedding features too.
    public init(
        dataset: FNCDataset, detector: StanceDetector, groupByStory: Bool = true, embed: (([String]) -> [[Float]])? = nil
    ) {
        var detector = detector
        let texts = dataset.bodies.map { StanceText($0.text, stopwords: detector.stopwords, cues: detector.cues) }
        let headlineTexts = Set(dataset.pairs.map(\.headline)).map {
            ($0, StanceText($0, stopwords: detector.stopwords, cues: detector.cues))
        }
        var statistics = TermStatistics()
        for text in texts + headlineTexts.map(\.1) { statistics.add(terms: text.words.compactMap(\.term)) }
        detector.statistics = statistics
        bodies = texts.map { StanceDocument(text: $0, statistics: statistics) }
        var indexOfBody: [String: Int] = [:]
        for (index, body) in dataset.bodies.enumerated() where indexOfBody[body.id] == nil { indexOfBody[body.id] = index }
        var claims = Dictionary(headlineTexts.map { ($0.0, StanceDocument(text: $0.1, statistics: statistics)) },
                                uniquingKeysWith: { first, _ in first })
        if let embed {
            let claimKeys = Array(claims.keys)
            let wanted = bodies.flatMap(\.text.sentenceTexts) + claimKeys.flatMap { claims[$0]?.text.sentenceTexts ?? [] }
                + StanceEmbeddingFeatures.prototypeTexts
            let distinct = Set(wanted).sorted()
            let vectors = Dictionary(uniqueKeysWithValues: zip(distinct, embed(distinct)))
            for index in bodies.indices {
                bodies[index].embed(sentences: bodies[index].text.sentenceTexts.compactMap { vectors[$0] })
            }
            for key in claimKeys {
                guard var claim = claims[key] else { continue }
                claim.embed(sentences: claim.text.sentenceTexts.compactMap { vectors[$0] })
                claims[key] = claim
            }
            detector.features.embedding.setPrototypes(StanceEmbeddingFeatures.prototypeTexts.compactMap { vectors[$0] })
        }
        let empty = StanceDocument(text: StanceText("", stopwords: [], cues: detector.cues), statistics: statistics)
        bodies.append(empty)
        bodyOfPair = dataset.pairs.map { indexOfBody[$0.bodyID] ?? texts.count }
        var rows: [[Float]] = [], focus: [Set<Int>] = [], denies: [Bool] = []
        for (pair, bodyIndex) in zip(dataset.pairs, bodyOfPair) {
            let claim = claims[pair.headline] ?? empty
            rows.append(detector.baseFeatures(body: bodies[bodyIndex], claim: claim))
            focus.append(detector.features.focus(claim: claim, body: bodies[bodyIndex]))
            denies.append(detector.claimDenies(claim))
        }
        self.rows = rows
        focusOfPair = focus
        claimDenies = denies
        gold = dataset.pairs.map { $0.stance.flatMap { StanceLabel(rawValue: $0.lowercased()) } }
        groups = dataset.pairs.map { groupByStory ? dataset.stories[$0.bodyID] ?? $0.bodyID : $0.bodyID }
    }

    /// Sets to 0, in every row, the base features whose name is one of `names` or starts with one of them
    /// ending in "." (an ablation: a constant feature is never split on, as if it were not there).
    public mutating func ablate(_ names: [String]) {
        let columns = StanceFeatures.names.indices.filter { StanceFeatureTable.matches(StanceFeatures.names[$0], names) }
        for row in rows.indices { for column in columns { rows[row][column] = 0 } }
    }

    static func matches(_ name: String, _ patterns: [String]) -> Bool {
        patterns.contains { $0 == name || ($0.hasSuffix(".") && name.hasPrefix($0)) }
    }

    /// The full feature vector of pair `index` under the lexicons of `model` (`StanceModel.featureNames`).
    public func vector(_ index: Int, model: StanceModel) -> [Float] {
        rows[index] + lexiconFeatures(index, lexicon: model.lexicon, polarityLexicon: model.polarityLexicon)
    }

    /// The features of pair `index` from the stance lexicon, then from the polarity lexicon.
    public func lexiconFeatures(_ index: Int, lexicon: StanceLexicon, polarityLexicon: StanceLexicon) -> [Float] {
        let body = bodies[bodyOfPair[index]]
        return lexicon.features(body: body, focus: focusOfPair[index])
            + polarityLexicon.polarityFeatures(body: body, focus: focusOfPair[index], claimDenies: claimDenies[index])
    }

    /// The label pair `index` gives the polarity lexicon (nil when unlabelled).
    public func polarityLabel(_ index: Int) -> StanceLabel? {
        gold[index].map { StanceLexicon.polarityLabel($0, claimDenies: claimDenies[index]) }
    }
}
