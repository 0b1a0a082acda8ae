import CorroborateCore

/// Durations ("two years", "the past three months", "a two-year"), clock times ("3 p.m.",
/// "10:30 a.m. EDT", "noon") and recurrences ("every week", "daily").
extension DateMatcher {
    /// A count: digits ("12"), number words ("two", "twenty-five", "a", "an"), or a vague word
    /// ("several", "a few": value nil); "a couple of" is two, as the corpus gives it ("a couple of years" P2Y).
    struct NumberPhrase {
        var value: Int?
        var end: Int
    }

    func numberPhrase(at index: Int) -> NumberPhrase? {
        if let value = number(index), value < 1000 { return NumberPhrase(value: value, end: index + 1) }
        guard let name = word(index) else { return nil }
        if name == "a" || name == "an", let next = word(index + 1) {
            if next == "few" || next == "couple" {
                return NumberPhrase(value: next == "couple" ? 2 : nil, end: index + (isWord(index + 2, "of") ? 3 : 2))
            }
            if next == "half" { return nil }
        }
        if name == "couple" { return NumberPhrase(value: 2, end: index + (isWord(index + 1, "of") ? 2 : 1)) }  // "the next couple of years"
        if DateVocabulary.vagueNumbers.contains(name) { return NumberPhrase(value: nil, end: index + 1) }
        guard var value = DateVocabulary.numbers[name] else { return nil }
        var end = index + 1
        if value >= 20, value < 100 {
            let next = isOther(end, "-") ? end + 1 : end
            if let unit = word(next).flatMap({ DateVocabulary.numbers[$0] }), unit < 10, unit > 0, word(next) != "a", word(next) != "an" {
                value += unit
                end = next + 1
            }
        }
        return NumberPhrase(value: value, end: end)
    }

    /// Whether the token at `index` is a quantity a rate can be of: any number ("358,000", "1.76"), a
    /// number word ("four"), "million", "billion".
    func isQuantity(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        if tokens[index].kind == .number { return true }
        guard let name = word(index), name != "a", name != "an" else { return false }
        return DateVocabulary.numbers[name] != nil || name == "million" || name == "billion"
    }

    /// "[the] [first|past|last|next|coming] N units", "two-year", "several-year", "day-long" (adjectives), "years" after "for",
    /// "the past decade". Counts are kept as written: "a week" is P1W, not P7D.
    func duration(at index: Int) -> DateMatch? {
        if let unitWord = word(index), let unit = DateVocabulary.units[unitWord], isOther(index + 1, "-"), isWord(index + 2, "long") {
            return DateMatch(index, index + 3, .duration, unit.duration(unitWord.hasSuffix("s") ? nil : 1))  // "day-long", "decades-long"
        }
        var position = index
        if isWord(position, "the") { position += 1 }
        let lead = word(position).flatMap { ["first", "past", "last", "next", "coming", "previous", "final", "initial"].contains($0) ? $0 : nil }
        if lead != nil { position += 1 }
        if var phrase = numberPhrase(at: position) {
            if phrase.value != nil, isWord(phrase.end, "to"), !isWord(phrase.end + 1, "a", "an"),
               let upper = numberPhrase(at: phrase.end + 1), upper.value != nil {
                phrase.end = upper.end  // "two to three weeks": the lower count, as the corpus gives it (P2W)
            }
            var unitIndex = phrase.end
            if isWord(unitIndex, "more", "additional", "extra", "further", "trading", "business") { unitIndex += 1 }  // "two more weeks"
            let hyphen = isOther(unitIndex, "-")
            if hyphen { unitIndex += 1 }
            guard let unitWord = word(unitIndex), let unit = DateVocabulary.units[unitWord] else { return nil }
            if unit == .quarter && (phrase.value == 1 || hyphen) { return nil }
            if hyphen, isOther(unitIndex + 1, "-"), isWord(unitIndex + 2, "old") { return nil }
            let vague = phrase.value == nil
            if vague, !unitWord.hasSuffix("s"), !hyphen { return nil }  // "several-year tenure" is PXY
            if vague, lead == "past" || lead == "last", !hyphen, !isWord(index - 1, "for") {
                // "fallen in the last few months": some time back, as the corpus gives it; "for the past few weeks" measures one
                return DateMatch(index, unitIndex + 1, .date, "PAST_REF")
            }
            if word(position) == "a" || word(position) == "an", index != position, lead == nil { return nil }
            if word(position) == "a", unit == .second { return nil }
            if word(position) == "a" || word(position) == "an", isOther(unitIndex + 1, "-"), isWord(unitIndex + 2, "long") { return nil }  // "a weeks-long standoff"
            if isWord(unitIndex + 1, "old") || tokens[unitIndex].capitalized { return nil }
            if phrase.value == 1, word(position) == "a" || word(position) == "an", index == position,
               (index - 2...index - 1).contains(where: isQuantity) {
                return nil  // "$2 million a year", "700 seats a week", "$1.76 a year", "four flights a week": a rate, not a duration
            }
            let start = hyphen && lead == nil && index < position ? position : index  // "the 14-day period": "the" belongs to the noun
            return DateMatch(start, unitIndex + 1, .duration, unit.duration(phrase.value))
        }
        if lead == nil, index < position, isWord(position, "fiscal"), isWord(position + 1, "year"), isWord(position + 2, "ended", "ending") {
            return DateMatch(index, position + 2, .duration, "P1Y")  // "the fiscal year ended Jan. 31"
        }
        guard let unitWord = word(position), let unit = DateVocabulary.units[unitWord] else { return nil }
        if lead == nil, index < position, unitWord == "year", isWord(position + 1, "ended", "ending") {
            return DateMatch(index, position + 1, .duration, "P1Y")
        }
        if lead == "past", index == position - 1, unitWord.hasSuffix("s"), !isWord(index - 1, "for") {
            return DateMatch(index, position + 1, .date, "PAST_REF")  // "sell programs in past years"
        }
        if lead != nil, index < position, !unitWord.hasSuffix("s") || lead == "past" {
            if lead == "last" || lead == "next" || lead == "past" || lead == "coming" || lead == "previous" {
                guard isWord(index, "the") || lead == "past" else { return nil }
                if isWord(index, "the"), let period = calendarPeriod(unit, after: lead == "next" || lead == "coming" ? 1 : -1) {
                    return DateMatch(index, position + 1, .date, period)
                }
                return DateMatch(index, position + 1, .duration, unit.duration(unitWord.hasSuffix("s") ? nil : 1))
            }
        }
        if unitWord.hasSuffix("s"), unit != .second, !tokens[position].capitalized,
           isWord(index - 1, "for", "over", "within", "in") || isWord(index - 1, "few") {
            return DateMatch(index, position + 1, .duration, unit.duration(nil))
        }
        return nil
    }

