import Testing

@testable import CorroborateStories

@Suite struct StanceDetectorTests {
    let claim = "Trump spoke with Putin by phone about the war in Ukraine"

    static let cases: [(String, StanceLabel)] = [
        ("The Kremlin denied the report that Putin spoke with Trump by phone about Ukraine. "
            + "\"There was no conversation,\" the Kremlin said, rejecting the claim.", .disagree),
        ("Peskov said the report that Trump and Putin spoke by phone about Ukraine was pure fiction, "
            + "false and simply not true.", .disagree),
        ("The Post reported, citing sources, that Trump spoke with Putin by phone about the war in Ukraine. "
            + "The call reportedly took place on Thursday, according to people familiar with it.", .discuss),
        ("A bridge in Lisbon will close for repairs this summer, the city council said on Tuesday. "
            + "Traffic will be diverted through the old town.", .unrelated),
    ]

    @Test(arguments: cases)
    func predictsTheStance(body: String, expected: StanceLabel) throws {
        let detector = try StanceDetector.bundled()
        #expect(detector.stance(of: body, toward: claim).stance == expected)
    }

    /// With the MiniLM weights installed the bundled model that reads sentence embeddings is used.
    @Test(.enabled(if: SentenceMeaning.installed() != nil), arguments: cases)
    func predictsTheStanceWithEmbeddings(body: String, expected: StanceLabel) throws {
        let detector = try StanceDetector.bundled(meaning: SentenceMeaning.installed())
        #expect(detector.meaning != nil)
        #expect(detector.stance(of: body, toward: claim).stance == expected)
    }

    @Test func confidenceIsTheProbabilityOfTheStance() throws {
        let prediction = try StanceDetector.bundled().stance(of: "Putin spoke with Trump.", toward: claim)
        #expect(prediction.confidence == prediction.probabilities[prediction.stance.index])
        #expect(abs(prediction.probabilities.reduce(0, +) - 1) < 1e-4)
    }
}

@Suite struct StanceDetectorCascadeTests {
    let claim = "Trump spoke with Putin by phone about the war in Ukraine"

    @Test(arguments: [
        ("The Kremlin denied that Putin spoke with Trump by phone.", StancePrediction.Stage.sentenceCues),
        (String(repeating: "Trump spoke with Putin by phone about the war in Ukraine, officials said. ", count: 4),
         StancePrediction.Stage.model),
    ])
    func shortBodiesGoThroughTheRules(body: String, stage: StancePrediction.Stage) throws {
        #expect(try StanceDetector.bundled().stance(of: body, toward: claim).stage == stage)
    }

    @Test func sentenceWithoutTheClaimsWordsIsUnrelated() throws {
        let prediction = try StanceDetector.bundled().stance(of: "The Kremlin denied it.", toward: claim)
        #expect(prediction.stance == .unrelated)
    }
}
