#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The feature vector of a (claim, body) pair the stance model reads: relatedness (TF-IDF cosine of the
/// body and of its sentences, term, bigram, entity and number overlap), then, per cue category, cue
/// rates in the body sentences most similar to the claim, in the whole body, near the claim's words and
/// in the lead, and the largest share of the claim's terms in a sentence holding such a cue; then the
/// claim's own cues. `names` lists them in order.
public struct StanceFeatures: Sendable {
    /// Words either side of a claim term within which a cue counts as "near" (default 10).
    public var window = 10
    /// How many of the body's sentences most similar to the claim are its focus (default 3).
    public var focusSentences = 3
    /// How many opening sentences form the lead (default 3).
    public var leadSentences = 3
    /// Denial polarity features (signed by the claim's own polarity, tail denials, negated best sentence).
    var polarity = StancePolarity()
    /// Sentence-embedding features (zero when the documents carry no embeddings).
    public var embedding = StanceEmbeddingFeatures()

    public init() {}

    /// Feature names, in vector order.
    public static let names: [String] = relatednessNames
        + StanceCues.Category.allCases.flatMap { category in
            ["focus", "body", "near", "lead", "coverage"].map { "\(category.rawValue).\($0)" }
        }
        + StanceCues.Category.allCases.map { "claim.\($0.rawValue)" }
        + ["claim.question", "body.quotedRate"]
        + StancePolarity.names
        + StanceEmbeddingFeatures.names

    static let relatednessNames = [
        "cosine", "sentence.maxCosine", "sentence.top3Cosine", "lead.maxCosine", "overlap.idf", "overlap",
        "lead.overlap", "overlap.bigrams", "overlap.entities", "overlap.numbers", "claim.hasNumber",
        "claim.logTerms", "body.logSentences", "sentence.bestCoverage",
    ]

    /// The features of `body` towards `claim`, both prepared with the same `statistics`.
    public func vector(claim: StanceDocument, body: StanceDocument, statistics: TermStatistics) -> [Float] {
        let cosines = body.sentenceVectors.map { claim.vector.dot($0) }
        let ranked = cosines.indices.sorted { cosines[$0] > cosines[$1] }
        let focused = focus(ranked: ranked, cosines: cosines)
        var features = relatedness(claim: claim, body: body, statistics: statistics, cosines: cosines, ranked: ranked)
        let anchors = claim.terms.flatMap { body.positions[$0] ?? [] }.sorted()
        let coverage = sentenceCoverage(claim: claim, body: body)
        for category in StanceCues.Category.allCases {
            features += cueFeatures(category, body: body.text, focus: focused, anchors: anchors)
            features.append(body.text.cueSentences(category).map { coverage[$0] }.max() ?? 0)
        }
        for category in StanceCues.Category.allCases {
            features.append(claim.text.cues.contains { $0.category == category } ? 1 : 0)
        }
        features.append(claim.text.hasQuestionMark ? 1 : 0)
        features.append(Float(body.text.quotedSentences) / Float(body.text.sentenceCount))
        features += polarity.vector(claim: claim, body: body, focus: focused, coverage: coverage)
        features += embedding.vector(claim: claim, body: body)
        return features
    }

    /// The indices of the body sentences most similar to the claim (cosine above 0).
    public func focus(claim: StanceDocument, body: StanceDocument) -> Set<Int> {
        let cosines = body.sentenceVectors.map { claim.vector.dot($0) }
        return focus(ranked: cosines.indices.sorted { cosines[$0] > cosines[$1] }, cosines: cosines)
    }

    private func focus(ranked: [Int], cosines: [Float]) -> Set<Int> {
        Set(ranked.prefix(focusSentences).filter { cosines[$0] > 0 })
    }

