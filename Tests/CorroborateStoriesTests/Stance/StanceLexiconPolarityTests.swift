import Testing

@testable import CorroborateStories

@Suite struct StanceLexiconPolarityTests {
    static let labels: [(StanceLabel, Bool, StanceLabel)] = [
        (.disagree, false, .disagree),
        (.agree, true, .disagree),
        (.disagree, true, .agree),
        (.agree, false, .agree),
        (.discuss, true, .discuss),
        (.unrelated, false, .unrelated),
    ]

    @Test(arguments: labels)
    func aBodyAgreeingWithADenialDebunks(label: StanceLabel, claimDenies: Bool, polarity: StanceLabel) {
        #expect(StanceLexicon.polarityLabel(label, claimDenies: claimDenies) == polarity)
    }

    @Test(arguments: [(false, Float(1)), (true, Float(-1))])
    func debunkEvidenceIsSignedByTheClaim(claimDenies: Bool, sign: Float) throws {
        let lexicon = StanceLexicon(weights: ["hoax": [-1, 2, 0]])
        let detector = StanceDetector(model: .untrained)
        let body = detector.document("The photo is a hoax.")
        let features = lexicon.polarityFeatures(body: body, focus: [0], claimDenies: claimDenies)
        let signed = try #require(StanceLexicon.polarityFeatureNames.firstIndex(of: "polarityLexicon.signed.body"))
        #expect(features.count == StanceLexicon.polarityFeatureNames.count)
        #expect(features[signed] == 3 * sign)
    }
}
