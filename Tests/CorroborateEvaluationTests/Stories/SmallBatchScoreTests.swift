import CorroborateEvaluation
import Testing

@Suite struct SmallBatchScoreTests {
    /// Gold: a, b, c in story A; d, e in B; f alone in C.
    let gold = ["a": "A", "b": "A", "c": "A", "d": "B", "e": "B", "f": "C"]

    @Test(arguments: [
        // predicted stories, groups split, group pairs merged (of 2 groups of 2+ bodies and 3 pairs)
        (["a": "1", "b": "1", "c": "1", "d": "2", "e": "2", "f": "3"], 0, 0),
        (["a": "1", "b": "1", "c": "4", "d": "2", "e": "2", "f": "3"], 1, 0),
        (["a": "1", "b": "1", "c": "1", "d": "1", "e": "2", "f": "3"], 1, 1),
        (["a": "1", "b": "1", "c": "1", "d": "1", "e": "1", "f": "1"], 0, 3),
    ])
    func countsSplitGroupsAndMergedPairs(_ predicted: [String: String], _ split: Int, _ merged: Int) {
        var score = SmallBatchScore()
        score.add(predicted: predicted, gold: gold, bodies: ["a", "b", "c", "d", "e", "f"])
        #expect(score.groups == 2)
        #expect(score.splitGroups == split)
        #expect(score.groupPairs == 3)
        #expect(score.mergedPairs == merged)
        #expect((score.pairwiseF1 == 1) == (split == 0 && merged == 0))
    }

    @Test func scoresAreMeansOverBatches() {
        var score = SmallBatchScore()
        score.add(predicted: ["a": "1", "b": "1"], gold: gold, bodies: ["a", "b"])
        score.add(predicted: ["a": "1", "b": "2"], gold: gold, bodies: ["a", "b"])
        #expect(score.batches == 2)
        #expect(score.pairwiseRecall == 0.5)
        #expect(score.pairwisePrecision == 1)
    }
}
