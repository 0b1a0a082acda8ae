import CorroborateCore
import Testing

@testable import CorroborateStories

/// An outlet's reported statement with no report citation in its sentence is the outlet's report; a report's content
/// is measured against the report's part of its sentence.
@Suite struct ClaimOutletReportTests {
    /// One article whose sentence has an indirect quote of `speakerName` (an outlet), and no report citation.
    func story(_ sentence: String, content: String, speaker: String, speakerName: String, cue: String,
               people: [(String, String)] = [], citations: [CitationSpan] = []) -> Story {
        let quote = QuoteSpan(
            content: StoryFixtures.range(of: content, in: sentence), speaker: StoryFixtures.range(of: speaker, in: sentence),
            cue: StoryFixtures.range(of: cue, in: sentence), speakerName: speakerName, kind: .indirect)
        let personMentions = people.enumerated().map { StoryFixtures.mention($0.element.0, in: sentence, kind: .person, entity: "p\($0.offset)") }
        let personEntities = people.enumerated().map {
            Entity(id: "p\($0.offset)", name: $0.element.1, kind: .person, aliases: [$0.element.0], mentions: 1)
        }
        let a = StoryFixtures.input(
            "a", title: "The film loses its director", published: "2014-11-05", text: sentence, outlet: "A", quotes: [quote],
            mentions: personMentions + [StoryFixtures.mention(speakerName, in: sentence, kind: .outlet, entity: "o")],
            citations: citations,
            entities: personEntities + [Entity(id: "o", name: speakerName, kind: .outlet, mentions: 1)])
        return StoryBuilder().story(from: [a])
    }

    @Test func anAsClauseReportNamesThePersonItsPronounStandsFor() throws {
        let sentence = "Hulme had been in talks to direct the film, but as The Daily Ledger revealed in April, he left the project over pay and control."
        let content = "in April, he left the project over pay and control"
        let claims = story(sentence, content: content, speaker: "The Daily Ledger", speakerName: "The Daily Ledger", cue: "revealed",
                           people: [("Hulme", "Tomas Hulme")]).claims
        let claim = try #require(claims.first, "claims: \(claims.map(\.text))")
        #expect(claim.text == "in April, Tomas Hulme left the project over pay and control")
        #expect(claim.positions.map(\.holderName) == ["The Daily Ledger"])
        #expect(claim.positions.map(\.stance) == [.asserts])
    }

    @Test func theOutletAnUnnamedSourceToldReportsTheContent() throws {
        let sentence = "The militia has burned the bodies of five of its fighters who had caught the fever, according to an official who told the paper Vell Times."
        let content = "The militia has burned the bodies of five of its fighters who had caught the fever"
        let told = StoryFixtures.range(of: "told the paper Vell Times", in: sentence)
        let claims = story(sentence, content: content, speaker: "an official who told the paper Vell Times", speakerName: "Vell Times",
                           cue: "according to", citations: [CitationSpan(start: told.start, end: told.end, source: "Vell Times", kind: .quote)]).claims
        let claim = try #require(claims.first, "claims: \(claims.map(\.text))")
        #expect(claim.text.hasPrefix("The militia has burned the bodies of five of its fighters"))
        #expect(claim.positions.map(\.holderName) == ["Vell Times"])
    }

    @Test func aReportCitationInTheSentenceIsNotReadTwice() {
        let content = "the mayor will resign after the vote on the bridge"
        let sentence = content + ", the Vell Courier reported."
        let source = StoryFixtures.range(of: "the Vell Courier", in: sentence)
        let claims = story(sentence, content: content, speaker: "the Vell Courier", speakerName: "the Vell Courier", cue: "reported",
                           citations: [CitationSpan(start: source.start, end: source.end, source: "the Vell Courier", kind: .report)]).claims
        #expect(claims.map { $0.positions.count } == [1])
    }

    @Test(arguments: [
        // a relative clause about the source after the citation is no part of what is measured
        ("Ansel is in final talks to take on the role of the founder, according to Variety, which believes the casting is essentially a done deal.", true),
        // a long tail that is no relative clause about the source still is
        ("Ansel is in final talks to take on the role of the founder, according to Variety, and the studio plans to start filming in the spring of next year.", false),
    ])
    func aRelativeClauseAboutTheSourceIsNotMeasured(_ sentence: String, _ claimed: Bool) {
        let content = "Ansel is in final talks to take on the role of the founder"
        let source = StoryFixtures.range(of: "Variety", in: sentence)
        let claims = story(sentence, content: content, speaker: "Variety", speakerName: "Variety", cue: "according to",
                           citations: [CitationSpan(start: source.start, end: source.end, source: "Variety", kind: .report)]).claims
        #expect(claims.map(\.text) == (claimed ? [content] : []))
    }

    @Test(arguments: [
        ("in April, he left the project", "Tomas Hulme", "in April, Tomas Hulme left the project"),
        ("she will join the cast", "Ana Vell", "Ana Vell will join the cast"),
        ("the studio said he left", "Tomas Hulme", "the studio said he left"),
        ("he left the project", nil, "he left the project"),
    ] as [(String, String?, String)])
    func aLeadingPronounIsNamed(_ clause: String, _ person: String?, _ expected: String) {
        #expect(ClaimBuilder.namingPronoun(clause, person: person) == expected)
    }
}
