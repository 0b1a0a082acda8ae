import CorroborateCore
import Testing
@testable import CorroborateText

/// Tags `text` with the segmenter and date tagger, relative to `day` (YYYY-MM-DD).
private func timexes(_ text: String, on day: String?) -> [Timex] {
    AnnotationPipeline.segmentationAndDates.document(for: text, referenceDay: day.flatMap { PublicationDate($0)?.calendarDay }).timexes
}

/// The value of the timex whose text is `span`.
private func value(of span: String, in text: String, on day: String?) -> String? {
    timexes(text, on: day).first { $0.text == span }?.value
}

@Suite struct DateTaggerTests {
    /// Weekdays: the one-week-off case of HeidelTime, in both directions.
    @Test(arguments: [
        // (text, span, reference day, expected)
        ("The two spoke on Thursday.", "Thursday", "2024-11-11", "2024-11-07"),  // Monday article: the Thursday before
        ("Peskov said on Monday the report was false.", "Monday", "2024-11-11", "2024-11-11"),  // same day
        ("They will meet on Thursday.", "Thursday", "2024-11-11", "2024-11-14"),  // future clause
        ("They meet next Thursday.", "next Thursday", "2024-11-11", "2024-11-14"),
        ("He and Arafat meet separately Monday with Albright.", "Monday", "1998-05-01", "1998-05-04"),  // present "meet": a meeting set
        ("The two sides did not meet Monday.", "Monday", "1998-05-01", "1998-04-27"),
        ("They met last Thursday.", "last Thursday", "2024-11-14", "2024-11-07"),  // strictly before
        ("The summit is scheduled for Friday.", "Friday", "2024-11-13", "2024-11-15"),
        ("Critics attacked Monday's ruling.", "Monday", "2024-11-13", "2024-11-11"),  // possessive, past
        ("It happened on Sunday.", "Sunday", "2025-01-01", "2024-12-29"),  // year boundary
        ("Thursday", "Thursday", "1998-09-30", "1998-09-24"),
        // Words that look like future cues and are not; "until" is one; a past perfect undoes one.
        ("A bomb ripped through a building next to the embassy Friday.", "Friday", "1998-08-08", "1998-08-07"),
        ("On Friday, when Albright set aside vacation plans, she flew.", "Friday", "1998-08-17", "1998-08-14"),
        ("Officials postponed until Tuesday any action.", "Tuesday", "2000-03-30", "2000-04-04"),
        ("Until Thursday, they had not called Kopp a suspect.", "Thursday", "1999-05-07", "1999-05-06"),  // past perfect: a day past
        ("The offer had been scheduled to expire Friday.", "Friday", "1989-10-30", "1989-10-27"),
        // A period opening on a weekday, with no tense cue, lies ahead; a past cue still wins.
        ("Ferries run every fifteen minutes from Wednesday.", "Wednesday", "2026-03-03", "2026-03-04"),
        ("Prices rose from Monday to Friday.", "Monday", "2024-11-13", "2024-11-11"),
        // "as early as" / "as soon as" right before the day: ahead, whatever the clause says.
        ("His father arrived from Cuba as early as Tuesday, officials said.", "Tuesday", "2000-04-03", "2000-04-04"),
        ("Trading resumed as soon as Monday, he said.", "Monday", "1989-11-01", "1989-11-06"),
        // "the previous Friday": strictly before the last day named, else before the reference day.
        ("Stocks fell Friday, down 4.5% from the previous Friday.", "the previous Friday", "1989-10-30", "1989-10-20"),
        ("The index closed down from the previous Friday.", "the previous Friday", "1989-11-01", "1989-10-27"),
    ])
    func weekdays(text: String, span: String, day: String, expected: String) {
        #expect(value(of: span, in: text, on: day) == expected)
    }

