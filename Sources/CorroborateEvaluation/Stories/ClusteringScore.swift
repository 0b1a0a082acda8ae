/// Agreement between a predicted and a gold partition of the same items: pairwise precision,
/// recall and F1 (a pair is positive when both items share a cluster) and B-cubed P/R/F1.
public struct ClusteringScore: Sendable, CustomStringConvertible {
    public var pairwisePrecision: Double
    public var pairwiseRecall: Double
    public var bcubedPrecision: Double
    public var bcubedRecall: Double
    public var items: Int
    public var predictedClusters: Int
    public var goldClusters: Int

    public var pairwiseF1: Double { Self.f1(pairwisePrecision, pairwiseRecall) }
    public var bcubedF1: Double { Self.f1(bcubedPrecision, bcubedRecall) }

    /// Scores `predicted` against `gold` over the items both label.
    public init(predicted: [String: String], gold: [String: String]) {
        let items = gold.keys.filter { predicted[$0] != nil }
        var joint: [Pair: Int] = [:], predictedSizes: [String: Int] = [:], goldSizes: [String: Int] = [:]
        for item in items {
            guard let p = predicted[item], let g = gold[item] else { continue }
            joint[Pair(predicted: p, gold: g), default: 0] += 1
            predictedSizes[p, default: 0] += 1
            goldSizes[g, default: 0] += 1
        }
        func pairs(_ n: Int) -> Double { Double(n * (n - 1) / 2) }
        let together = joint.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSizes.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSizes.values.reduce(0) { $0 + pairs($1) }
        pairwisePrecision = predictedPairs > 0 ? together / predictedPairs : 1
        pairwiseRecall = goldPairs > 0 ? together / goldPairs : 1
        // B-cubed: per item, the share of its predicted cluster that shares its gold cluster, and vice versa.
        var precisionSum = 0.0, recallSum = 0.0
        for (pair, count) in joint {
            let n = Double(count)
            precisionSum += n * n / Double(predictedSizes[pair.predicted] ?? 1)
            recallSum += n * n / Double(goldSizes[pair.gold] ?? 1)
        }
        let total = Double(max(items.count, 1))
        bcubedPrecision = precisionSum / total
        bcubedRecall = recallSum / total
        self.items = items.count
        predictedClusters = predictedSizes.count
        goldClusters = goldSizes.count
    }

    public var description: String {
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        return """
            items \(items), predicted stories \(predictedClusters), gold stories \(goldClusters)
            pairwise  P \(f(pairwisePrecision))  R \(f(pairwiseRecall))  F1 \(f(pairwiseF1))
            B-cubed   P \(f(bcubedPrecision))  R \(f(bcubedRecall))  F1 \(f(bcubedF1))
            """
    }

    private struct Pair: Hashable {
        var predicted: String
        var gold: String
    }

    static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
}

import Foundation
