import CorroborateCore

/// Finds TIMEX3 expressions and normalises them against the document's reference day.
///
/// Handled: absolute dates ("Aug. 7, 1998", "7 August 1998", "1998-08-07", "8/7/98"), months and
/// years ("August 1998", "July", "1998", "fiscal 1989", "the 1990s"), weekdays ("on Thursday" is
/// the Thursday on or before the reference day unless the clause is future; "next Thursday" is
/// after, "last Thursday" before, "Monday's" keeps "'s" outside), "yesterday", "tonight",
/// "last week" (ISO week), "this month", "next year", "two years ago", "a year earlier",
/// quarters and halves ("the third quarter", "third-quarter"), seasons, holidays, durations
/// ("two years" P2Y, "a week" P1W, "three hours" PT3H, "several years" PXY), clock times
/// ("3 p.m." T15:00), recurrences ("every week", "daily": SET), and PRESENT_REF / PAST_REF /
/// FUTURE_REF ("now", "recently", "in the future"), anaphoric dates against the last calendar date named
/// ("later that year", "the following month"), spoken years ("nineteen ninety-four"), centuries ("the
/// 20th century" 19), parts of the day ("Friday evening" TEV, "in the morning" TMO), days around a named
/// day ("the day before last Tuesday", "the week of March 6", "the previous Friday", the "25" of "April 24
/// and 25"), halves of a named year ("the last half of 1989" H2) and "the corresponding period last year"
/// (the quarter named, a year back), recurring weekdays ("Tuesday nights" XXXX-WXX-2TNI, "on Sundays"),
/// "three days later" (P3D), "two to three weeks" (P2W), "the last few months" (PAST_REF), "Until then",
/// "this crucial moment", "at a later date", "will one day", Easter. Ordinal days ("the 1,000th day"),
/// rates ("$1.76 a year"), "Now," opening a sentence and "quarter-to-quarter" are skipped.
/// Without a reference day, relative values use X placeholders ("XXXX-XX-XX").
public struct DateTagger: AnnotationComponent {
    /// A tagger.
    public init() {}

    public var name: String { "dates" }
    public var requires: Set<AnnotationLayer> { [.sentences] }
    public var adds: Set<AnnotationLayer> { [.timexes] }

    public func annotate(_ document: inout TextDocument) {
        document.timexes = timexes(in: document.scalars, sentences: document.sentences, reference: document.referenceDay)
        document.present.insert(.timexes)
    }

    /// The timexes of `scalars`, in order, resolved against `reference`.
    public func timexes(in scalars: [Unicode.Scalar], sentences: [TextRange], reference: CalendarDay?) -> [Timex] {
        let tokens = DateToken.tokens(in: scalars)
        var matcher = DateMatcher(tokens: tokens, reference: reference, sentences: sentences)
        var matches = matcher.matches()
        if let day = matcher.datelineDay(in: matches) {
            // a dateline a day or more before the reference day: the story's own day is the reference
            var anchored = DateMatcher(tokens: tokens, reference: day, sentences: sentences)
            matches = anchored.matches()
        }
        return matches.map { match in
            let start = tokens[match.first].start, end = tokens[match.end - 1].end
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return Timex(start: start, end: end, text: String(view), type: match.type, value: match.value)
        }
    }
}
