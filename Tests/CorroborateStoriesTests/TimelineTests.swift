import CorroborateCore
import Testing

@testable import CorroborateStories

@Suite struct TimelineTests {
    func input(_ id: String, _ text: String, day: String, timexText: String, quoted: String? = nil) -> StoryInput {
        let span = StoryFixtures.range(of: timexText, in: text)
        let timex = Timex(start: span.start, end: span.end, text: timexText, type: .date, value: day)
        let quotes = quoted.map { [QuoteSpan(content: StoryFixtures.range(of: $0, in: text), speakerName: "Ilse Karow", kind: .direct)] } ?? []
        return StoryFixtures.input(id, title: id, published: "2026-03-03", text: text, quotes: quotes, timexes: [timex])
    }

    @Test func oneEventInTwoWordingsIsOneLineWithBothArticles() {
        let events = Timeline.events(from: [
            input("a", "Ferries will run every fifteen minutes between the two banks from Wednesday.", day: "2026-03-04", timexText: "Wednesday"),
            input("b", "Ferries will run every fifteen minutes from Wednesday.", day: "2026-03-04", timexText: "Wednesday"),
        ], tokenizer: .english())
        #expect(events.count == 1)
        #expect(events.first?.articles == ["a", "b"])
    }

    @Test func differentEventsOfOneDayStayApart() {
        let events = Timeline.events(from: [
            input("a", "Ferries will run every fifteen minutes from Wednesday.", day: "2026-03-04", timexText: "Wednesday"),
            input("b", "Army engineers began moving pontoon sections to the river on Wednesday.", day: "2026-03-04", timexText: "Wednesday"),
        ], tokenizer: .english())
        #expect(events.count == 2)
    }

    @Test func aDateInsideADirectQuoteIsNoEvent() {
        let text = "\"That is the only good news we have today,\" the mayor said."
        let events = Timeline.events(from: [
            input("a", text, day: "2026-03-03", timexText: "today", quoted: "That is the only good news we have today,"),
        ], tokenizer: .english())
        #expect(events.isEmpty)
    }

    @Test func eventsAreOldestFirst() {
        let events = Timeline.events(from: [
            input("a", "The minister resigned on Wednesday.", day: "2026-03-04", timexText: "Wednesday"),
            input("b", "The bridge fell on Monday night.", day: "2026-03-02", timexText: "Monday night"),
        ], tokenizer: .english())
        #expect(events.map(\.date.day) == ["2026-03-02", "2026-03-04"])
    }
}
