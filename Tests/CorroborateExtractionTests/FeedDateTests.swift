import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Mon, 11 Nov 2024 15:41:00 +0530", "2024-11-11T15:41:00+05:30"),
        ("11 Nov 2024 15:41 GMT", "2024-11-11T15:41:00Z"),
        ("Tue, 5 Nov 24 08:00:00 EST", "2024-11-05T08:00:00-05:00"),
        ("2024-11-11T15:41:00+0530", "2024-11-11T15:41:00+05:30"),
        ("2024-11-11T15:41:00.250Z", "2024-11-11T15:41:00.250Z"),
        ("2024-11-11 15:41:00", "2024-11-11"),
        ("Mon, 11 Nov 2024", "2024-11-11"),
    ])
    func parsesFeedDates(text: String, expected: String) {
        #expect(FeedDate.parse(text) == PublicationDate(expected))
    }

    @Test(arguments: ["yesterday", "", "31 Feb 2024", "2024-13-01"])
    func rejectsNonDates(text: String) {
        #expect(FeedDate.parse(text) == nil)
    }
}
