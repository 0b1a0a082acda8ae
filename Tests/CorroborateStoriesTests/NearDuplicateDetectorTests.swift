import Testing

@testable import CorroborateStories

@Suite struct NearDuplicateDetectorTests {
    let wire = """
        MOSCOW (AP) — The Kremlin on Monday rejected reports that President Vladimir Putin spoke last week \
        with President-elect Donald Trump about the war in Ukraine, and a spokesman for Trump refused to \
        comment on what he called his private calls with world leaders.
        """

    @Test func wireCopyWithAnEditedLineIsGrouped() {
        let copy = wire.replacingOccurrences(of: "MOSCOW (AP) —", with: "") + " Read more on our site."
        let groups = NearDuplicateDetector().groups([("a", wire), ("b", copy), ("c", "Completely different story about a bridge in Lisbon closing for repairs this summer.")])
        #expect(groups == [["a", "b"]])
    }

    @Test func sameTopicDifferentWordingIsNotACopy() {
        let rewrite = """
            Russia denied on Monday that Vladimir Putin had a phone call with Donald Trump, calling the \
            Washington Post report pure fiction, while Trump's team declined to comment.
            """
        #expect(NearDuplicateDetector().groups([("a", wire), ("b", rewrite)]).isEmpty)
    }

    @Test func textsShorterThanAShingleAreNeverGrouped() {
        #expect(NearDuplicateDetector().groups([("a", "Breaking news"), ("b", "Breaking news")]).isEmpty)
    }

    @Test func identicalTextsHaveSimilarityOne() throws {
        let detector = NearDuplicateDetector()
        let signature = try #require(detector.signature(of: wire))
        #expect(detector.similarity(signature, signature) == 1)
    }
}
