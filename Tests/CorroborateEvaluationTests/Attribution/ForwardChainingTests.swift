import Testing

@testable import CorroborateEvaluation

@Suite struct ForwardChainingTests {
    /// One step per month from `from` on: that month's articles scored by a model of the articles
    /// of earlier months only (never the same month, never a later one); undated articles in none,
    /// nor a month with no earlier articles.
    @Test(arguments: [
        // Three months, held out from the second: two steps, each trained on all earlier months.
        (["2016-01-05", "2016-02-10", "2016-01-20", "2016-03-01", "2016-02-28"], "2016-02",
         [Step(month: "2016-02", training: [0, 2], scored: [1, 4]), Step(month: "2016-03", training: [0, 1, 2, 4], scored: [3])]),
        // A full date as the start counts from its month (the whole month is held out).
        (["2016-01-05", "2016-02-10", "2016-02-01"], "2016-02-09",
         [Step(month: "2016-02", training: [0], scored: [1, 2])]),
        // Undated articles neither train nor score; a start after every article gives no step.
        (["", "2016-01-05", "2016-02-10"], "2016-02", [Step(month: "2016-02", training: [1], scored: [2])]),
        (["2016-01-05"], "2016-05", []),
        // The first month has nothing to train on: no step for it.
        (["2016-01-05", "2016-02-10"], "2015-12", [Step(month: "2016-02", training: [0], scored: [1])]),
    ] as [([String], String, [Step])])
    func steps(_ dates: [String], _ from: String, _ expected: [Step]) {
        let steps = CueModelTraining.forwardChaining(dates, from: from).map { Step(month: $0.month, training: $0.training, scored: $0.scored) }
        #expect(steps == expected)
    }

    struct Step: Equatable, Sendable {
        var month: String
        var training: [Int]
        var scored: [Int]
    }
}
