/// What the stance detector learns: the boosted trees and the word lexicon whose features they read.
public struct StanceModel: Sendable, Codable, Hashable {
    public var trees: BoostedTrees
    public var lexicon: StanceLexicon

    /// A model from its parts.
    public init(trees: BoostedTrees, lexicon: StanceLexicon) {
        self.trees = trees
        self.lexicon = lexicon
    }

    /// The names of the features the trees read: `StanceFeatures.names`, then `StanceLexicon.featureNames`.
    public static let featureNames = StanceFeatures.names + StanceLexicon.featureNames

    /// A four-class model with no trees and an empty lexicon: a placeholder before training.
    public static let untrained = StanceModel(trees: .untrained, lexicon: .empty)
}
