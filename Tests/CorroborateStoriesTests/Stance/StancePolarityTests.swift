import Testing

@testable import CorroborateStories

@Suite struct StancePolarityTests {
    let detector = StanceDetector(model: .untrained)
    let debunk = "Reports that Trump and Putin discussed Ukraine in a phone call are false, the Kremlin said."

    func feature(_ name: String, body: String, claim: String) throws -> Float {
        let index = try #require(StanceFeatures.names.firstIndex(of: name))
        return detector.featureVector(body: detector.document(body), claim: detector.document(claim))[index]
    }

    @Test(arguments: [
        ("Trump and Putin discussed Ukraine in a phone call", Float(1)),
        ("Trump and Putin phone call about Ukraine is a hoax", Float(-1)),
    ])
    func denialIsSignedByTheClaimsOwnPolarity(claim: String, sign: Float) throws {
        let signed = try feature("polarity.signedFocusDenial", body: debunk, claim: claim)
        #expect(signed * sign > 0)
    }

    @Test(arguments: [
        ("Trump and Putin did not discuss Ukraine in a phone call.", Float(1)),
        ("Trump and Putin discussed Ukraine in a phone call.", Float(0)),
    ])
    func negatorInTheSentenceHoldingTheClaimIsAMismatch(body: String, mismatch: Float) throws {
        #expect(try feature("polarity.negationMismatch", body: body, claim: "Trump and Putin discussed Ukraine") == mismatch)
    }

    @Test func denialsAtTheEndAreCounted() throws {
        let body = "Trump and Putin discussed Ukraine, a paper said. " + String(repeating: "More about the call today. ", count: 5)
            + "The Kremlin later denied the report."
        #expect(try feature("polarity.tailDenial", body: body, claim: "Trump and Putin discussed Ukraine") == 1)
        #expect(try feature("polarity.firstDenial", body: body, claim: "Trump and Putin discussed Ukraine") > 0.5)
    }

    /// The claim-term shares of the denial sentences are summed in sentence order, so the sum (whose
    /// last bit depends on the order) is the same in every process, not in a hash set's order.
    @Test(arguments: [
        ("alpha is false. alpha bravo are false. alpha bravo charlie is false.", [Float(1), 2, 3]),
        ("alpha bravo charlie is false. alpha is false. alpha bravo are false.", [Float(3), 1, 2]),
        ("alpha bravo are false. nothing here. alpha bravo charlie delta is false. alpha is false.", [Float(2), 0, 4, 1]),
    ])
    func denialCoverageIsSummedInSentenceOrder(body: String, terms: [Float]) throws {
        let claim = "alpha bravo charlie delta echo foxtrot golf"
        let expected = terms.filter { $0 > 0 }.map { $0 / 7 }.reduce(Float(0), +)
        #expect(try feature("polarity.denialCoverageSum", body: body, claim: claim) == expected)
    }
}
