import Testing

@testable import CorroborateStories

@Suite struct BoostedTreesTests {
    @Test func treeRoutesByThreshold() {
        let tree = BoostedTrees.Tree(features: [0], thresholds: [0.5], leaves: [-1, 1])
        #expect(tree.score([0.5]) == -1)
        #expect(tree.score([0.6]) == 1)
    }

    @Test func passThroughNodeAlwaysGoesLeft() {
        let tree = BoostedTrees.Tree(features: [-1], thresholds: [0], leaves: [2, 3])
        #expect(tree.score([100]) == 2)
    }

    @Test func learnsASeparableRule() {
        let rows: [[Float]] = (0..<200).map { [Float($0 % 20) / 20, Float($0 % 7)] }
        let labels = rows.map { $0[0] > 0.5 ? 1 : 0 }
        var settings = BoostedTreesTrainer.Configuration()
        settings.rounds = 30
        let model = BoostedTreesTrainer(configuration: settings).train(
            rows: rows, labels: labels, weights: Array(repeating: 1, count: rows.count), classes: 2, featureNames: ["a", "b"]
        )
        let correct = zip(rows, labels).filter { row, label in
            let p = model.probabilities(row)
            return (p[1] > p[0] ? 1 : 0) == label
        }
        #expect(correct.count == rows.count)
    }

    @Test func modelRoundTripsThroughJSON() throws {
        let model = BoostedTrees(featureNames: ["a"], classes: 2, baseScores: [0, 0],
                                 trees: [.init(features: [0], thresholds: [1], leaves: [0.5, -0.5])])
        let data = try JSONEncoder().encode(model)
        #expect(try JSONDecoder().decode(BoostedTrees.self, from: data) == model)
    }
}

import Foundation