    /// Named days with and without a year; a year is implied nearest the reference day.
    @Test(arguments: [
        ("It began on Aug. 7, 1998, in Nairobi.", "Aug. 7, 1998", "2024-01-01", "1998-08-07"),
        ("It began on 7 August 1998.", "7 August 1998", "2024-01-01", "1998-08-07"),
        ("The dividend is payable Dec. 15 to holders.", "Dec. 15", "1989-11-02", "1989-12-15"),
        ("He was shot on Oct. 23 at home.", "Oct. 23", "1999-05-05", "1998-10-23"),
        ("The deadline is Jan. 5.", "Jan. 5", "2024-12-28", "2025-01-05"),  // across the year boundary
        ("Talks resumed on Dec. 30.", "Dec. 30", "2025-01-03", "2024-12-30"),
        ("They expect the deal to be completed by Dec. 15.", "Dec. 15", "1989-10-31", "1989-12-15"),  // past clause, 45 days ahead
        ("WASHINGTON, August 11 (Xinhua) -- Talks went on.", "August 11", "1998-08-11", "1998-08-11"),  // a dateline
        ("Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", "Feb. 1", "1989-10-26", "1990-02-01"),  // "succeed" is no past cue
        ("The bank created an office of the chairman, effective Feb. 1.", "Feb. 1", "1989-10-26", "1990-02-01"),  // starts then
        ("They have searched since shortly after the Oct. 23 slaying.", "Oct. 23", "1999-05-06", "1998-10-23"),  // "since": past
        ("The index is within 70 points of its record high set on Aug. 6.", "Aug. 6", "1998-02-06", "1997-08-06"),  // no cue, 181 days ahead
        ("The dividend is payable Dec. 15.", "Dec. 15", "1989-10-02", "1989-12-15"),  // no cue, 74 days ahead
        ("Filed 1998-08-07.", "1998-08-07", "2024-01-01", "1998-08-07"),
        ("Filed 8/7/98.", "8/7/98", "2024-01-01", "1998-08-07"),
        ("It fell in August 1998.", "August 1998", "2024-01-01", "1998-08"),
        ("Prices rose in 1998.", "1998", "2024-01-01", "1998"),
        ("It was popular in the 1990s.", "the 1990s", "2024-01-01", "199"),
    ])
    func absoluteDates(text: String, span: String, day: String, expected: String) {
        #expect(value(of: span, in: text, on: day) == expected)
    }

    /// Relative expressions: days, weeks (ISO), months, years, quarters.
    @Test(arguments: [
        ("He left yesterday.", "yesterday", "2024-11-12", "2024-11-11"),
        ("He arrives tomorrow.", "tomorrow", "2024-12-31", "2025-01-01"),
        ("They spoke last week.", "last week", "2024-11-12", "2024-W45"),
        ("They spoke last week.", "last week", "2025-01-02", "2024-W52"),  // ISO year boundary
        ("It is busy this week.", "this week", "2024-12-30", "2025-W01"),
        ("Sales fell this month.", "this month", "2024-11-12", "2024-11"),
        ("Sales fell last month.", "last month", "2024-01-12", "2023-12"),
        ("Sales fell last year.", "last year", "2024-11-12", "2023"),
        ("It rises next year.", "next year", "2024-11-12", "2025"),
        ("Profit rose in the third quarter.", "the third quarter", "1989-10-26", "1989-Q3"),
        ("Profit rose in the third quarter. A fourth-quarter charge looms. It was $5 a year ago.", "a year ago", "1989-11-02", "1988-Q3"),  // a quarter ahead anchors nothing
        ("Profit rose in the third quarter. For the nine months, net was $5, up from $4 a year earlier.", "a year earlier", "1989-10-26", "1988"),  // not the quarter
        ("Profit rose in the third quarter. In the first nine months, net was $306 million, against a loss in the 1988 period.", "the 1988 period", "1989-11-02", "1988"),
        ("Profit rose in the third quarter. In the 1988 period, it lost money.", "the 1988 period", "1989-11-02", "1988-Q3"),
        ("Profit rose in the third quarter. Net was $5, up from $4 a year earlier.", "a year earlier", "1989-10-26", "1988-Q3"),
        ("Net fell in the third quarter, from $1.8 million for the corresponding period last year.",
         "the corresponding period last year", "1989-11-01", "1988-Q3"),  // the named quarter, a year back
        ("It opened two years ago.", "two years ago", "2024-11-12", "2022"),
        ("It opened three days ago.", "three days ago", "2024-11-12", "2024-11-09"),
        ("It was cold last fall.", "last fall", "1999-05-07", "1998-FA"),
        ("It scrapped the unit this past spring.", "this past spring", "1989-10-30", "1989-SP"),  // the last spring over
        ("A strike began last spring.", "last spring", "1989-10-26", "1988-SP"),  // "last": the year before
        ("It was mild in July.", "July", "2024-11-12", "2024-07"),
        ("It will be mild in July.", "July", "2024-11-12", "2025-07"),
    ])
    func relativeDates(text: String, span: String, day: String, expected: String) {
        #expect(value(of: span, in: text, on: day) == expected)
    }

