/// What the stance detector learns: the boosted trees and the word lexicons whose features they read.
public struct StanceModel: Sendable, Codable, Hashable {
    public var trees: BoostedTrees
    /// Word evidence for each related stance.
    public var lexicon: StanceLexicon
    /// Word evidence for the body's own polarity (affirm, debunk, discuss; `StanceLexicon+Polarity`).
    public var polarityLexicon: StanceLexicon

    /// A model from its parts.
    public init(trees: BoostedTrees, lexicon: StanceLexicon, polarityLexicon: StanceLexicon = .empty) {
        self.trees = trees
        self.lexicon = lexicon
        self.polarityLexicon = polarityLexicon
    }

    /// The names of the features the trees read: `StanceFeatures.names`, `StanceLexicon.featureNames`,
    /// then `StanceLexicon.polarityFeatureNames`.
    public static let featureNames = StanceFeatures.names + StanceLexicon.featureNames + StanceLexicon.polarityFeatureNames

    /// A four-class model with no trees and empty lexicons: a placeholder before training.
    public static let untrained = StanceModel(trees: .untrained, lexicon: .empty)

    private enum CodingKeys: String, CodingKey { case trees, lexicon, polarityLexicon }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        trees = try container.decode(BoostedTrees.self, forKey: .trees)
        lexicon = try container.decode(StanceLexicon.self, forKey: .lexicon)
        polarityLexicon = try container.decodeIfPresent(StanceLexicon.self, forKey: .polarityLexicon) ?? .empty
    }
}
