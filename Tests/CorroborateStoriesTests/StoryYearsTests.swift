import CorroborateCore
import CorroborateText
import Testing

@testable import CorroborateStories

/// An undated article's "11 November" takes the year the story's dated coverage implies.
@Suite struct StoryYearsTests {
    @Test(arguments: [
        ("XXXX-11-11", "2024-11-12", "2024-11-11"),
        ("XXXX-12-30", "2025-01-02", "2024-12-30"),
        ("XXXX-01-03", "2024-12-30", "2025-01-03"),
        ("XXXX-06-01", "2024-11-12", "2024-06-01"),
        ("XXXX-02-29", "2024-01-15", "2024-02-29"),
        // More than half a year from the story either way: no year is implied.
        ("XXXX-02-29", "2024-11-12", nil),
    ] as [(String, String, String?)])
    func nearestYear(_ value: String, _ reference: String, _ expected: String?) throws {
        let day = try #require(PublicationDate(reference)?.calendarDay)
        #expect(StoryYears.day(value, near: day)?.description == expected)
    }

    @Test(arguments: ["XXXX-XX-XX", "XXXX-WXX-4", "2024-11-11", "XXXX-11", "PRESENT_REF"])
    func otherValuesAreLeft(_ value: String) throws {
        let day = try #require(PublicationDate("2024-11-12")?.calendarDay)
        #expect(StoryYears.day(value, near: day) == nil)
    }

    func input(_ id: String, _ text: String, published: String?) -> StoryInput {
        let article = Article(
            id: id, source: "\(id).txt", title: "Kremlin denies call", published: published.flatMap(PublicationDate.init),
            body: [Paragraph(text: text, sentences: [text])])
        return StoryInput.annotating(article, pipeline: .standard, recognizer: nil)
    }

    /// The undated article's day joins the timeline; a dated story's own days are untouched.
    @Test func undatedArticleDaysJoinTheTimeline() {
        let dated = input("a", "The Kremlin on Monday denied that Putin and Trump had spoken.", published: "2024-11-12")
        let undated = input("b", "On 11 November, the Kremlin officially denied the report of a call.", published: nil)
        let timeline = StoryBuilder().story(from: [dated, undated]).timeline
        #expect(timeline.contains { $0.date.day == "2024-11-11" && $0.articles == ["b"] }, "\(timeline)")
    }

    /// With no dated article there is no year to imply: nothing is invented.
    @Test func storyWithoutDatesInventsNoYear() {
        let undated = input("b", "On 11 November, the Kremlin officially denied the report of a call.", published: nil)
        #expect(StoryBuilder().story(from: [undated]).timeline.isEmpty)
    }
}