    private func relatedness(
        claim: StanceDocument, body: StanceDocument, statistics: TermStatistics, cosines: [Float], ranked: [Int]
    ) -> [Float] {
        let terms = claim.terms
        let present = terms.filter { body.positions[$0] != nil }
        let total = Float(max(terms.count, 1))
        let idfTotal = terms.reduce(Float(0)) { $0 + statistics.idf($1) }
        let idfPresent = present.reduce(Float(0)) { $0 + statistics.idf($1) }
        let inLead = present.filter { term in
            body.positions[term, default: []].contains { body.text.words[$0].sentence < leadSentences }
        }
        let capitalized = present.filter { term in
            body.positions[term, default: []].contains { body.text.words[$0].isCapitalized }
        }
        let sequence = claim.text.words.compactMap(\.term)
        let claimBigrams = Set(zip(sequence, sequence.dropFirst()).map { StanceDocument.bigram($0, $1) })
        let numbers = claim.numbers
        return [
            claim.vector.dot(body.vector),
            ranked.first.map { cosines[$0] } ?? 0,
            ranked.prefix(3).reduce(Float(0)) { $0 + cosines[$1] } / 3,
            cosines.prefix(leadSentences).max() ?? 0,
            idfTotal > 0 ? idfPresent / idfTotal : 0,
            Float(present.count) / total,
            Float(inLead.count) / total,
            claimBigrams.isEmpty ? 0 : Float(claimBigrams.intersection(body.bigrams).count) / Float(claimBigrams.count),
            Float(capitalized.count) / total,
            numbers.isEmpty ? 0 : Float(numbers.intersection(body.numbers).count) / Float(numbers.count),
            numbers.isEmpty ? 0 : 1,
            Float(log(Double(1 + terms.count))),
            Float(log(Double(body.text.sentenceCount))),
            bestCoverage(present: present, body: body) / total,
        ]
    }

    /// The fraction of the claim's terms each body sentence holds.
    private func sentenceCoverage(claim: StanceDocument, body: StanceDocument) -> [Float] {
        var counts = [Float](repeating: 0, count: body.text.sentenceCount)
        for term in claim.terms {
            for sentence in Set(body.positions[term, default: []].map({ body.text.words[$0].sentence })) {
                counts[sentence] += 1
            }
        }
        let total = Float(max(claim.terms.count, 1))
        return counts.map { $0 / total }
    }

    /// The most claim terms any one body sentence holds.
    private func bestCoverage(present: [UInt64], body: StanceDocument) -> Float {
        var counts = Array(repeating: 0, count: body.text.sentenceCount)
        for term in present {
            for sentence in Set(body.positions[term, default: []].map({ body.text.words[$0].sentence })) {
                counts[sentence] += 1
            }
        }
        return Float(counts.max() ?? 0)
    }

    private func cueFeatures(
        _ category: StanceCues.Category, body: StanceText, focus: Set<Int>, anchors: [Int]
    ) -> [Float] {
        let matches = body.cues.filter { $0.category == category }
        let sentences = matches.map { body.words[$0.position].sentence }
        let inFocus = sentences.filter { focus.contains($0) }.count
        let near = matches.filter { isNear($0.position, anchors: anchors) }.count
        let inLead = sentences.filter { $0 < leadSentences }.count
        return [
            Float(inFocus) / Float(max(focus.count, 1)),
            Float(matches.count) / Float(body.sentenceCount),
            Float(log(Double(1 + near))),
            Float(min(inLead, 3)),
        ]
    }

    /// Whether a claim-term occurrence lies within `window` words of `position` (`anchors` sorted).
    private func isNear(_ position: Int, anchors: [Int]) -> Bool {
        var low = 0, high = anchors.count
        while low < high {
            let middle = (low + high) / 2
            if anchors[middle] < position { low = middle + 1 } else { high = middle }
        }
        let after = low < anchors.count ? anchors[low] - position : Int.max
        let before = low > 0 ? position - anchors[low - 1] : Int.max
        return min(after, before) <= window
    }
}
