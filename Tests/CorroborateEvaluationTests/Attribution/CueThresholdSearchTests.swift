import CorroborateText
import Testing
@testable import CorroborateEvaluation

@Suite struct CueThresholdSearchTests {
    typealias Scored = CueThresholdSearch.Scored

    /// A proposal of 10 content words, `right` of them right, speaker scored and right or wrong.
    static func scored(_ kind: String, _ probability: Double, right: Double, speaker: Bool?, speakerProbability: Double = 0.5) -> Scored {
        let example = CueExample(
            features: ["spk=" + kind], right: right, wrong: 10 - right, speakerScored: speaker != nil, speakerRight: speaker ?? false)
        return Scored(probability: probability, speakerProbability: speakerProbability, example: example)
    }

    /// Rules with 50 of 100 gold words found, all predicted right, speakers 95 of 100 right.
    static let base = CueThresholdSearch.Tally(right: 50, predicted: 50, gold: 100, speakerScored: 100, speakerRight: 95)

    /// Good contents with right speakers are kept; with no speaker they are kept only while the
    /// speaker accuracy stays at or above the floor.
    @Test(arguments: [(0.94, true), (0.945, false)])
    func speakerlessKeptOnlyAboveFloor(_ floor: Double, _ keepsNone: Bool) {
        var search = CueThresholdSearch()
        search.speakerFloor = floor
        let items = (0..<3).map { _ in Self.scored("named", 0.9, right: 9, speaker: true) }
            + (0..<3).map { _ in Self.scored("none", 0.9, right: 9, speaker: nil) }
            + [Self.scored("none", 0.9, right: 9, speaker: false)]
        let (thresholds, tally) = search.thresholds(items, base: Self.base)
        #expect((thresholds["named"]?.content ?? 2) <= 0.9)
        #expect(((thresholds["none"]?.content ?? 2) <= 0.9) == keepsNone)
        #expect(tally.speakerAccuracy >= floor)
    }

    /// Proposals whose contents are mostly wrong are never kept, whatever their speaker.
    @Test func wrongContentsNeverKept() {
        let items = (0..<5).map { _ in Self.scored("pronoun", 0.3, right: 1, speaker: nil) }
        let (thresholds, tally) = CueThresholdSearch().thresholds(items, base: Self.base)
        #expect((thresholds["pronoun"]?.content ?? 0) > 0.3)
        #expect(tally == Self.base)
    }

    /// The speaker threshold drops proposals whose speakers are likely wrong and keeps the rest of the kind.
    @Test func speakerThresholdSeparatesSpeakers() {
        var search = CueThresholdSearch()
        search.speakerFloor = 0.95
        let items = (0..<4).map { _ in Self.scored("noun", 0.9, right: 9, speaker: true, speakerProbability: 0.9) }
            + (0..<4).map { _ in Self.scored("noun", 0.9, right: 9, speaker: false, speakerProbability: 0.35) }
        let (thresholds, tally) = search.thresholds(items, base: Self.base)
        let noun = thresholds["noun"]
        #expect((noun?.content ?? 2) <= 0.9)
        #expect((noun?.speaker ?? 0) > 0.35 && (noun?.speaker ?? 1) <= 0.9)
        #expect(tally.speakerRight == 99)
    }
}