    /// "5 1/2 hours" (PT5H30M), "two and a half years" (P2Y6M), "a minute and a half" (PT1M30S): a count and
    /// a half of a year, decade, day, hour or minute, the half written in the next smaller unit.
    func halfDuration(at index: Int) -> DateMatch? {
        guard let phrase = numberPhrase(at: index), let count = phrase.value else { return nil }
        var unitIndex = phrase.end
        var half = false
        if phrase.end < tokens.count, tokens[phrase.end].lower == "1/2" {
            half = true
            unitIndex += 1
        } else if isWord(unitIndex, "and"), isWord(unitIndex + 1, "a"), isWord(unitIndex + 2, "half") {
            half = true
            unitIndex += 3
        }
        guard let unitWord = word(unitIndex), let unit = DateVocabulary.units[unitWord] else { return nil }
        var end = unitIndex + 1
        if !half {
            guard isWord(end, "and"), isWord(end + 1, "a"), isWord(end + 2, "half") else { return nil }
            end += 3
        }
        guard let value = unit.durationAndAHalf(count) else { return nil }
        return DateMatch(index, end, .duration, value)
    }

    /// "the past year", "the next month": the calendar year or month before (or after) the reference day,
    /// as the corpus annotates them (a DATE, not P1Y); decades, weeks and days stay durations
    /// ("the past decade" P10Y; "the last decade" is "198" as often).
    func calendarPeriod(_ unit: DateVocabulary.Unit, after shift: Int) -> String? {
        switch unit {
        case .year: resolved(.year) { TimexValue.year($0.year + shift) }
        case .month: resolved(.month) { let m = TimexValue.shift(year: $0.year, month: $0.month, by: shift); return TimexValue.month(m.year, m.month) }
        default: nil
        }
    }

