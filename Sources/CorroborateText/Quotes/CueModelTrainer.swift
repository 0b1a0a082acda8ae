import Foundation

/// One labelled proposal: its features, how many of its content words are inside a gold
/// content (`right`) or not (`wrong`), and whether its speaker is scored (its content matches a
/// gold content that has a source) and right.
public struct CueExample: Sendable, Hashable {
    /// The proposal's features.
    public var features: [String]
    /// Content words inside gold contents.
    public var right: Double
    /// Content words outside them.
    public var wrong: Double
    /// The content matches a gold content with a source, so the speaker counts for speaker accuracy.
    public var speakerScored: Bool
    /// ... and the speaker is that source.
    public var speakerRight: Bool

    /// An example from explicit parts.
    public init(features: [String], right: Double, wrong: Double, speakerScored: Bool = false, speakerRight: Bool = false) {
        self.features = features
        self.right = right
        self.wrong = wrong
        self.speakerScored = speakerScored
        self.speakerRight = speakerRight
    }
}

/// Fits `CueModel` weights: logistic regression where each proposal counts once per content
/// word, as right or wrong (so the probability estimates the share of right words), by AdaGrad
/// over `epochs` passes in a fixed order, with an L2 penalty. Features seen in fewer than
/// `minimumFeatureCount` examples get no weight.
public struct CueModelTrainer: Sendable {
    /// Passes over the examples.
    public var epochs = 10
    /// AdaGrad's base step.
    public var learningRate = 0.2
    /// L2 penalty per example and feature occurrence.
    public var l2 = 1e-4
    /// Features in fewer examples than this are dropped.
    public var minimumFeatureCount = 3

    /// The default settings above.
    public init() {}

    /// The weights and bias fitted on `examples` (threshold and cue words left to the caller).
    public func fit(_ examples: [CueExample]) -> CueModel {
        var counts: [String: Int] = [:]
        for example in examples { for feature in Set(example.features) { counts[feature, default: 0] += 1 } }
        let names = counts.filter { $0.value >= minimumFeatureCount }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let rows = examples.map { example in Array(Set(example.features.compactMap { index[$0] })).sorted() }
        var weights = [Double](repeating: 0, count: names.count + 1)
        var squares = [Double](repeating: 1e-8, count: names.count + 1)
        let bias = names.count
        for _ in 0..<epochs {
            for (row, example) in zip(rows, examples) where example.right + example.wrong > 0 {
                let sum = row.reduce(weights[bias]) { $0 + weights[$1] }
                let probability = 1 / (1 + exp(-sum))
                let gradient = (example.right + example.wrong) * probability - example.right
                for feature in row + [bias] {
                    let step = gradient + (feature == bias ? 0 : l2 * weights[feature])
                    squares[feature] += step * step
                    weights[feature] -= learningRate * step / squares[feature].squareRoot()
                }
            }
        }
        var model = CueModel(bias: weights[bias])
        for (offset, name) in names.enumerated() where abs(weights[offset]) >= 1e-4 {
            model.weights[name] = (weights[offset] * 1e5).rounded() / 1e5
        }
        return model
    }
}
