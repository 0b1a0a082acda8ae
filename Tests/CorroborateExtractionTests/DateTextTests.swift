import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct DateTextTests {
    @Test(arguments: [
        ("2024-11-11T15:41:00+05:30", "2024-11-11T15:41:00+05:30"),
        ("2024-11-11", "2024-11-11"),
        ("2024-11-11 15:41:00", "2024-11-11"),
        ("2024/11/11", "2024-11-11"),
        ("20241111", "2024-11-11"),
        ("Mon, 11 Nov 2024 15:41:00 GMT", "2024-11-11"),
    ])
    func readsMachineDates(input: String, expected: String) {
        #expect(DateText.machine(input)?.rawValue.hasPrefix(expected) == true)
    }

    @Test(arguments: [
        ("Published November 11, 2024", "2024-11-11"),
        ("Nov. 11th, 2024 at 5 pm", "2024-11-11"),
        ("11 November 2024", "2024-11-11"),
        ("11. März 2024", "2024-03-11"),
        ("12.12.2025", "2025-12-12"),
        ("Updated: 10/31/2024", "2024-10-31"),
        ("posted on the 15/12/2025 at 19:00", "2025-12-15"),
        ("Dec 17, 2025Julian K. Arni", "2025-12-17"),
        ("2022-11-23T08:10+02:00", "2022-11-23"),
        ("Publicado el 04-ago-2021 5:11:10", "2021-08-04"),
        ("15 dic 2024", "2024-12-15"),
    ])
    func readsHumanDates(input: String, expected: String) {
        #expect(DateText.human(input)?.rawValue == expected)
    }

    @Test(arguments: ["© 2024 Example Ltd", "February 30, 2024", "Version 2.1.3", "1 of 12 photos", "1850-01-01", "03/10/2023", "open 24/7/365", "Updated 2 days ago, 2024 edition"])
    func refusesWhatIsNotADay(input: String) {
        #expect(DateText.human(input) == nil)
    }

    @Test(arguments: [
        ("03/01/2017 by Agatha Caleo", "2017-03-01", "2017-01-03"),
        ("Posted 1/2/2024", "2024-01-02", "2024-02-01"),
    ])
    func readsBothOrdersOfANumericDateInDoubt(input: String, monthFirst: String, dayFirst: String) throws {
        let days = try #require(DateText.ambiguousDays(input))
        #expect(days.monthFirst.day == monthFirst)
        #expect(days.dayFirst.day == dayFirst)
    }

    @Test(arguments: ["10/31/2024", "05/05/2024", "March 1, 2017", "1/2/24", "no date"])
    func findsNoDoubtWhereTheOrderIsClearOrThereIsNoDate(input: String) {
        #expect(DateText.ambiguousDays(input) == nil)
    }

    @Test(arguments: [
        ("date: 2025-12-12 - 2025-12-17", true),
        ("march 3, 2026 – march 5, 2026", true),
        ("jan 5, 2025 to jan 7, 2025", true),
        ("by ann lee - march 5, 2025", false),
        ("march 5, 2025 - 5 min read", false),
        ("march 5, 2025", false),
        ("from 9 to 5 on march 5, 2025", false),
    ])
    func tellsASpanOfDaysFromOneDay(input: String, expected: Bool) {
        #expect(DateText.isDateRange(input) == expected)
    }

    @Test(arguments: [
        ("https://example.com/2024/11/11/kremlin-call/", "2024-11-11"),
        ("https://example.com/news/2024-11-11-kremlin", "2024-11-11"),
        ("https://example.com/blog/2023/october/03/wine-types/", "2023-10-03"),
        ("http://www.soccerway.com/news/2008/January/10/holders-egypt", "2008-01-10"),
        ("https://example.com/2024/sept/09-slug", "2024-09-09"),
    ])
    func readsDatesInURLs(url: String, expected: String) {
        #expect(URLDate.date(in: url)?.rawValue == expected)
    }

    @Test(arguments: [
        "https://example.com/wp-content/uploads/2024/11/photo.jpg",
        "https://example.com/archive/2024/october/",
        "https://example.com/2024/mayday/05/",
        "https://example.com/2024/may/2025-plans",
    ])
    func ignoresURLsWithoutADay(url: String) {
        #expect(URLDate.date(in: url) == nil)
    }
}
