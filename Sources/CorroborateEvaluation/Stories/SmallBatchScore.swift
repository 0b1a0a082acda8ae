/// Scores of story clustering over many small batches: the mean of each batch's pairwise and
/// B-cubed precision, recall and F1, and how often a gold group was split or two gold groups merged.
public struct SmallBatchScore: Sendable, CustomStringConvertible {
    public private(set) var batches = 0
    public private(set) var bodies = 0
    /// Sums over batches, for the means.
    private var sums = [Double](repeating: 0, count: 6)
    /// Gold groups with at least two bodies in their batch, and those not all in one predicted story.
    public private(set) var groups = 0, splitGroups = 0
    /// Pairs of gold groups in one batch, and those sharing a predicted story.
    public private(set) var groupPairs = 0, mergedPairs = 0

    public init() {}

    public var pairwisePrecision: Double { mean(0) }
    public var pairwiseRecall: Double { mean(1) }
    public var pairwiseF1: Double { mean(2) }
    public var bcubedPrecision: Double { mean(3) }
    public var bcubedRecall: Double { mean(4) }
    public var bcubedF1: Double { mean(5) }

    /// Adds one batch: the predicted and gold story of each of its `bodies`.
    public mutating func add(predicted: [String: String], gold: [String: String], bodies ids: [String]) {
        let batchGold = Dictionary(ids.compactMap { id in gold[id].map { (id, $0) } }, uniquingKeysWith: { first, _ in first })
        let score = ClusteringScore(predicted: predicted, gold: batchGold)
        let values = [
            score.pairwisePrecision, score.pairwiseRecall, score.pairwiseF1, score.bcubedPrecision, score.bcubedRecall, score.bcubedF1,
        ]
        for (index, value) in values.enumerated() { sums[index] += value }
        batches += 1
        bodies += ids.count
        var storiesOf: [String: Set<String>] = [:], sizes: [String: Int] = [:]
        for (id, story) in batchGold {
            storiesOf[story, default: []].insert(predicted[id] ?? id)
            sizes[story, default: 0] += 1
        }
        for (story, predictedStories) in storiesOf where sizes[story, default: 0] >= 2 {
            groups += 1
            if predictedStories.count > 1 { splitGroups += 1 }
        }
        let names = storiesOf.keys.sorted()
        for (index, one) in names.enumerated() {
            for other in names[(index + 1)...] {
                groupPairs += 1
                if !storiesOf[one, default: []].isDisjoint(with: storiesOf[other, default: []]) { mergedPairs += 1 }
            }
        }
    }

    public var description: String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        func share(_ part: Int, _ whole: Int) -> String { "\(part) of \(whole) (\(String(format: "%.1f", whole > 0 ? 100 * Double(part) / Double(whole) : 0)) %)" }
        return """
            batches \(batches), bodies \(bodies) (mean \(String(format: "%.1f", batches > 0 ? Double(bodies) / Double(batches) : 0)) per batch); means over batches:
            pairwise  P \(f(pairwisePrecision))  R \(f(pairwiseRecall))  F1 \(f(pairwiseF1))
            B-cubed   P \(f(bcubedPrecision))  R \(f(bcubedRecall))  F1 \(f(bcubedF1))
            gold groups split: \(share(splitGroups, groups)); group pairs merged: \(share(mergedPairs, groupPairs))
            """
    }

    private func mean(_ index: Int) -> Double { batches > 0 ? sums[index] / Double(batches) : 0 }
}
