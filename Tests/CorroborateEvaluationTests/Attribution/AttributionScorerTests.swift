import CorroborateCore
import Testing
@testable import CorroborateEvaluation

@Suite struct AttributionScorerTests {
    static let text = "“There’s tremendous energy,” Rep. Earl Blumenauer said. He said the race was close."
    static let ann = """
        T1\tContent 0 28\t“There’s tremendous energy,”
        T2\tSource 29 49\tRep. Earl Blumenauer
        T3\tCue 50 54\tsaid
        T4\tAttribution 50 54\tsaid
        E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1
        T5\tSource 56 58\tHe
        T6\tCue 59 63\tsaid
        T7\tContent 64 82\tthe race was close
        T8\tAttribution 59 63\tsaid
        E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7
        T9\tDiscard 0 3\tx
        """

    /// brat events become attributions with their content, source and cue fragments; other T lines are ignored.
    @Test func parsesBrat() {
        let gold = BratAttributions.parse(Self.ann)
        #expect(gold.count == 2)
        #expect(gold[0].content == [TextRange(start: 0, end: 28)])
        #expect(gold[1].source == [TextRange(start: 56, end: 58)])
    }

    /// Predictions equal to the gold score 1 on every measure; a wrong speaker span counts against speaker accuracy only.
    @Test(arguments: [(TextRange(start: 29, end: 49), 1.0), (TextRange(start: 0, end: 3), 0.5)])
    func scoresPredictions(_ firstSource: TextRange, _ speaker: Double) {
        let article = PolNeARArticle(id: "a", text: Self.text, annotator: "x", attributions: BratAttributions.parse(Self.ann))
        let predicted = [
            PredictedAttribution(content: [TextRange(start: 1, end: 26)], source: firstSource, cue: TextRange(start: 50, end: 54)),
            PredictedAttribution(content: [TextRange(start: 64, end: 82)], source: TextRange(start: 56, end: 58)),
        ]
        var failures: [AttributionScorer.Failure] = []
        let report = AttributionScorer().score([article], predictions: ["a": predicted], failures: &failures)
        #expect(report.jaccard.f1 == 1)
        #expect(report.exact.f1 == 1)
        #expect(report.overlap.f1 == 1)
        #expect(report.speakerAccuracy == speaker)
    }

    /// The JSON line is what polnear_score.py reads.
    @Test func writesPredictionLine() {
        let line = PredictedAttribution.jsonLine(file: "a", [PredictedAttribution(content: [TextRange(start: 1, end: 2)], speaker: "He \"X\"")])
        #expect(line == #"{"file": "a", "quotes": [{"content": [[1, 2]], "source": null, "cue": null, "speaker": "He \"X\""}]}"#)
    }
}
