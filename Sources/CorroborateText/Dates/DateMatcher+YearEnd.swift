import CorroborateCore

extension DateMatcher {
    /// "by year end", "by year's end" (the year, as TimeML gives "the end of the year": the value is the
    /// year), "by year-end", "since year-end" (the corpus gives the hyphenated noun as the year's last day).
    /// Only as a noun after a preposition: "since" is the last year's end, the others this year's; the
    /// adjective ("year-end net", "a year-end bonus") is left alone.
    func yearEnd(at index: Int) -> DateMatch? {
        guard isWord(index, "year"), let preposition = word(index - 1),
              ["by", "since", "until", "till", "before", "through"].contains(preposition) else { return nil }
        let hyphenated = isOther(index + 1, "-") && isWord(index + 2, "end")
        let end: Int
        if hyphenated {
            end = index + 3
        } else if isWord(index + 1, "end") {
            end = index + 2
        } else if isOther(index + 1, "'") || isOther(index + 1, "’"), isWord(index + 2, "s"), isWord(index + 3, "end") {
            end = index + 4
        } else {
            return nil
        }
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].capitalized,
           !["and", "or", "to", "when", "as", "but", "because", "after", "with", "at", "in", "from", "if"].contains(tokens[end].lower) {
            return nil  // "by year-end bonuses": an adjective
        }
        let back = preposition == "since" ? 1 : 0
        return DateMatch(index, end, .date, resolved(hyphenated ? .day : .year) { reference in
            let year = reference.year - back
            return hyphenated ? CalendarDay(year: year, month: 12, day: 31).map(TimexValue.day) ?? TimexValue.year(year) : TimexValue.year(year)
        })
    }
}
