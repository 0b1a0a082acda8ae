@testable import CorroborateExtraction
import Testing

struct VisibleDateParserTests {
    @Test(arguments: [
        ("Nov 11, 2024, 15:41 IST", "2024-11-11T15:41:00+05:30"),
        ("November 11, 2024", "2024-11-11"),
        (" date 2024-11-12  Japan Today Get your ticket to GaijinPot Expo 2024", "2024-11-12"),
        ("Friday, Nov. 8, 2024", "2024-11-08"),
        ("Monday, 11 November 2024", "2024-11-11"),
        ("Published 11 Nov 2024 at 3:41 pm GMT", "2024-11-11T15:41:00+00:00"),
        ("Updated: 2024-11-12T09:05:00+05:30", "2024-11-12T09:05:00+05:30"),
        ("2024-11-12 09:05 UTC", "2024-11-12T09:05:00+00:00"),
        ("Nov 11, 2024 10:00", "2024-11-11"),
        ("12.11.2024", "2024-11-12"),
        ("2024/11/12", "2024-11-12"),
        ("11 de noviembre de 2024", "2024-11-11"),
        ("11. November 2024, 14:30 MEZ", "2024-11-11"),
        ("11 nov. 2024", "2024-11-11"),
        ("March 3, 2025, 9:15 a.m. EST", "2025-03-03T09:15:00-05:00"),
    ])
    func dateIsRead(text: String, expected: String) {
        #expect(VisibleDateParser.bundled.date(in: text)?.rawValue == expected)
    }

    @Test(arguments: [
        "On 11 November, the Kremlin officially denied the report.",
        "2 Min read",
        "Feb 30, 2024",
        "The call lasted 15:41 minutes",
        "Copyright 2024",
        "1,000-day mark",
    ])
    func noDateIsInvented(text: String) {
        #expect(VisibleDateParser.bundled.date(in: text) == nil)
    }

    @Test(arguments: [
        ("Nov 11, 2024, 15:41 IST", true),
        ("Published on Monday, November 11, 2024", true),
        ("Updated: 2024-11-12", true),
        ("As the date of Trump’s inauguration on January 20, 2025, approaches, the world waits.", false),
    ])
    func dateLineHoldsLittleElse(text: String, isDateLine: Bool) {
        #expect(VisibleDateParser.bundled.isDateLine(text) == isDateLine)
    }
}
