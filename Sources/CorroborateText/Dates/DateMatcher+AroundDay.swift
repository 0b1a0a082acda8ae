import CorroborateCore

extension DateMatcher {
    /// "the day before last Tuesday", "the day after Oct. 12" (that day moved by one), "the week of
    /// March 6" (the ISO week of that day). Nil unless a day follows ("the day before authorities
    /// issued a warrant", "the day after his death" are left alone).
    mutating func aroundDay(at index: Int) -> DateMatch? {
        guard isWord(index, "the") else { return nil }
        let shift: Int?
        if isWord(index + 1, "day"), isWord(index + 2, "before", "after") {
            shift = isWord(index + 2, "before") ? -1 : 1
        } else if isWord(index + 1, "week"), isWord(index + 2, "of") {
            shift = nil
        } else {
            return nil
        }
        guard isTrigger(index + 3), let inner = core(at: index + 3), inner.type == .date, let day = Self.parseDay(inner.value)
        else { return nil }
        let value = shift.map { TimexValue.day(day.adding(days: $0)) } ?? TimexValue.week(of: day)
        return DateMatch(index, inner.end, .date, value)
    }

    /// `YYYY-MM-DD` as a day.
    static func parseDay(_ value: String) -> CalendarDay? {
        PublicationDate(value).flatMap { $0.rawValue.count == 10 ? $0.calendarDay : nil }
    }
}
