import Testing

@testable import CorroborateStories

@Suite struct StanceFeaturesTests {
    let detector = StanceDetector(model: .untrained)
    let claim = "Trump and Putin discussed Ukraine in a phone call"

    func feature(_ name: String, body: String) throws -> Float {
        let index = try #require(StanceFeatures.names.firstIndex(of: name))
        return detector.featureVector(body: detector.document(body), claim: detector.document(claim))[index]
    }

    @Test func vectorMatchesTheNames() {
        let vector = detector.featureVector(body: detector.document("Text."), claim: detector.document(claim))
        #expect(vector.count == StanceModel.featureNames.count)
    }

    @Test(arguments: [
        ("The Kremlin denied that Putin discussed Ukraine with Trump in a call.", "deny.near"),
        ("Peskov said the report of a Trump Putin phone call was pure fiction.", "refute.near"),
        ("The Post reported, citing sources, that Trump and Putin discussed Ukraine.", "hedge.near"),
        ("The White House confirmed Trump and Putin discussed Ukraine by phone.", "agree.near"),
    ])
    func cueNearTheClaimIsCounted(body: String, name: String) throws {
        #expect(try feature(name, body: body) > 0)
    }

    @Test func denialFarFromTheClaimIsNotNear() throws {
        let body = "Trump and Putin discussed Ukraine in a phone call. " + String(repeating: "Other words here today. ", count: 6)
            + "Separately, a minister denied any wrongdoing."
        #expect(try feature("deny.near", body: body) == 0)
        #expect(try feature("deny.body", body: body) > 0)
    }

    @Test(arguments: [
        ("Trump and Putin discussed Ukraine in a phone call, officials said.", true),
        ("A bridge in Lisbon will close for repairs this summer.", false),
    ])
    func overlapSeparatesRelatedBodies(body: String, related: Bool) throws {
        let overlap = try feature("overlap", body: body)
        let cosine = try feature("cosine", body: body)
        #expect((overlap > 0.5) == related)
        #expect((cosine > 0.3) == related)
    }
}
