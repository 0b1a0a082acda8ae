import CorroborateStories
import Testing

@testable import CorroborateEvaluation

@Suite struct FNCScoreTests {
    // gold: agree, disagree, discuss, unrelated, unrelated
    let gold: [StanceLabel] = [.agree, .disagree, .discuss, .unrelated, .unrelated]

    @Test(arguments: [
        // all right: 3 related x 1 + 2 unrelated x 0.25 = 3.5
        ([StanceLabel.agree, .disagree, .discuss, .unrelated, .unrelated], 3.5),
        // related but wrong class: 0.25 each; unrelated right: 0.25 each
        ([StanceLabel.discuss, .agree, .agree, .unrelated, .unrelated], 1.25),
        // everything unrelated: only the two unrelated pairs score
        ([StanceLabel.unrelated, .unrelated, .unrelated, .unrelated, .unrelated], 0.5),
        // unrelated predicted related: no points for them
        ([StanceLabel.agree, .disagree, .discuss, .discuss, .agree], 3.0),
    ])
    func scoresAsTheOfficialScorer(predicted: [StanceLabel], expected: Double) {
        let score = FNCScore(gold: gold, predicted: predicted)
        #expect(score.score == expected)
        #expect(score.maximum == 3.5)
    }

    @Test func percentageIsOfTheMaximum() {
        let score = FNCScore(gold: gold, predicted: Array(repeating: .unrelated, count: 5))
        #expect(abs(score.percentage - 100 * 0.5 / 3.5) < 1e-9)
    }

    @Test func perClassF1AndMacroF1() {
        let score = FNCScore(gold: gold, predicted: [.agree, .agree, .discuss, .unrelated, .discuss])
        #expect(score.f1(.agree) == 2 * 0.5 * 1 / 1.5)
        #expect(score.f1(.disagree) == 0)
        #expect(score.f1(.discuss) == 2 * 0.5 * 1 / 1.5)
        #expect(score.f1(.unrelated) == 2 * 1 * 0.5 / 1.5)
        #expect(abs(score.macroF1 - (2.0 / 3 * 3) / 4) < 1e-12)
    }

    @Test func confusionCountsGoldByPrediction() {
        let score = FNCScore(gold: gold, predicted: [.agree, .agree, .discuss, .unrelated, .discuss])
        #expect(score.confusion[StanceLabel.disagree.index][StanceLabel.agree.index] == 1)
        #expect(score.confusion[StanceLabel.unrelated.index][StanceLabel.discuss.index] == 1)
    }
}
