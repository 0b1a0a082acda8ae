/// Learned word evidence for the related stances: per stem, the smoothed log-odds that a related body
/// containing it agrees, disagrees or discusses (each class against the other two). Only stems seen in
/// bodies of many different stories are kept, so topic words do not stand in for stance words.
public struct StanceLexicon: Sendable, Codable, Hashable {
    /// Log-odds for agree, disagree, discuss, by stem.
    public private(set) var weights: [String: [Float]]
    private var byTerm: [UInt64: [Float]]

    /// Feature names, in the order `features` returns them.
    public static let featureNames = ["agree", "disagree", "discuss"].flatMap { ["lexicon.\($0).focus", "lexicon.\($0).body"] }

    /// A lexicon from per-stem log-odds.
    public init(weights: [String: [Float]]) {
        self.weights = weights
        byTerm = Dictionary(weights.map { (StanceDocument.term(stem: $0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// An empty lexicon: every feature is 0.
    public static let empty = StanceLexicon(weights: [:])

    private enum CodingKeys: String, CodingKey { case weights }

    public init(from decoder: any Decoder) throws {
        self.init(weights: try decoder.container(keyedBy: CodingKeys.self).decode([String: [Float]].self, forKey: .weights))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weights, forKey: .weights)
    }

    /// Mean log-odds of each class over the distinct terms of the focus sentences, then of the body.
    public func features(body: StanceDocument, focus: Set<Int>) -> [Float] {
        var focusSum: [Float] = [0, 0, 0], bodySum: [Float] = [0, 0, 0]
        var focusCount: Float = 0, bodyCount: Float = 0
        for term in body.terms {
            guard let odds = byTerm[term], let positions = body.positions[term] else { continue }
            bodyCount += 1
            for k in 0..<3 { bodySum[k] += odds[k] }
            if positions.contains(where: { focus.contains(body.text.words[$0].sentence) }) {
                focusCount += 1
                for k in 0..<3 { focusSum[k] += odds[k] }
            }
        }
        return (0..<3).flatMap { [focusSum[$0] / max(focusCount, 1), bodySum[$0] / max(bodyCount, 1)] }
    }
}
