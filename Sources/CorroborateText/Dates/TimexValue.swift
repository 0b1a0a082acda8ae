import CorroborateCore

/// Builds TIMEX3 value strings and does the calendar arithmetic relative dates need.
enum TimexValue {
    /// `YYYY`, zero-padded.
    static func year(_ year: Int) -> String { pad(year, 4) }
    /// `YYYY-MM`.
    static func month(_ year: Int, _ month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }
    /// `YYYY-MM-DD`.
    static func day(_ day: CalendarDay) -> String { day.description }
    /// `XXXX-MM-DD`: a day of the month whose year no reference day gives ("11 November").
    static func yearless(_ month: Int, _ day: Int) -> String { "XXXX-\(pad(month, 2))-\(pad(day, 2))" }
    /// `YYYY-Qn`.
    static func quarter(_ year: Int, _ quarter: Int) -> String { "\(pad(year, 4))-Q\(quarter)" }
    /// `YYYY-Www` (ISO week, zero-padded).
    static func week(of day: CalendarDay) -> String {
        let (year, week) = isoWeek(of: day)
        return "\(pad(year, 4))-W\(pad(week, 2))"
    }

    /// The ISO 8601 week-numbering year and week of `day`.
    static func isoWeek(of day: CalendarDay) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 4 - day.weekday)
        let januaryFirst = CalendarDay(year: thursday.year, month: 1, day: 1) ?? thursday
        return (thursday.year, (thursday.daysSinceEpoch - januaryFirst.daysSinceEpoch) / 7 + 1)
    }

    /// The month `offset` months from (`year`, `month`).
    static func shift(year: Int, month: Int, by offset: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + offset
        return (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
    }

    /// The quarter (1-4) of a month.
    static func quarter(ofMonth month: Int) -> Int { (month - 1) / 3 + 1 }

    /// The weekday `weekday` (1 = Monday) nearest `reference` in `direction`: -1 on or before,
    /// +1 on or after; `strict` excludes `reference` itself.
    static func weekday(_ weekday: Int, from reference: CalendarDay, direction: Int, strict: Bool) -> CalendarDay {
        var delta = direction < 0 ? (reference.weekday - weekday + 7) % 7 : (weekday - reference.weekday + 7) % 7
        if strict, delta == 0 { delta = 7 }
        return reference.adding(days: direction < 0 ? -delta : delta)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