    /// "3 p.m.", "10:30 a.m.", "3pm", "noon", "midnight", with a time zone after; on the reference day.
    func clockTime(at index: Int) -> DateMatch? {
        // "the midnight sun", "a midnight mass", "midday heat": a noun after it makes it an adjective, no time.
        if isWord(index, "noon", "midnight", "midday"), !tokens[index].capitalized || sentenceBounds[index].lowerBound == index,
            !isWord(index + 1, "sun", "mass", "snack", "feast", "prayer", "prayers", "heat", "meal", "oil", "blue", "express")
        {
            let clock = word(index) == "midnight" ? "24:00" : "12:00"
            return onDay(after: index + 1, from: index, clock: clock)
        }
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].lower.utf8.count <= 5 else { return nil }
        let hasColon = tokens[index].lower.utf8.contains(UInt8(ascii: ":"))
        guard hasColon || isWord(index + 1, "am", "pm", "a", "p", "o") else { return nil }
        let parts = tokens[index].lower.split(separator: ":").compactMap { Int($0) }
        guard (1...2).contains(parts.count), let hour = parts.first, hour <= 12, tokens[index].lower.split(separator: ":").count == parts.count else { return nil }
        let minute = parts.count == 2 ? parts[1] : 0
        var end = index + 1
        var meridiem: String? = nil
        if let next = word(end), next == "am" || next == "pm" || next == "a" || next == "p" {
            if next.count == 2 { meridiem = next; end += 1 } else if isOther(end + 1, "."), isWord(end + 2, "m") {
                meridiem = next + "m"
                end += 3
                if isOther(end, ".") { end += 1 }
            }
        } else if isWord(end, "o"), isOther(end + 1, "'") || isOther(end + 1, "’"), isWord(end + 2, "clock") {
            end += 3
            meridiem = ""
        }
        guard let half = meridiem, minute < 60 else { return nil }
        if let zone = word(end), DateVocabulary.timeZones.contains(zone) { end += 1 }
        let hour24 = half == "pm" ? (hour % 12) + 12 : (half == "am" ? hour % 12 : hour)
        let clock = "\(TimexValue.pad(hour24, 2)):\(TimexValue.pad(minute, 2))"
        return onDay(after: end, from: index, clock: clock)
    }

    /// "in the morning", "during the afternoon", "mid-afternoon yesterday": a part of the day named right
    /// after it, else of the last day named, else of the reference day ("1989-11-01TAF").
    func dayPart(at index: Int) -> DateMatch? {
        var position = index
        if isWord(index, "the"), isWord(index - 1, "in", "during"), number(index - 2) == nil { position += 1 }  // not "4 in the morning"
        guard let name = word(position), ["morning", "afternoon", "evening"].contains(name), let code = DateVocabulary.dayParts[name],
              position > index || isWord(index - 1, "mid") || (isOther(index - 1, "-") && isWord(index - 2, "mid"))
        else { return nil }
        if let day = deictic(at: position + 1) ?? weekday(at: position + 1), day.value.count == 10 {
            return DateMatch(index, day.end, .time, "\(day.value)T\(code)")
        }
        if let anchor = dayAnchor { return DateMatch(index, position + 1, .time, "\(anchor)T\(code)") }
        return DateMatch(index, position + 1, .time, resolved(.day) { "\(TimexValue.day($0))T\(code)" })
    }

    /// A clock time on the day named right after it ("noon Thursday", "3 p.m. yesterday"), else on the reference day.
    ///
    /// The day is, in order: a day named right after the time (with an optional comma), one named
    /// within the next five tokens of the sentence (kept outside the span: "10:35 a.m. (0735 GMT)
    /// Friday"), the last day named earlier in the document, the reference day.
    func onDay(after end: Int, from index: Int, clock: String) -> DateMatch {
        let next = isOther(end, ",") ? end + 1 : end
        if let day = weekday(at: next) ?? deictic(at: next) ?? monthDate(at: next) ?? dayMonth(at: next), day.value.count == 10 {
            return DateMatch(index, day.end, .time, "\(day.value)T\(clock)")
        }
        let limit = min(end + 6, index < sentenceBounds.count ? sentenceBounds[index].upperBound : end)
        for position in stride(from: end + 1, to: limit, by: 1) {
            if let day = weekday(at: position) ?? deictic(at: position), day.value.count == 10 {
                return DateMatch(index, end, .time, "\(day.value)T\(clock)")
            }
        }
        if let anchor = dayAnchor { return DateMatch(index, end, .time, "\(anchor)T\(clock)") }
        return DateMatch(index, end, .time, resolved(.day) { "\(TimexValue.day($0))T\(clock)" })
    }

    /// "every week", "each month", "every two years", "every Monday", "each July", "daily", "weekly", "annually".
    func recurrence(at index: Int) -> DateMatch? {
        guard let name = word(index) else { return nil }
        if let value = DateVocabulary.sets[name] {
            guard !isWord(index - 1, "average") else { return nil }  // "average daily volume": a rate
            return DateMatch(index, index + 1, .set, value)
        }
        guard name == "every" || name == "each" else { return nil }
        var position = index + 1
        var count = 1
        if let phrase = numberPhrase(at: position), let value = phrase.value, word(position) != "a" { count = value; position = phrase.end }
        if let unitWord = word(position), let unit = DateVocabulary.units[unitWord] {
            return DateMatch(index, position + 1, .set, unit.duration(count))
        }
        if let dayName = word(position), let weekday = DateVocabulary.weekdays[dayName] {
            return DateMatch(index, position + 1, .set, "XXXX-WXX-\(weekday)")
        }
        if count == 1, let name = word(position), let month = DateVocabulary.months[name], DateVocabulary.fullMonths.contains(name),
           tokens[position].capitalized {
            return DateMatch(index, position + 1, .set, "XXXX-\(TimexValue.pad(month, 2))")  // "each July"
        }
        return nil
    }
}
