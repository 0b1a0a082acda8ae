#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A multiclass gradient-boosted ensemble of complete binary trees (softmax over summed leaf scores).
///
/// Each tree of depth d is stored level by level: `2^d - 1` split nodes (feature, threshold; a row goes
/// left when its value is `<= threshold`; feature -1 always goes left) and `2^d` leaf scores.
public struct BoostedTrees: Sendable, Codable, Hashable {
    /// One tree.
    public struct Tree: Sendable, Codable, Hashable {
        /// Split feature per internal node, heap order; -1 means "always left".
        public var features: [Int]
        /// Split threshold per internal node.
        public var thresholds: [Float]
        /// Leaf scores, left to right.
        public var leaves: [Float]

        /// A tree from its level-order split nodes and its leaves (`leaves.count == features.count + 1`).
        public init(features: [Int], thresholds: [Float], leaves: [Float]) {
            self.features = features
            self.thresholds = thresholds
            self.leaves = leaves
        }

        /// The leaf score for the feature vector `x`.
        public func score(_ x: [Float]) -> Float {
            var node = 0
            while node < features.count {
                let feature = features[node]
                let goLeft = feature < 0 || feature >= x.count || !(x[feature] > thresholds[node])
                node = 2 * node + (goLeft ? 1 : 2)
            }
            return leaves[node - features.count]
        }
    }

    /// Names of the features, in vector order (for checking the model matches its extractor).
    public var featureNames: [String]
    /// Number of classes.
    public var classes: Int
    /// Initial score per class.
    public var baseScores: [Float]
    /// Trees, round by round: round r, class k is `trees[r * classes + k]`.
    public var trees: [Tree]

    /// A model from its parts.
    public init(featureNames: [String], classes: Int, baseScores: [Float], trees: [Tree]) {
        self.featureNames = featureNames
        self.classes = classes
        self.baseScores = baseScores
        self.trees = trees
    }

    /// Summed scores per class for `x`.
    public func scores(_ x: [Float]) -> [Float] {
        var scores = baseScores
        for (index, tree) in trees.enumerated() { scores[index % classes] += tree.score(x) }
        return scores
    }

    /// Softmax probabilities per class for `x`.
    public func probabilities(_ x: [Float]) -> [Float] {
        Self.softmax(scores(x))
    }

    /// Softmax of `scores`.
    public static func softmax(_ scores: [Float]) -> [Float] {
        let top = scores.max() ?? 0
        let exps = scores.map { Float(exp(Double($0 - top))) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}

extension BoostedTrees {
    /// A four-class model with no trees (uniform probabilities): a placeholder before training.
    public static let untrained = BoostedTrees(featureNames: [], classes: 4, baseScores: [0, 0, 0, 0], trees: [])
}
