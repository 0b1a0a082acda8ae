/// What the stance detector learns: the boosted trees and the word lexicons whose features they read.
///
/// With `relatedTrees` the model has two stages: `trees` (four classes) give the probability that a pair
/// is unrelated, and `relatedTrees`, trained on related pairs only, split the rest among agree, disagree
/// and discuss (`StanceLabel.index` order).
public struct StanceModel: Sendable, Codable, Hashable {
    public var trees: BoostedTrees
    /// The second stage: agree / disagree / discuss trees fitted to related pairs (nil: one stage).
    public var relatedTrees: BoostedTrees?
    /// Word evidence for each related stance.
    public var lexicon: StanceLexicon
    /// Word evidence for the body's own polarity (affirm, debunk, discuss; `StanceLexicon+Polarity`).
    public var polarityLexicon: StanceLexicon

    /// A model from its parts.
    public init(
        trees: BoostedTrees, lexicon: StanceLexicon, polarityLexicon: StanceLexicon = .empty, relatedTrees: BoostedTrees? = nil
    ) {
        self.trees = trees
        self.relatedTrees = relatedTrees
        self.lexicon = lexicon
        self.polarityLexicon = polarityLexicon
    }

    /// The names of the features the trees read: `StanceFeatures.names`, `StanceLexicon.featureNames`,
    /// then `StanceLexicon.polarityFeatureNames`.
    public static let featureNames = StanceFeatures.names + StanceLexicon.featureNames + StanceLexicon.polarityFeatureNames

    /// A four-class model with no trees and empty lexicons: a placeholder before training.
    public static let untrained = StanceModel(trees: .untrained, lexicon: .empty)

    /// The probabilities of the four stances for a full feature vector (`featureNames`).
    public func probabilities(_ vector: [Float]) -> [Float] {
        let first = trees.probabilities(vector)
        guard let relatedTrees, first.count == StanceLabel.allCases.count else { return first }
        let unrelated = first[StanceLabel.unrelated.index]
        return relatedTrees.probabilities(vector).map { $0 * (1 - unrelated) } + [unrelated]
    }

    private enum CodingKeys: String, CodingKey { case trees, lexicon, polarityLexicon, relatedTrees }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        trees = try container.decode(BoostedTrees.self, forKey: .trees)
        lexicon = try container.decode(StanceLexicon.self, forKey: .lexicon)
        polarityLexicon = try container.decodeIfPresent(StanceLexicon.self, forKey: .polarityLexicon) ?? .empty
        relatedTrees = try container.decodeIfPresent(BoostedTrees.self, forKey: .relatedTrees)
    }
}
