import CorroborateCore
import Testing

@Suite struct PublicationDateTests {
    @Test(arguments: [
        "2024-11-11", "2024-11-11T15:41+05:30", "2024-11-11T15:41:00Z", "2024-02-29", "2024-11-11T15:41:00.123-04:00",
    ])
    func acceptsIsoDates(_ text: String) {
        #expect(PublicationDate(text)?.rawValue == text)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "11/11/2024", "2024-11-11T15", "2024-11-11 15:41", "", "2024-1-1"])
    func rejectsMalformedDates(_ text: String) {
        #expect(PublicationDate(text) == nil)
    }

    @Test func dayDropsTheTime() {
        #expect(PublicationDate("2024-11-11T15:41:00Z")?.day == "2024-11-11")
    }
}

@Suite struct CalendarDayTests {
    @Test func weekdayOfKnownDays() {
        #expect(CalendarDay(year: 2024, month: 11, day: 11)?.weekday == 1)  // Monday
        #expect(CalendarDay(year: 2024, month: 11, day: 7)?.weekday == 4)  // Thursday
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.weekday == 4)
        #expect(CalendarDay(year: 1969, month: 12, day: 28)?.weekday == 7)
    }

    @Test func epochRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func addingCrossesMonthsAndYears() {
        #expect(CalendarDay(year: 2024, month: 12, day: 30)?.adding(days: 3).description == "2025-01-02")
        #expect(CalendarDay(year: 2024, month: 3, day: 1)?.adding(days: -1).description == "2024-02-29")
    }
}
