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

    /// A chain of likenesses is no group: c is like b and b like a, but c is not like a, so only
    /// the likelier pair joins.
    @Test func aChainOfLikenessesIsNoGroup() {
        let groups = QuoteGrouper().groups([
            quote("a", "a", "the talks on the grain deal will resume in Istanbul after the harvest"),
            quote("b", "b", "talks on the grain deal will resume in Istanbul, and prisoners will be exchanged"),
            quote("c", "c", "prisoners will be exchanged"),
        ])
        #expect(groups.map(\.quotes) == [["b", "c"]])
    }

    /// An article that reports an utterance and then quotes it keeps both in the group.
    @Test func oneArticlesReportAndQuoteOfOneUtteranceStayTogether() {
        let groups = QuoteGrouper().groups([
            quote("a1", "a", "there was no conversation between the two leaders"),
            quote("a2", "a", "This is pure fiction. There was no conversation between them."),
            quote("b1", "b", "There was no conversation between the leaders, this is pure fiction."),
        ])
        #expect(groups.map(\.quotes) == [["a1", "a2", "b1"]])
    }

    /// Two quotes that share only the names of the story (and a stop word) are two utterances;
    /// without the names known, the name words alone make them one.
    @Test(arguments: [([String](), true), (["Kim Jong Un", "Kim"], false)])
    func sharedNamesAloneMakeNoGroup(names: [String], grouped: Bool) {
        let groups = QuoteGrouper().groups([
            quote("a1", "a", "Kim Jong Un is not a micromanager", speaker: "Michael Madden"),
            quote("b1", "b", "She can see Kim Jong Un in person, that kind of thing", speaker: "Michael Madden"),
        ], names: names)
        #expect(groups.isEmpty == !grouped)
    }
}
