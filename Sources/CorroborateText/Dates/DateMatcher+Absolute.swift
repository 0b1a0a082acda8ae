import CorroborateCore

/// Absolute and calendar-named dates: "Aug. 7, 1998", "7 August 1998", "Aug. 7", "August 1998",
/// "August", "1998-08-07", "8/7/98", "1998", "fiscal 1989", "the 1990s", holidays and seasons.
extension DateMatcher {
    /// A month name at `index`, its number and the index after it (and after an abbreviation's period).
    /// Abbreviations need a capital and a period or a following number; full names a capital;
    /// "May" and "March" also need a date-like neighbour (a number or "in", "since", "last"...).
    func monthName(at index: Int) -> (month: Int, next: Int)? {
        guard let name = word(index), let month = DateVocabulary.months[name], tokens[index].capitalized else { return nil }
        let isFull = DateVocabulary.fullMonths.contains(name)
        var next = index + 1
        if !isFull || name == "sept" {
            if isOther(next, ".") { next += 1 } else if number(next) == nil { return nil }
        }
        if name == "may" || name == "march" {
            let before = word(index - 1) ?? ""
            let beforeNoun = before == "the" && next < tokens.count && tokens[next].kind == .word && !tokens[next].capitalized
                && !["of", "for", "to", "on", "in", "and", "was", "is"].contains(tokens[next].lower)  // "the March accession", not "the March of Dimes"
            guard number(next) != nil || Self.monthLeadWords.contains(before) || yearNumber(next) != nil || beforeNoun else { return nil }
        }
        return (month, next)
    }

    static let monthLeadWords: Set<String> = [
        "in", "since", "of", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "during", "through",
        "before", "after", "from", "to", "between", "and", "end", "beginning", "middle", "on",
    ]

    /// "Aug. 7, 1998", "Aug. 7", "August 1998", "August" (bare: year from the clause's tense).
    func monthDate(at index: Int) -> DateMatch? {
        guard let (month, next) = monthName(at: index) else { return nil }
        if let day = number(next), (1...31).contains(day), tokens[next].lower.utf8.count <= 2 {
            var end = next + 1
            if isWord(end, "st", "nd", "rd", "th") { end += 1 }
            let comma = isOther(end, ",") ? 1 : 0
            if let year = yearNumber(end + comma), let date = CalendarDay(year: year, month: month, day: day) {
                return DateMatch(index, end + comma + 1, .date, TimexValue.day(date))
            }
            let direction = explicitTense(first: index, end: end)
            let value = reference.map { reference in
                Self.nearest(month: month, day: day, to: reference, direction: direction).map(TimexValue.day) ?? "XXXX-XX-XX"
            } ?? TimexValue.yearless(month, day)
            return DateMatch(index, end, .date, value)
        }
        let comma = isOther(next, ",") ? 1 : 0
        if let (year, end) = yearPhrase(at: next + comma) { return DateMatch(index, end, .date, TimexValue.month(year, month)) }
        if word(next) == "of", let (year, end) = yearPhrase(at: next + 1) { return DateMatch(index, end, .date, TimexValue.month(year, month)) }
        var direction = explicitTense(first: index, end: next)
        if isAdjectivalMonth(at: index, next: next) { direction = min(direction, 0) }
        let value = resolved(.month) { reference in
            let distance = month - reference.month
            var year = reference.year
            if (distance > 6 && direction <= 0) || (direction < 0 && distance > 1) { year -= 1 }
            if (distance < -6 && direction >= 0) || (direction > 0 && distance < -1) { year += 1 }
            return TimexValue.month(year, month)
        }
        return DateMatch(index, next, .date, value)
    }

    /// The second day of "April 24 and 25", "Nov. 5 or 6", "Aug. 7-8": that day of the month just named
    /// (the first day is `monthDate`'s). Not a count ("April 24 and 25 percent", "25 years").
    func conjoinedDay(at index: Int) -> DateMatch? {
        guard let day = number(index), (1...31).contains(day), tokens[index].lower.utf8.count <= 2,
              isWord(index - 1, "and", "or", "to") || isOther(index - 1, "-"),
              let first = number(index - 2), (1...31).contains(first), tokens[index - 2].lower.utf8.count <= 2 else { return nil }
        let monthIndex = isOther(index - 3, ".") ? index - 4 : index - 3
        guard monthName(at: monthIndex) != nil, let named = dayAnchor.flatMap(Self.parseDay), named.day == first,
              !(word(index + 1).map { DateVocabulary.units[$0] != nil || $0 == "percent" } ?? false), !isOther(index + 1, "%"),
              let date = CalendarDay(year: named.year, month: named.month, day: day) else { return nil }
        return DateMatch(index, index + 1, .date, TimexValue.day(date))
    }

