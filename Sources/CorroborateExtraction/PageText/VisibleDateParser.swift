import CorroborateCore
import Foundation

/// Finds a publication date written out in a short line of page text: "Nov 11, 2024, 15:41 IST",
/// "November 11, 2024", "11 November 2024", "Monday, 11 Nov. 2024", " date 2024-11-12 ",
/// "2024-11-12T15:41:00+05:30", "12.11.2024", "2024/11/12", "11 de noviembre de 2024".
///
/// A time is kept only with a known zone (`Resources/dates-time-zones.tsv`: "IST" -> +05:30, "GMT", a numeric
/// offset); otherwise just the day. Month names (English, German, French, Spanish, Italian, Portuguese, Dutch)
/// come from `Resources/dates-month-names.tsv`. Years outside 1990-2100 are ignored. Never guesses a missing year.
public struct VisibleDateParser: Sendable {
    /// Lower-case month names and abbreviations -> month number.
    public var months: [String: Int]
    /// Upper-case zone abbreviations -> "+hh:mm".
    public var zones: [String: String]

    /// Words that may surround a date on a line that is only a date ("Published on Monday, ...").
    static let fillerWords: Set<String> = [
        "date", "published", "updated", "posted", "on", "at", "last", "first", "de", "del", "am", "um", "le", "el",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "pm", "a", "p", "m",
    ]

    /// The parser with the bundled month and zone tables.
    public static let bundled = VisibleDateParser(
        months: (try? ResourceTable.pairs("dates-month-names")).map { Dictionary($0.map { ($0.0, Int($0.1) ?? 0) }, uniquingKeysWith: { a, _ in a }) } ?? [:],
        zones: (try? ResourceTable.pairs("dates-time-zones")).map { Dictionary($0, uniquingKeysWith: { a, _ in a }) } ?? [:]
    )

    /// A parser with these tables.
    public init(months: [String: Int], zones: [String: String]) {
        self.months = months
        self.zones = zones
    }

    /// The first date written in `line`, or nil.
    public func date(in line: String) -> PublicationDate? {
        match(in: DateToken.tokens(of: String(line.prefix(Self.maximumSearchLength))))?.date
    }

    /// Characters of a line searched for a date: a visible publication date sits near the start of its line.
    public static let maximumSearchLength = 500
    /// Longest line that can be a date line.
    public static let maximumDateLineLength = 200

    /// Whether `line` is a date and little else: at most two words besides the date, time and filler words
    /// ("Published", "Updated", weekday names).
    public func isDateLine(_ line: String) -> Bool {
        guard line.count <= Self.maximumDateLineLength else { return false }
        let tokens = DateToken.tokens(of: line)
        guard let found = match(in: tokens) else { return false }
        let others = tokens.indices.filter { !found.range.contains($0) }.map { tokens[$0] }
            .filter { $0.kind == .word && !Self.fillerWords.contains($0.text) && zones[$0.text.uppercased()] == nil }
        return others.count <= 2
    }

    struct Match {
        var date: PublicationDate
        var range: Range<Int>
    }

    func match(in tokens: [DateToken]) -> Match? {
        for start in tokens.indices {
            if let found = calendarDay(in: tokens, at: start) {
                let time = DateTimeOfDay.parse(tokens, at: found.end, zones: zones)
                let date = time.flatMap { PublicationDate(found.day.description + $0.suffix) }
                    ?? PublicationDate(found.day.description)
                if let date { return Match(date: date, range: start..<(time?.end ?? found.end)) }
            }
        }
        return nil
    }

    private func calendarDay(in tokens: [DateToken], at start: Int) -> (day: CalendarDay, end: Int)? {
        isoDay(tokens, start) ?? monthFirst(tokens, start) ?? dayFirst(tokens, start) ?? dottedDay(tokens, start)
    }

    /// 2024-11-12, 2024/11/12
    private func isoDay(_ t: [DateToken], _ i: Int) -> (day: CalendarDay, end: Int)? {
        guard i + 4 < t.count, t[i].text.count == 4, let year = t[i].number, t[i + 1].text == t[i + 3].text,
              t[i + 1].text == "-" || t[i + 1].text == "/", t[i + 2].text.count <= 2, t[i + 4].text.count <= 2,
              let month = t[i + 2].number, let day = t[i + 4].number
        else { return nil }
        return make(year, month, day, end: i + 5)
    }

    /// Nov 11, 2024 / Nov. 8, 2024 / November 11 2024
    private func monthFirst(_ t: [DateToken], _ i: Int) -> (day: CalendarDay, end: Int)? {
        guard t[i].kind == .word, let month = months[t[i].text] else { return nil }
        var k = skip(t, i + 1, [".", ","])
        guard k < t.count, t[k].text.count <= 2, let day = t[k].number else { return nil }
        k = skip(t, k + 1, [",", "."])
        guard k < t.count, t[k].text.count == 4, let year = t[k].number else { return nil }
        return make(year, month, day, end: k + 1)
    }

    /// 11 November 2024 / 11. November 2024 / 11 de noviembre de 2024
    private func dayFirst(_ t: [DateToken], _ i: Int) -> (day: CalendarDay, end: Int)? {
        guard t[i].text.count <= 2, let day = t[i].number else { return nil }
        var k = skip(t, i + 1, [".", "de", "del"])
        guard k < t.count, t[k].kind == .word, let month = months[t[k].text] else { return nil }
        k = skip(t, k + 1, [".", ",", "de", "del"])
        guard k < t.count, t[k].text.count == 4, let year = t[k].number else { return nil }
        return make(year, month, day, end: k + 1)
    }

    /// 12.11.2024 (day first, as written in Europe)
    private func dottedDay(_ t: [DateToken], _ i: Int) -> (day: CalendarDay, end: Int)? {
        guard i + 4 < t.count, t[i + 1].text == ".", t[i + 3].text == ".", t[i].text.count <= 2,
              t[i + 2].text.count <= 2, t[i + 4].text.count == 4,
              let day = t[i].number, let month = t[i + 2].number, let year = t[i + 4].number
        else { return nil }
        return make(year, month, day, end: i + 5)
    }

    private func skip(_ t: [DateToken], _ start: Int, _ texts: Set<String>) -> Int {
        var k = start
        while k < t.count, texts.contains(t[k].text) { k += 1 }
        return k
    }

    private func make(_ year: Int, _ month: Int, _ day: Int, end: Int) -> (day: CalendarDay, end: Int)? {
        guard (1990...2100).contains(year), let calendarDay = CalendarDay(year: year, month: month, day: day) else {
            return nil
        }
        return (calendarDay, end)
    }
}
