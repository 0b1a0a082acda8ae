import CorroborateCore
import Testing

@testable import CorroborateStories

@Suite struct StoryBuilderTests {
    @Test func twoReportsOfOneEventMakeOneStoryAndAnotherEventItsOwn() {
        let a = "The Kremlin denied that Putin and Trump spoke by phone about the war in Ukraine."
        let b = "Kremlin spokesman Dmitry Peskov denied the Washington Post report of a Putin Trump phone call on Ukraine."
        let c = "Engineers closed the Lisbon bridge after finding cracks in two suspension cables."
        let stories = StoryBuilder().stories(from: [
            StoryFixtures.input("a", title: "Kremlin denies Putin-Trump call", published: "2024-11-11", text: a),
            StoryFixtures.input("b", title: "Kremlin: no Putin-Trump call", published: "2024-11-11", text: b),
            StoryFixtures.input("c", title: "Lisbon bridge closed", published: "2024-11-12", text: c),
        ])
        #expect(stories.map(\.articles) == [["a", "b"], ["c"]])
        #expect(stories[0].firstPublished?.day == "2024-11-11")
    }

    /// Later-dated coverage of another event closes the older story's window; an undated page
    /// about the older event must still find it.
    @Test func anUndatedPageJoinsItsStoryWhateverLaterCoverageCame() {
        let a = "The Kremlin denied that Putin and Trump spoke by phone about the war in Ukraine."
        let b = "Engineers closed the Lisbon bridge after finding cracks in two suspension cables."
        let c = "Kremlin spokesman Dmitry Peskov denied the Washington Post report of a Putin Trump phone call on Ukraine."
        let stories = StoryBuilder().stories(from: [
            StoryFixtures.input("a", title: "Kremlin denies Putin-Trump call", published: "2024-11-11", text: a),
            StoryFixtures.input("b", title: "Lisbon bridge closed", published: "2026-03-03", text: b),
            StoryFixtures.input("c", title: "Kremlin: no Putin-Trump call", published: "", text: c),
        ])
        #expect(stories.map { $0.articles.sorted() } == [["a", "c"], ["b"]])
    }

    @Test func sameWordsFromOneSpeakerAcrossArticlesFormAQuoteGroup() {
        let a = "\"There was no conversation,\" Peskov said."
        let b = "Peskov told reporters that \"there was no conversation\" at all."
        let peskov = Entity(id: "p", name: "Dmitry Peskov", kind: .person, aliases: ["Peskov"], mentions: 1)
        let stories = StoryBuilder().stories(from: [
            StoryFixtures.input("a", title: "Kremlin denies call", published: "2024-11-11", text: a,
                  quotes: [QuoteSpan(content: StoryFixtures.range(of: "There was no conversation", in: a), speakerName: "Peskov", kind: .direct)],
                  entities: [peskov]),
            StoryFixtures.input("b", title: "Kremlin denies call", published: "2024-11-11", text: b,
                  quotes: [QuoteSpan(content: StoryFixtures.range(of: "there was no conversation", in: b), speakerName: "Dmitry Peskov", kind: .partial)],
                  entities: [peskov]),
        ])
        let story = stories[0]
        #expect(story.quotes.map(\.speakerName) == ["Dmitry Peskov", "Dmitry Peskov"])
        #expect(story.quoteGroups.count == 1)
        #expect(story.quoteGroups.first?.articles == ["a", "b"])
        #expect(story.entities.count == 1)
    }

    @Test func timelineIsOrderedAndKeepsTheExpression() {
        let a = "The Post reported on Sunday that they spoke.\n\nThe call took place on Thursday."
        let timexes = [
            Timex(start: StoryFixtures.range(of: "on Thursday", in: a).start, end: StoryFixtures.range(of: "on Thursday", in: a).end, text: "on Thursday", type: .date, value: "2024-11-07"),
            Timex(start: StoryFixtures.range(of: "on Sunday", in: a).start, end: StoryFixtures.range(of: "on Sunday", in: a).end, text: "on Sunday", type: .date, value: "2024-11-10"),
        ]
        let story = StoryBuilder().stories(from: [StoryFixtures.input("a", title: "Call", published: "2024-11-11", text: a, timexes: timexes)])[0]
        #expect(story.timeline.map(\.date.day) == ["2024-11-07", "2024-11-10"])
        #expect(story.timeline.first?.resolvedFrom == "on Thursday")
        #expect(story.timeline.first?.text == "The call took place on Thursday.")
    }
}
