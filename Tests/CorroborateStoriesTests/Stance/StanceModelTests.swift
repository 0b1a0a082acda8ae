import Foundation
import Testing

@testable import CorroborateStories

@Suite struct StanceModelTests {
    /// Trees without splits: their probabilities are the softmax of `scores`.
    static func constant(_ scores: [Float]) -> BoostedTrees {
        BoostedTrees(featureNames: [], classes: scores.count, baseScores: scores, trees: [])
    }

    static let ln2 = Float(log(2.0)), ln3 = Float(log(3.0)), ln5 = Float(log(5.0))

    /// (first-stage scores, second-stage scores or nil, expected probabilities)
    static let cases: [([Float], [Float]?, [Float])] = [
        // One stage: the four-class trees alone.
        ([0, 0, 0, 0], nil, [0.25, 0.25, 0.25, 0.25]),
        // Half unrelated; the related half split 1:2:1 by the second stage.
        ([0, 0, 0, ln3], [0, ln2, 0], [0.125, 0.25, 0.125, 0.5]),
        // The second stage ignores how the first splits the related mass.
        ([ln5, 0, 0, ln3], [0, 0, ln2], [0.7 * 0.25, 0.7 * 0.25, 0.7 * 0.5, 0.3]),
    ]

    @Test(arguments: cases)
    func secondStageSplitsTheRelatedMass(first: [Float], second: [Float]?, expected: [Float]) {
        let model = StanceModel(trees: Self.constant(first), lexicon: .empty, relatedTrees: second.map(Self.constant))
        let probabilities = model.probabilities([])
        #expect(probabilities.count == 4)
        for (value, wanted) in zip(probabilities, expected) { #expect(abs(value - wanted) < 1e-5) }
    }

    @Test func decodesAModelWithoutASecondStage() throws {
        let oneStage = StanceModel(trees: Self.constant([0, 0, 0, 1]), lexicon: .empty)
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(oneStage)) as? [String: Any] ?? [:]
        json["relatedTrees"] = nil
        let decoded = try JSONDecoder().decode(StanceModel.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(decoded.relatedTrees == nil)
        #expect(decoded == oneStage)
    }

    @Test func roundTripsTheSecondStage() throws {
        let twoStage = StanceModel(trees: Self.constant([0, 0, 0, 1]), lexicon: .empty, relatedTrees: Self.constant([1, 2, 3]))
        #expect(try JSONDecoder().decode(StanceModel.self, from: JSONEncoder().encode(twoStage)) == twoStage)
    }
}