    /// Durations keep the unit as written ("a week" is P1W, not P7D).
    @Test(arguments: [
        ("The war lasted two years.", "two years", "P2Y"),
        ("It took a week.", "a week", "P1W"),
        ("Over the past three months prices fell.", "the past three months", "P3M"),
        ("It took three hours.", "three hours", "PT3H"),
        ("It lasted several years.", "several years", "PXY"),
        ("A two-year deal was signed.", "two-year", "P2Y"),
        ("For twenty-five years it stood.", "twenty-five years", "P25Y"),
        ("It came 90 days after their issue date.", "90 days", "P90D"),  // anchored: TimeML still tags the duration
        ("She spent about 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"),  // a half in the next smaller unit
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("But a minute and a half later, a pilot called.", "a minute and a half", "PT1M30S"),
        ("It lasted two and a half days.", "two and a half days", "P2DT12H"),
        ("He will remain for at least two more weeks.", "at least two more weeks", "P2W"),  // "more", "additional", "trading"
        ("The loan may be extended for an additional year.", "an additional year", "P1Y"),
        ("Eight trading days after Oct. 12, it fell.", "Eight trading days", "P8D"),
        ("In the fiscal year ended Jan. 31, sales rose.", "the fiscal year", "P1Y"),
        ("They emerged from their third day-long meeting.", "day-long", "P1D"),  // "-long" adjectives
        ("It ended a weeks-long standoff.", "weeks-long", "PXW"),
        ("It symbolised the decades-long battle.", "decades-long", "PXY"),  // decades in years, as "a decade" is P10Y
        ("It followed a several-year tenure as editor.", "several-year", "PXY"),
        ("Shipments resume within two to three weeks.", "two to three weeks", "P2W"),  // a range: the lower count
        ("Acquisitions made during the next 12 to 18 months.", "the next 12 to 18 months", "P12M"),
    ])
    func durations(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "2024-11-12") == expected)
        #expect(timexes(text, on: "2024-11-12").first { $0.text == span }?.type == .duration)
    }

    /// Times, recurrences and references to the present, past and future.
    @Test(arguments: [
        ("They met at 3 p.m. on Tuesday.", "3 p.m.", "2024-11-12T15:00"),
        ("They met at 10:30 a.m.", "10:30 a.m.", "2024-11-12T10:30"),
        ("Talks broke off at noon Thursday.", "noon Thursday", "2024-11-07T12:00"),
        ("The paper is published daily.", "daily", "P1D"),
        ("They meet every week.", "every week", "P1W"),
        ("It is now clear.", "now", "PRESENT_REF"),
        ("It recently changed.", "recently", "PAST_REF"),
        ("It may change in the future.", "the future", "FUTURE_REF"),
    ])
    func timesSetsAndReferences(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "2024-11-12") == expected)
    }

    /// "midnight" and "noon" before a noun are adjectives ("the midnight sun", "a midnight mass"): no time; before a
    /// day or alone they are one.
    @Test(arguments: [
        ("The midnight sun stays above the horizon.", "midnight", nil),
        ("A midnight mass was held.", "midnight", nil),
        ("The talks ended at midnight.", "midnight", "2024-11-12T24:00"),
    ])
    func clockWordsAsAdjectives(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "2024-11-12") == expected)
    }

    /// "Now," and "Currently," opening a sentence turn the story and are no times; "now" elsewhere,
    /// "Now" without a comma, and "Recently," are. "the future" as a topic ("approach to the future",
    /// "the future of") is no time; "in the future" is.
    @Test(arguments: [
        ("Now, Ms. Conlin said, it will have new resonance.", "Now", nil),
        ("Iraq was ready. \"Now, he says, it looks bad.\"", "Now", nil),
        ("Currently, organs are rationed by region.", "Currently", nil),
        ("Now the ninth circuit court has ruled.", "Now", "PRESENT_REF"),
        ("But for now, everyone should wait.", "now", "PRESENT_REF"),
        ("Eastern is back to 80% of its schedule now, the unit said.", "now", "PRESENT_REF"),
        ("Recently, analysts have said Sun is vulnerable.", "Recently", "PAST_REF"),
        ("They lacked a rational approach to the future.", "the future", nil),
        ("That is very important to the future of our peoples.", "the future", nil),
        ("Strikes will continue well into the future.", "the future", "FUTURE_REF"),
        ("Kosovo Albanians are worried about the future.", "the future", "FUTURE_REF"),
        ("Carry-forwards will cut tax payments in future quarters.", "future quarters", "FUTURE_REF"),  // as "coming quarters"
        ("Analysts expect weaker future demand.", "future", nil),
    ] as [(String, String, String?)])
    func discourseNowAndTopicalFuture(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1998-10-26") == expected)
    }

    /// Halves of a named year: "the last half of 1989" is H2, "the first two quarters of 1990" H1; "the
    /// first half" keeps the reference year; "the last half of the '80s" is no half-year.
    @Test(arguments: [
        ("Earnings fall for the last half of 1989 and for 1990.", "the last half of 1989", "1989-H2"),
        ("It lasts through the first two quarters of 1990.", "the first two quarters of 1990", "1990-H1"),
        ("Sales slowed in the last two quarters of 1988.", "the last two quarters of 1988", "1988-H2"),
        ("Profit rose in the first half of 1989.", "the first half of 1989", "1989-H1"),
        ("Profit rose for the first half.", "the first half", "1989-H1"),
    ])
    func halvesOfYears(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1989-10-26") == expected)
    }

    /// "each July" recurs every July (SET XXXX-07); "several years ago", "months earlier" go back by no
    /// stated count (PAST_REF); a count still names the date.
    @Test(arguments: [
        ("Orangemen march each July through the town.", "each July", "XXXX-07"),
        ("They march every March to the hall.", "every March", "XXXX-03"),
        ("Support rose from 35 percent several years ago.", "several years ago", "PAST_REF"),
        ("The machines were removed a few years ago.", "a few years ago", "PAST_REF"),
        ("It was bleeding cash just months ago.", "months ago", "PAST_REF"),
        ("It was founded two years ago.", "two years ago", "1996"),
    ])
    func recurringMonthsAndVagueAgo(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1998-03-22") == expected)
    }

    /// "the year-earlier nine months" is one span, the nine months (P9M); "the quarter-to-quarter
    /// comparison" and "day-to-day" name no time.
    @Test(arguments: [
        ("Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "P9M"),
        ("Net in the year-earlier period was lower.", "the year-earlier period", "1988-Q3"),
        ("The quarter-to-quarter comparison was enhanced.", "The quarter", nil),
        ("He ran the day-to-day operations.", "the day", nil),
    ] as [(String, String, String?)])
    func yearEarlierSpansAndUnitToUnit(text: String, span: String, expected: String?) {
        let text = "Profit rose in the third quarter. " + text
        #expect(value(of: span, in: text, on: "1989-10-26") == expected)
    }

    /// A day moved by one from a named day ("the day before last Tuesday"), the week of a named day;
    /// with no day after it, "the day before" / "the day after" is left alone.
    @Test(arguments: [
        ("The day before last Tuesday's hearing, he went home.", "The day before last Tuesday", "2000-02-21"),
        ("Shares fell the day after Feb. 14, traders said.", "the day after Feb. 14", "2000-02-15"),
        ("It may be resolved in a hearing the week of March 6.", "the week of March 6", "2000-W10"),
        ("He was last seen Feb. 3, the day before authorities issued a warrant.", "the day before authorities", nil),
        ("They showed up the day after his death.", "the day after his death", nil),
    ] as [(String, String, String?)])
    func aroundNamedDays(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "2000-02-24") == expected)
    }

    /// A rate ("N a week") is no duration, whatever the number looks like; "for a week" is one.
    @Test(arguments: [
        ("It would pay a dividend rate of $1.76 a year.", "a year", nil),
        ("Jobs grew at a rate of 358,000 a month.", "a month", nil),
        ("Qantas is up from the current four flights a week.", "a week", nil),
        ("Families send $2 million a year home.", "a year", nil),
        ("He stayed for a week in Nairobi.", "a week", "P1W"),
        ("It took an hour a day.", "an hour", "PT1H"),
    ] as [(String, String, String?)])
    func ratesAreNoDurations(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1998-02-13") == expected)
    }

    /// The second day of "April 24 and 25" is a date of the same month; a count after it is not.
    @Test(arguments: [
        ("The summit will be held on April 24 and 25.", "25", "1999-04-25"),
        ("Talks are set for Nov. 5 or 6 in Geneva.", "6", "1999-11-06"),
        ("The fair ran Aug. 7-8 last year.", "8", "1998-08-08"),
        ("Prices rose on April 24 and 25 percent of firms gained.", "25", nil),
        ("Since April 24 and 25 years before, it grew.", "25", nil),
    ] as [(String, String, String?)])
    func conjoinedDays(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1999-02-10") == expected)
    }

    /// Words that look like dates but are not.
    @Test(arguments: [
        "You may go now that it is over.",
        "The 6-year-old boy was found.",
        "Iraq imports three-quarters of its food.",
        "It is the 1,000th day of the war.",
        "He bought 1,500 shares for $2000.",
        "They march on the capital.",
    ])
    func nonDates(text: String) {
        let found = timexes(text, on: "2024-11-12").filter { $0.value != "PRESENT_REF" }
        #expect(found.isEmpty, "\(found)")
    }

    /// Without a reference day, relative values use X placeholders; absolute ones are unaffected.
    @Test func unknownReferenceDay() {
        #expect(value(of: "yesterday", in: "He left yesterday.", on: nil) == "XXXX-XX-XX")
        #expect(value(of: "Thursday", in: "He left on Thursday.", on: nil) == "XXXX-WXX-4")
        #expect(value(of: "Aug. 7, 1998", in: "On Aug. 7, 1998, it began.", on: nil) == "1998-08-07")
        #expect(value(of: "11 November", in: "On 11 November, the Kremlin denied it.", on: nil) == "XXXX-11-11")
        #expect(value(of: "Nov. 7", in: "They spoke on Nov. 7.", on: nil) == "XXXX-11-07")
    }

    /// Calendar granularity as the corpus annotates it: "Friday evening" is the evening (TEV), "Friday
    /// night" and "Friday morning" the day; "the past year" the calendar year before, not P1Y.
    @Test(arguments: [
        // (text, span, reference day, expected)
        ("A message was read Wednesday evening.", "Wednesday evening", "2000-01-07", "2000-01-05TEV"),
        ("Crowds rallied Friday night.", "Friday night", "2000-01-07", "2000-01-07"),
        ("Police arrived Friday morning.", "Friday morning", "1998-08-08", "1998-08-07"),
        ("Hate groups grew over the past year.", "the past year", "1998-03-03", "1997"),
        ("The plant will be closed over the next year or so.", "the next year", "1989-11-02", "1990"),
        ("Prices fell in the last month.", "the last month", "1989-11-02", "1989-10"),
        ("Over the past three years it grew.", "the past three years", "1998-03-03", "P3Y"),  // a count stays a duration
        ("It grew in the past decade.", "the past decade", "1998-10-25", "P10Y"),
        ("It was cheaper last decade.", "last decade", "1998-02-06", "198"),  // a decade as "1990s" is: "199"
    ])
    func calendarGranularity(text: String, span: String, day: String, expected: String) {
        #expect(value(of: span, in: text, on: day) == expected)
    }

    /// Years spoken in words (broadcast transcripts); a bare "two thousand" is a count.
    @Test(arguments: [
        ("Prices hit that level in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
        ("The approach of the year two thousand worries them.", "the year two thousand", "2000"),
        ("He promised it by the year two thousand and one.", "the year two thousand and one", "2001"),
        ("He moved in nineteen seventy-nine.", "nineteen seventy-nine", "1979"),
    ])
    func spokenYears(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1998-02-23") == expected)
    }

    /// Centuries and decades named in words: by their leading digits, as "the 1990s" is "199".
    @Test(arguments: [
        ("She is a 20th century democrat.", "20th century", "19"),
        ("Angkor Wat, the fabled 11th century temple.", "11th century", "10"),
        ("It was built in the eleventh century.", "the eleventh century", "10"),
        ("Numbers fell through the nineties.", "the nineties", "199"),
        ("It began in the early eighties.", "early eighties", "198"),
        ("It won't change for a couple of years.", "a couple of years", "P2Y"),  // "a couple" is two
        ("Over the next couple of years it grows.", "the next couple of years", "P2Y"),
    ])
    func namedPeriods(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1998-02-13") == expected)
    }

    @Test(arguments: ["He finished second in the race.", "Most of them are in their twenties."])
    func notNamedPeriods(text: String) {
        #expect(timexes(text, on: "1998-02-13").isEmpty)
    }

    /// Strict spans: approximators before a count, "the end of", "fiscal" are inside the span; "about" is not.
    @Test(arguments: [
        ("It has been nearly forty years.", "nearly forty years"),
        ("It happened more than four decades ago.", "more than four decades ago"),
        ("It took less than one hour.", "less than one hour"),
        ("Hold it at least 30 days.", "at least 30 days"),
        ("Stays last up to 180 days.", "up to 180 days"),
        ("It left about two years ago.", "two years ago"),
        ("Troops arrive by the end of November.", "the end of November"),
        ("It earned $5 million in the fiscal first quarter.", "the fiscal first quarter"),
        ("Net fell in the fiscal-first quarter.", "the fiscal-first quarter"),
        ("Critics called the 14-day deadline unfair.", "14-day"),  // "the" belongs to the noun an adjective duration modifies
        ("They stayed for the four days of talks.", "the four days"),
        ("It expects to release the third-quarter results soon.", "third-quarter"),  // adjectives: the article is the noun's
        ("Net rose 5% for the fiscal second-quarter period.", "fiscal second-quarter"),
        ("Earnings fell below the year-earlier $4.5 million.", "year-earlier"),
        ("The year-ago results included a charge.", "year-ago"),
        ("Net fell from the year-ago period.", "the year-ago period"),
        ("Losses rose in the third quarter.", "the third quarter"),
        ("There were more than 300 people.", nil),
    ])
    func strictSpans(text: String, span: String?) {
        #expect(timexes(text, on: "1989-10-26").first?.text == span)
    }

    /// "daily" is a SET after an article too ("a daily rally", "on a daily basis"); "average daily volume" is a rate.
    /// "the week" that the text does not pin down is a week of the reference year.
    @Test(arguments: [
        ("It has become a daily public rally.", "daily", "P1D"),
        ("Leads we investigate on a daily basis.", "daily", "P1D"),
        ("The Communist Party daily Granma said so.", "daily", "P1D"),
        ("For the week, the index dropped 3.8%.", "the week", "1989-WXX"),
        ("It was the week's most active session.", "the week", "1989-WXX"),
    ])
    func recurrencesAndWeeks(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1989-10-30") == expected)
    }

    @Test func averageDailyIsARate() {
        #expect(timexes("It was 5% of average daily volume.", on: "1989-10-30").isEmpty)
        #expect(value(of: "the week", in: "A hearing in the week of March 6.", on: "2000-02-24") == nil)
    }

    /// A weekday before a date without a comma is that date; "the year-ago third quarter" is one expression.
    @Test(arguments: [
        ("$14 million seeped out Friday Oct. 13 alone.", "Friday Oct. 13", "1989-10-13"),
        ("In the year-ago third quarter, it earned $22.5 million.", "the year-ago third quarter", "1988-Q3"),
        ("In the year-earlier third quarter, net was $2.8 million.", "the year-earlier third quarter", "1988-Q3"),
        ("It lost money in the third quarter. For the quarter a year ago, it earned $16 million.", "the quarter a year ago", "1988-Q3"),
    ])
    func joinedExpressions(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1989-10-27") == expected)
    }

    /// "that year", "the following month", "the next morning": relative to the last calendar date named.
    @Test(arguments: [
        ("He fled in June 1998 and returned to Cuba later that year.", "later that year", "1998"),
        ("On May 22, 1995, he was promoted, and the following year he moved.", "the following year", "1996"),
        ("In March 1989 holders urged a sale. The following month, it put itself up for sale.", "The following month", "1989-04"),
        ("He appeared in court on Feb. 22, 2000. He appeared healthy the next morning.", "the next morning", "2000-02-23"),
        ("Imports rose in 1988, a small share of imports that year.", "that year", "1988"),
        ("He was shot on Oct. 23, 1998. Earlier that day, police were warned.", "Earlier that day", "1998-10-23"),
    ])
    func anaphoricDates(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "2000-02-24") == expected)
    }

    /// With no calendar date named before, an anaphoric expression is not tagged.
    @Test func anaphoricDateNeedsAnAnchor() {
        #expect(timexes("It was the worst loss that year.", on: "2000-02-24").isEmpty)
        #expect(timexes("Following the meeting, he left.", on: "2000-02-24").isEmpty)
    }

    /// Holidays take the occurrence nearest the reference day (as day-month dates do); parts of the day.
    @Test(arguments: [
        ("It is a theme of our campaign from now to Election Day.", "Election Day", "1998-10-26", "1998-11-03"),
        ("Sales were strong at Christmas.", "Christmas", "1998-01-10", "1997-12-25"),
        ("Stores expect a strong Christmas.", "Christmas", "1998-11-20", "1998-12-25"),
        ("Protesters prayed as Easter week began.", "Easter week", "2000-04-17", "2000-W16"),  // Easter Sunday 2000-04-23
        ("He will visit at Easter.", "Easter", "2024-03-01", "2024-03-31"),
        ("Crowds gathered on Easter Sunday.", "Easter Sunday", "1998-04-14", "1998-04-12"),
        ("He will appear before a judge at midday.", "midday", "1999-10-08", "1999-10-08T12:00"),
        ("By mid afternoon, officials said it was over.", "mid afternoon", "1998-03-06", "1998-03-06TAF"),
        ("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "1989-11-02", "1989-11-01TAF"),
        ("Hopes were dashed Friday. Dealers placed orders in the morning.", "the morning", "1989-10-30", "1989-10-27TMO"),
    ])
    func holidaysAndDayParts(text: String, span: String, day: String, expected: String) {
        #expect(value(of: span, in: text, on: day) == expected)
    }

    @Test func clockHourBeforeDayPartIsNotADayPart() {
        #expect(value(of: "the morning", in: "He will leave at 4 in the morning.", on: "2000-04-05") == nil)
    }

    @Test func twoThousandIsACount() {
        #expect(timexes("Some two thousand people marched.", on: "1998-02-23").isEmpty)
    }

    /// "three days later", "a day earlier": the count of days, weeks or months is a duration and "later" /
    /// "earlier" stay outside (as the corpus tags them); years and "ago" still name a date.
    @Test(arguments: [
        ("The gap closes slowly. Three days later, the index was down 6%.", "Three days", "P3D"),
        ("A day earlier, scores of trucks streamed north.", "A day", "P1D"),
        ("Two weeks later, the talks resumed.", "Two weeks", "P2W"),
        ("Sales rose 5% from a year earlier.", "a year earlier", "1988"),
        ("They met two weeks ago.", "two weeks ago", "1989-W42"),
    ])
    func countsBeforeLaterAreDurations(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1989-10-30") == expected)
    }

    /// "then current": present at a time now past (PAST_REF, "then" inside the span); "current" alone is the present.
    /// "will one day", "at a later date": some time ahead; "for a while" a duration of no known unit; "this
    /// (crucial) moment" now.
    @Test(arguments: [
        ("Holders may buy shares at 50% of the then current market price.", "then current", "PAST_REF" as String?),
        ("Holders may buy shares at the current market price.", "current", "PRESENT_REF"),
        ("He was then chairman of the board.", "then", nil),
        ("Conversion rights will terminate on Nov. 30. Until then, the stock remains convertible.", "then", "1989-11-30"),  // the date just named
        ("Until then, the stock remains convertible.", "then", nil),  // nothing named before
        // "one day" after a modal is some day ahead (FUTURE_REF); counted, it is a duration.
        ("Islam will one day be the second largest religion in the country.", "one day", "FUTURE_REF"),
        ("Mr. Major had only been in the job one day.", "one day", "P1D"),
        ("It will seek financing at a later date.", "a later date", "FUTURE_REF"),
        ("He would not be traveling at this crucial moment.", "this crucial moment", "PRESENT_REF"),
        ("Wait a moment, please.", "a moment", nil),
        ("They will have to live without power for a while.", "a while", "PXX"),
        ("He left a while ago, while she stayed.", "a while", nil),  // only "for a while" is a duration here
    ])
    func thenCurrentAndOneDay(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1989-10-26") == expected)
    }

    /// The quarter a story reports anchors "a year ago"; a quarter set against it as a noun after "a" ("after
    /// a flat second quarter") does not, while "a third-quarter loss" (an adjective) is the one reported.
    @Test(arguments: [
        ("It posted a gain in third-quarter net. After a flat second quarter, sales rose. It was helped by charges in the year-earlier period.",
         "the year-earlier period", "1988-Q3"),
        ("It posted a gain in third-quarter net. After a flat second quarter, sales rose from a year ago.", "a year ago", "1988-Q3"),
        ("It posted a third-quarter loss, compared with a profit a year ago.", "a year ago", "1988-Q3"),
        // A quarter not over by the reference day anchors when the clause reports it (a fiscal quarter), not when it looks ahead.
        ("Ralston reported a 47% decline in fourth-quarter earnings, compared with $84.9 million a year earlier.",
         "a year earlier", "1988-Q4"),
        ("It will take a fourth-quarter charge. Sales rose 5% from a year earlier.", "a year earlier", "1988"),
        // "the year-earlier period" compares with the span of months named last, when no quarter came after it.
        ("Net rose in the third quarter. For the nine months, net was $81 million. In the year-earlier period, net was $77 million.",
         "the year-earlier period", "P9M"),
        ("For the nine months, net rose. In the third quarter, net fell from the year-earlier period.", "the year-earlier period", "1988-Q3"),
    ])
    func reportedQuarterAnchors(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1989-11-01") == expected)
    }

    /// "is the eighth day of": the present tense places that day at the reference day; past narration does not.
    @Test(arguments: [
        ("In Saudi Arabia, today is the eighth day of Desert Shield.", "the eighth day", "1990-08-15" as String?),
        ("More gunfire in Kosovo. It's the second day of an offensive.", "the second day", "1990-08-15"),
        ("It was the second day of the strike.", "the second day", nil),
    ])
    func ordinalDayToday(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1990-08-15") == expected)
    }

    /// "March" and "May" need a date-like neighbour; "the" before a noun is one ("The March accession"), not
    /// before a preposition ("the March of Dimes") or a name.
    @Test(arguments: [
        ("The March accession will enable the three countries to sign.", "March", "1999-03" as String?),
        ("She gave to the March of Dimes.", "March", nil),
        ("Troops march on the capital.", "march", nil),
    ])
    func marchAndMayAfterThe(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1999-02-10") == expected)
    }

    /// A bare month modifying a noun after an article ("a June agreement", "the late-November trip") names when
    /// that thing was set: a future cue of the clause does not push it ahead, a past cue still pulls it back.
    @Test(arguments: [
        ("It is continuing to try to sell itself, under a June agreement with holders.", "June", "1989-10-27", "1989-06"),
        ("The boy was kidnapped to make the late-November trip, Castro said.", "late-November", "2000-01-28", "1999-11"),
        ("They have gathered enough evidence in the October slaying to begin a case.", "October", "1999-04-19", "1998-10"),
        ("The March accession will enable the three countries to sign.", "March", "1999-02-10", "1999-03"),
        ("It plans to sell the unit in June.", "June", "1989-10-27", "1990-06"),  // not an adjective: the clause's future stands
    ])
    func adjectivalMonths(text: String, span: String, day: String, expected: String) {
        #expect(value(of: span, in: text, on: day) == expected)
    }

    /// "year end" as a noun after a preposition: "by year end" / "by year's end" are the year, the hyphenated
    /// "by year-end" the year's last day; "since" looks back to the last year's end; the adjective is no date.
    @Test(arguments: [
        ("It plans to cut 6,000 jobs by year end.", "year end", "1989" as String?),
        ("Rules should be in place by year's end.", "year's end", "1989"),
        ("It expects to complete the transaction by year-end.", "year-end", "1989-12-31"),
        ("The percentage change is since year-end.", "year-end", "1988-12-31"),
        ("In 1988, when year-end net was higher, it paid more.", "year-end", nil),
        ("Bonuses were paid by year-end bonus pools.", "year-end", nil),
    ])
    func yearEnd(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1989-10-26") == expected)
    }

    /// Plural weekdays and parts of the day are recurrences: "Tuesday nights" (and "Monday" in "Monday and
    /// Tuesday nights"), "on Sundays"; a singular "Tuesday night" stays the day.
    @Test(arguments: [
        ("Two flights will leave Bombay on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("Two flights will leave Bombay on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
        ("The museum is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
        ("They met on Monday and Tuesday.", "Monday", "1998-02-09"),
        ("They met Tuesday night.", "Tuesday night", "1998-02-10"),
    ])
    func recurringWeekdays(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1998-02-13") == expected)
    }

    /// A vague count back ("the last few months", "the past several quarters", "past years") is some time
    /// back (PAST_REF); after "for" it measures a duration; a count ("the past three months") stays one.
    @Test(arguments: [
        ("Interest rates have fallen in the last few months.", "the last few months", "PAST_REF"),
        ("It relied on results overseas over the past several quarters.", "the past several quarters", "PAST_REF"),
        ("There were sell programs in past years, too.", "past years", "PAST_REF"),
        ("For the past few weeks we've been subjected to leaks.", "the past few weeks", "PXW"),
        ("Over the past three months prices fell.", "the past three months", "P3M"),
        ("Prices will rise over the next few years.", "the next few years", "PXY"),
    ])
    func vaguePastPeriods(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1998-02-06") == expected)
    }

    /// "the fiscal year" after "for"/"in" is the reference year; "the latest fiscal year" the last one over.
    @Test(arguments: [
        ("It had $6.3 billion in sales in the latest fiscal year.", "the latest fiscal year", "1988"),
        ("It expects lower earnings for the fiscal year.", "the fiscal year", "1989"),
        ("Sales were $6.6 billion for the full year.", "the full year", "1989"),
    ])
    func wholeYears(text: String, span: String, expected: String) {
        #expect(value(of: span, in: text, on: "1989-10-26") == expected)
    }

    /// A possessive day: "tomorrow's" and "yesterday's" name the day ("tomorrow's vote"); "today's" is mostly
    /// nowadays ("today's world", "today's youth") and stays untagged.
    @Test(arguments: [
        ("That's county business, but tomorrow's vote has international implications.", "tomorrow", "1998-03-04" as String?),
        ("Shareholders responded coolly to yesterday's announcement.", "yesterday", "1998-03-02"),
        ("It is the chip of choice in many of today's personal computers.", "today", nil),
        ("The case of Elian is for today's youth what the blockade was.", "today", nil),
    ])
    func possessiveDays(text: String, span: String, expected: String?) {
        #expect(value(of: span, in: text, on: "1998-03-03") == expected)
    }

    /// A dateline one to three days before the reference day is the story's day: its weekdays count from it.
    @Test(arguments: [
        // (text, span, reference day, expected)
        ("BUDAPEST, March 12 (Xinhua) -- The countries were to accede to NATO on Friday.", "Friday", "1999-03-13", "1999-03-12"),
        ("BUDAPEST, March 12 (Xinhua) -- Leaders met on Thursday.", "Thursday", "1999-03-13", "1999-03-11"),
        ("WASHINGTON, August 13 (Xinhua) -- Talks will resume on Monday.", "Monday", "1998-08-14", "1998-08-17"),
        // the same day, or no dateline: the reference day as before
        ("BUDAPEST, March 13 (Xinhua) -- The countries were to accede to NATO on Friday.", "Friday", "1999-03-13", "1999-03-19"),
        ("The countries were to accede to NATO on Friday.", "Friday", "1999-03-13", "1999-03-19"),
        // a first date further back is no dateline
        ("BUDAPEST, March 2 (Xinhua) -- The countries were to accede to NATO on Friday.", "Friday", "1999-03-13", "1999-03-19"),
    ])
    func datelineDays(text: String, span: String, day: String, expected: String) {
        #expect(value(of: span, in: text, on: day) == expected)
    }

    /// Offsets are Unicode scalar offsets: text[start..<end] is the span, after emoji and accents.
    @Test func offsetsCountScalars() throws {
        let text = "Café 🎉 news: the two spoke on Thursday."
        let timex = try #require(timexes(text, on: "2024-11-11").first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[timex.start..<timex.end])) == "Thursday")
        #expect(timex.value == "2024-11-07")
    }
}
