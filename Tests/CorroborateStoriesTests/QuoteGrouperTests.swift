import CorroborateCore
import Testing

@testable import CorroborateStories

@Suite struct QuoteGrouperTests {
    func quote(_ id: String, _ article: String, _ text: String, speaker: String = "Dmitry Peskov") -> Quote {
        Quote(id: id, article: article, speakerName: speaker, text: text, kind: .direct, sentence: text)
    }

    @Test func oneUtteranceInTwoArticlesIsOneGroup() {
        let groups = QuoteGrouper().groups([
            quote("q1", "a", "There are no concrete plans yet."),
            quote("q2", "b", "there are no specific plans yet for a conversation"),
        ])
        #expect(groups.map(\.quotes) == [["q1", "q2"]])
        #expect(groups.first?.articles == ["a", "b"])
    }

    @Test func twoQuotesOfOneArticleAreNoGroup() {
        let groups = QuoteGrouper().groups([
            quote("q1", "a", "contacts before the inauguration are not ruled out"),
            quote("q2", "a", "contacts with the campaign after the election were not ruled out"),
        ])
        #expect(groups.isEmpty)
    }

    @Test func otherSpeakersAreNeverGrouped() {
        let groups = QuoteGrouper().groups([
            quote("q1", "a", "There was no conversation."),
            quote("q2", "b", "There was no conversation.", speaker: "Steven Cheung"),
        ])
        #expect(groups.isEmpty)
    }
}
