import CorroborateCore

/// Trains `BoostedTrees` by second-order gradient boosting on the softmax loss, with per-feature
/// quantile bins (histogram splits), L2-regularised leaves, shrinkage and deterministic row subsampling.
public struct BoostedTreesTrainer: Sendable {
    /// Training settings; the defaults are the ones the committed stance model uses.
    public struct Configuration: Sendable, Hashable {
        /// Boosting rounds (default 150).
        public var rounds = 150
        /// Tree depth (default 3).
        public var depth = 3
        /// Shrinkage applied to every leaf (default 0.1).
        public var learningRate: Float = 0.1
        /// L2 penalty on leaf scores (default 1).
        public var lambda: Float = 1
        /// Smallest hessian sum a child may have (default 1).
        public var minimumChildWeight: Float = 1
        /// Candidate thresholds per feature (default 48, at most 255).
        public var bins = 48
        /// Fraction of rows each round sees, 0...1 (default 0.7).
        public var subsample: Float = 0.7
        /// Seed of the row sampler (default 1).
        public var seed: UInt64 = 1

        public init() {}
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// A model fitted to `rows` (feature vectors of equal length), `labels` (class indices below
    /// `classes`) and per-row `weights`.
    public func train(
        rows: [[Float]], labels: [Int], weights: [Float], classes: Int, featureNames: [String]
    ) -> BoostedTrees {
        var state = BoostingState(rows: rows, labels: labels, weights: weights, classes: classes, configuration: configuration)
        var model = BoostedTrees(featureNames: featureNames, classes: classes, baseScores: state.baseScores, trees: [])
        var random = SplitMix64(seed: configuration.seed)
        for _ in 0..<configuration.rounds {
            let sample = rows.indices.filter { _ in random.nextUnit() < configuration.subsample }.map { Int32($0) }
            model.trees += state.round(sample: sample)
        }
        return model
    }
}