    /// Whether the bare month at `index` (its name ends before `next`) modifies a noun after an article
    /// ("under a June agreement", "to make the late-November trip"): it names when the thing was set, not
    /// the clause's time, so a future cue of the clause ("to make", "is continuing to") does not move it ahead;
    /// a past cue still does ("gathered enough evidence in the October slaying").
    func isAdjectivalMonth(at index: Int, next: Int) -> Bool {
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].capitalized,
              !["of", "for", "to", "on", "in", "and", "or", "was", "is", "were", "are", "that", "when", "as", "at", "by", "with", "from"]
                .contains(tokens[next].lower) else { return false }
        var before = index - 1
        if isOther(before, "-") { before -= 1 }
        if let modifier = word(before), DateVocabulary.modifiers.contains(modifier) { before -= 1 }
        return isWord(before, "a", "an", "the", "its", "his", "her", "their")
    }

    /// "7 August 1998", "7 August".
    func dayMonth(at index: Int) -> DateMatch? {
        guard let day = number(index), (1...31).contains(day) else { return nil }
        var next = index + 1
        if isWord(next, "st", "nd", "rd", "th") { next += 1 }
        if isWord(next, "of") { next += 1 }
        guard let (month, after) = monthName(at: next) else { return nil }
        let comma = isOther(after, ",") ? 1 : 0
        if let year = yearNumber(after + comma), let date = CalendarDay(year: year, month: month, day: day) {
            return DateMatch(index, after + comma + 1, .date, TimexValue.day(date))
        }
        let direction = explicitTense(first: index, end: after)
        let value = reference.map { reference in
            Self.nearest(month: month, day: day, to: reference, direction: direction).map(TimexValue.day) ?? "XXXX-XX-XX"
        } ?? TimexValue.yearless(month, day)
        return DateMatch(index, after, .date, value)
    }

    /// The day (`month`, `day`) nearest `reference`: a date more than 120 days ahead with no tense cue
    /// (0), or more than 90 days ahead in a past clause (-1), goes back a year (news looks back more than
    /// ahead; "expect it completed by Dec. 15" in October stays this year), one more than 30 days behind
    /// in a future clause (+1) forward a year ("was shot on Oct. 23" in May is last October).
    static func nearest(month: Int, day: Int, to reference: CalendarDay, direction: Int) -> CalendarDay? {
        guard let same = CalendarDay(year: reference.year, month: month, day: day) ?? CalendarDay(year: reference.year, month: month, day: 28)
        else { return nil }
        let distance = same.daysSinceEpoch - reference.daysSinceEpoch
        var year = reference.year
        if (distance > 120 && direction <= 0) || (direction < 0 && distance > 90) { year -= 1 }
        if (distance < -183 && direction >= 0) || (direction > 0 && distance < -30) { year += 1 }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// "1998-08-07", "8/7/1998", "8/7/98" (month first).
    func numericDate(at index: Int) -> DateMatch? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        if let year = yearNumber(index), isOther(index + 1, "-"), let month = number(index + 2), isOther(index + 3, "-"),
           let day = number(index + 4), let date = CalendarDay(year: year, month: month, day: day) {
            return DateMatch(index, index + 5, .date, TimexValue.day(date))
        }
        guard tokens[index].lower.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = tokens[index].lower.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3, tokens[index].lower.split(separator: "/").count == 3 else { return nil }
        let year = parts[2] < 100 ? (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]) : parts[2]
        guard let date = CalendarDay(year: year, month: parts[0], day: parts[1]) else { return nil }
        return DateMatch(index, index + 1, .date, TimexValue.day(date))
    }

    /// "1998", "fiscal 1989", "1990s" / "the '90s" (decades: "199X"), "1998's".
    func year(at index: Int) -> DateMatch? {
        if isWord(index, "the"), let match = year(at: index + 1), match.value.count == 3 { return DateMatch(index, match.end, .date, match.value) }
        if isWord(index, "fiscal"), let match = year(at: index + 1) { return DateMatch(index, match.end, match.type, match.value) }
        if isOther(index, "'") || isOther(index, "’"), let value = number(index + 1), tokens[index + 1].lower.utf8.count == 2,
           isWord(index + 2, "s") {
            let century = value < 30 ? 20 : 19
            return DateMatch(index, index + 3, .date, "\(century)\(value / 10)")
        }
        guard let year = yearNumber(index), !isOther(index - 1, "$"), !isOther(index + 1, "%") else { return nil }
        if isWord(index + 1, "s") { return DateMatch(index, index + 2, .date, "\(year / 10)") }
        if let next = tokens.indices.contains(index + 1) ? tokens[index + 1] : nil, next.kind == .word,
           next.start == tokens[index].end, next.lower != "s" { return nil }  // "1998th", "300mm"
        guard year >= 1800 else { return nil }
        return DateMatch(index, index + 1, .date, TimexValue.year(year))
    }

    /// "the 20th century" ("19"), "the eleventh century" ("10"), "the nineties" ("199"), "the early eighties":
    /// centuries by their first two digits and decades by their first three, as "the 1990s" is.
    func namedPeriod(at index: Int) -> DateMatch? {
        let start = index
        var position = index
        if isWord(position, "the") { position += 1 }
        if let name = word(position), let decade = DateVocabulary.decades[name] {
            guard position > start || isWord(start - 1, "early", "late", "mid") else { return nil }
            return DateMatch(start, position + 1, .date, "19\(decade)")
        }
        var ordinal = word(position).flatMap { DateVocabulary.ordinals[$0] }
        var next = position + 1
        if ordinal == nil, let value = number(position), (1...21).contains(value), isWord(position + 1, "st", "nd", "rd", "th"),
           tokens[position + 1].start == tokens[position].end {
            ordinal = value
            next = position + 2
        }
        guard let century = ordinal, isOther(next, "-") ? isWord(next + 1, "century") : isWord(next, "century") else { return nil }
        let end = isOther(next, "-") ? next + 2 : next + 1
        return DateMatch(start, end, .date, TimexValue.pad(century - 1, 2))
    }

    /// "nineteen ninety-six", "nineteen seventy-nine", "the year two thousand", "the year 2000"
    /// (broadcast transcripts). A bare "two thousand" is a count.
    func spokenYear(at index: Int) -> DateMatch? {
        if isWord(index, "the"), isWord(index + 1, "year"), let (year, end) = yearPhrase(at: index + 2, thousands: true) {
            return DateMatch(index, end, .date, TimexValue.year(year))
        }
        guard let (year, end) = spokenYearValue(at: index, thousands: false) else { return nil }
        return DateMatch(index, end, .date, TimexValue.year(year))
    }

    /// A year in digits ("1994") or in words ("nineteen ninety-four"; with `thousands`, "two thousand and one") at `index`.
    func yearPhrase(at index: Int, thousands: Bool = false) -> (year: Int, end: Int)? {
        if let year = yearNumber(index) { return (year, index + 1) }
        return spokenYearValue(at: index, thousands: thousands)
    }

    /// "nineteen ninety-four" (1994); with `thousands` also "two thousand" (2000), "two thousand [and] one" (2001).
    func spokenYearValue(at index: Int, thousands: Bool) -> (year: Int, end: Int)? {
        if thousands, isWord(index, "two"), isWord(index + 1, "thousand") {
            let next = isWord(index + 2, "and") ? index + 3 : index + 2
            if let phrase = numberPhrase(at: next), let rest = phrase.value, (1..<100).contains(rest), word(next) != "a", word(next) != "an" {
                return (2000 + rest, phrase.end)
            }
            return (2000, index + 2)
        }
        guard let first = word(index), let century = ["nineteen": 19, "eighteen": 18][first],
              let phrase = numberPhrase(at: index + 1), let rest = phrase.value, (10..<100).contains(rest)
        else { return nil }
        return (century * 100 + rest, phrase.end)
    }

    /// Month followed by "this year", "last year", "next year": "in January this year".
    func monthOfRelativeYear(at index: Int) -> DateMatch? {
        guard let (month, next) = monthName(at: index), let shift = ["this": 0, "last": -1, "next": 1][word(next) ?? ""],
              isWord(next + 1, "year")
        else { return nil }
        return DateMatch(index, next + 2, .date, resolved(.month) { TimexValue.month($0.year + shift, month) })
    }

    /// Christmas, Christmas Eve, New Year's Day/Eve, Thanksgiving, Independence Day, Halloween,
    /// Valentine's Day, Labor Day, Memorial Day, (U.S.) Election Day, Easter (Sunday; "Easter week" is the ISO
    /// week ending on it): in the reference year.
    func holiday(at index: Int) -> DateMatch? {
        if isWord(index, "last", "next"), let match = holiday(at: index + 1) {
            return DateMatch(index, match.end, match.type, match.value)
        }
        guard let name = word(index), tokens[index].capitalized else { return nil }
        let direction = isWord(index - 1, "next") ? 1 : explicitTense(first: index, end: index + 1)
        let year: (CalendarDay) -> Int = { reference in
            guard let day = Self.holidayDay(name, index: index, matcher: self, year: reference.year) else { return reference.year }
            return Self.nearest(month: day.month, day: day.day, to: reference, direction: direction)?.year ?? reference.year
        }
        var end = index + 1
        let monthDay: (Int, Int)?
        switch name {
        case "christmas":
            if isWord(end, "eve") { end += 1; monthDay = (12, 24) } else { if isWord(end, "day") { end += 1 }; monthDay = (12, 25) }
        case "halloween": monthDay = (10, 31)
        case "new" where isWord(index + 1, "year") && (isOther(index + 2, "'") || isOther(index + 2, "’")) && isWord(index + 3, "s"):
            end = index + 4
            if isWord(end, "eve") { end += 1; monthDay = (12, 31) } else { if isWord(end, "day") { end += 1 }; monthDay = (1, 1) }
        case "independence" where isWord(index + 1, "day"): end += 1; monthDay = (7, 4)
        case "easter":
            if isWord(end, "sunday") { end += 1 }
            let week = isWord(end, "week")
            if week { end += 1 }  // "as Easter week began": the ISO week that ends on Easter Sunday
            return DateMatch(index, end, .date, resolved(.day) { reference in
                guard let day = Self.floatingHoliday(name, year: year(reference)) else { return "XXXX-XX-XX" }
                return week ? TimexValue.week(of: day) : TimexValue.day(day)
            })
        case "thanksgiving", "labor", "memorial", "election":
            if name != "thanksgiving" { guard isWord(end, "day"), tokens[end].capitalized else { return nil } }
            if isWord(end, "day") { end += 1 }
            return DateMatch(index, end, .date, resolved(.day) { Self.floatingHoliday(name, year: year($0)).map(TimexValue.day) ?? "XXXX-XX-XX" })
        default: monthDay = nil
        }
        guard let (month, day) = monthDay else { return nil }
        return DateMatch(index, end, .date, resolved(.day) { reference in
            CalendarDay(year: year(reference), month: month, day: day).map(TimexValue.day) ?? "XXXX-XX-XX"
        })
    }

    /// The day of holiday `name` in `year`, to choose the year of the occurrence meant.
    static func holidayDay(_ name: String, index: Int, matcher: DateMatcher, year: Int) -> CalendarDay? {
        switch name {
        case "thanksgiving", "labor", "memorial", "election", "easter": floatingHoliday(name, year: year)
        case "christmas": CalendarDay(year: year, month: 12, day: 25)
        case "halloween": CalendarDay(year: year, month: 10, day: 31)
        case "independence": CalendarDay(year: year, month: 7, day: 4)
        default: nil
        }
    }

    static func floatingHoliday(_ name: String, year: Int) -> CalendarDay? {
        switch name {
        case "thanksgiving": CalendarDay(year: year, month: 11, day: 1).map { TimexValue.weekday(4, from: $0, direction: 1, strict: false).adding(days: 21) }
        case "labor": CalendarDay(year: year, month: 9, day: 1).map { TimexValue.weekday(1, from: $0, direction: 1, strict: false) }
        case "election": CalendarDay(year: year, month: 11, day: 2).map { TimexValue.weekday(2, from: $0, direction: 1, strict: false) }
        case "easter": easterSunday(year: year)
        default: CalendarDay(year: year, month: 5, day: 31).map { TimexValue.weekday(1, from: $0, direction: -1, strict: false) }
        }
    }

    /// Easter Sunday of a Gregorian `year` (the anonymous Gregorian computus: Meeus/Jones/Butcher).
    static func easterSunday(year: Int) -> CalendarDay? {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }

    /// "the summer", "the fall of 1998", "summer 1998", "in spring": a season in a year.
    func season(at index: Int) -> DateMatch? {
        let start = index
        var position = index
        if isWord(position, "the") { position += 1 }
        guard let name = word(position), let code = DateVocabulary.seasons[name] else { return nil }
        let before = word(index - 1) ?? ""
        guard position > index || ["in", "during", "since", "until", "by", "early", "late", "mid"].contains(before) || yearNumber(position + 1) != nil
        else { return nil }
        if let (year, end) = yearPhrase(at: position + 1) { return DateMatch(start, end, .date, "\(TimexValue.year(year))-\(code)") }
        if isWord(position + 1, "of"), let (year, end) = yearPhrase(at: position + 2) {
            return DateMatch(start, end, .date, "\(TimexValue.year(year))-\(code)")
        }
        guard name != "fall" || position > index else { return nil }
        return DateMatch(start, position + 1, .date, resolved(.year) { "\(TimexValue.year($0.year))-\(code)" })
    }
}
