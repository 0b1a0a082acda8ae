import CorroborateCore

extension DateMatcher {
    /// The day a dateline names ("BUDAPEST, March 12 (Xinhua) --"), when it is one to three days before the
    /// reference day: the story was written that day, so its "Friday" and "today" are counted from it (a
    /// story filed on Friday the 12th and stamped Saturday says "joined NATO on Friday" of the 12th).
    /// A dateline is the document's first date, right after a comma among its first ten tokens, with "(" or
    /// "-" after it.
    func datelineDay(in matches: [DateMatch]) -> CalendarDay? {
        guard let reference, let first = matches.first, first.first < 10, first.first > 0, isOther(first.first - 1, ","),
              isOther(first.end, "(") || isOther(first.end, "-") || isOther(first.end, "--"),
              let day = Self.parseDay(first.value) else { return nil }
        let behind = reference.daysSinceEpoch - day.daysSinceEpoch
        return (1...3).contains(behind) ? day : nil
    }
}
