import CorroborateCore

/// Dates relative to the reference day: weekdays, "yesterday", "last week", "this month",
/// "two years ago", "a year earlier", quarters, and the PRESENT/PAST/FUTURE references.
extension DateMatcher {
    /// "Thursday", "on Thursday", "last/next/this Thursday", "Thursday morning", "Monday, Oct. 26",
    /// "Monday's" (the possessive "'s" stays outside the span).
    ///
    /// A bare weekday is the one on or before the reference day, unless the clause is future
    /// ("will meet on Thursday"), then on or after. "last" is strictly before, "next" strictly after.
    func weekday(at index: Int) -> DateMatch? {
        if let match = previousWeekday(at: index) { return match }
        var position = index
        let modifier = word(index).flatMap { ["last", "next", "this", "coming", "past"].contains($0) ? $0 : nil }
        if modifier != nil { position += 1 }
        if modifier == nil, let name = word(position), name.hasSuffix("s"), let weekday = DateVocabulary.weekdays[String(name.dropLast())],
           tokens[position].capitalized {
            return DateMatch(index, position + 1, .set, "XXXX-WXX-\(weekday)")  // "closed on Sundays"
        }
        guard let name = word(position), let weekday = DateVocabulary.weekdays[name], tokens[position].capitalized else {
            return nil
        }
        var end = position + 1
        if modifier == nil, let recurring = recurringDayPart(after: end, weekday: weekday) { return DateMatch(index, recurring.end, .set, recurring.value) }
        let comma = isOther(end, ",") ? 1 : 0  // "Monday, Oct. 26", "Friday Oct. 13"
        if let date = monthDate(at: end + comma) ?? dayMonth(at: end + comma), date.value.count == 10 {
            return DateMatch(index, date.end, .date, date.value)
        }
        let direction: Int
        let strict: Bool
        switch modifier {
        case "last", "past": (direction, strict) = (-1, true)
        case "next", "coming": (direction, strict) = (1, true)
        default:
            let possessive = (isOther(end, "'") || isOther(end, "’")) && isWord(end + 1, "s")
            (direction, strict) = (possessive ? -1 : tense(first: index, end: end), false)
        }
        var day = resolved(.day) { TimexValue.day(TimexValue.weekday(weekday, from: $0, direction: direction, strict: strict)) }
        if reference == nil { day = "XXXX-WXX-\(weekday)" }
        // "Friday night", "Tuesday morning": the day (the corpus gives the bare day far more often than
        // TNI / TMO); "Friday evening" is the evening (TEV in every instance).
        if let part = word(end).flatMap({ DateVocabulary.dayParts[$0] }) {
            end += 1
            if part == "EV", reference != nil { return DateMatch(index, end, .time, day + "TEV") }
        }
        return DateMatch(index, end, .date, day)
    }

    /// "Tuesday nights", and the first day of "on Monday and Tuesday nights": a plural part of the day
    /// makes the weekday a recurrence (SET `XXXX-WXX-2TNI`), the first day sharing the part of the second.
    func recurringDayPart(after end: Int, weekday: Int) -> (end: Int, value: String)? {
        let plural: [String: String] = ["nights": "NI", "mornings": "MO", "afternoons": "AF", "evenings": "EV"]
        if let part = word(end).flatMap({ plural[$0] }) { return (end + 1, "XXXX-WXX-\(weekday)T\(part)") }
        guard isWord(end, "and", "or"), let next = word(end + 1), DateVocabulary.weekdays[next] != nil,
              let part = word(end + 2).flatMap({ plural[$0] }) else { return nil }
        return (end, "XXXX-WXX-\(weekday)T\(part)")
    }

    /// "the previous Friday", "the preceding Monday": strictly before the last day named ("down 4.5%
    /// from the previous Friday" after Friday's close is the Friday a week earlier), else the reference day.
    func previousWeekday(at index: Int) -> DateMatch? {
        guard isWord(index, "the"), isWord(index + 1, "previous", "preceding"), let name = word(index + 2),
              let weekday = DateVocabulary.weekdays[name], tokens[index + 2].capitalized else { return nil }
        guard let anchor = dayAnchor.flatMap(Self.parseDay) ?? reference else { return DateMatch(index, index + 3, .date, "XXXX-WXX-\(weekday)") }
        return DateMatch(index, index + 3, .date, TimexValue.day(TimexValue.weekday(weekday, from: anchor, direction: -1, strict: true)))
    }

    /// "today", "yesterday", "tomorrow", "tonight", "this morning", "yesterday afternoon".
    func deictic(at index: Int) -> DateMatch? {
        guard let name = word(index) else { return nil }
        let offset: Int
        switch name {
        case "today", "tonight", "this": offset = 0
        case "yesterday": offset = -1
        case "tomorrow": offset = 1
        case "last" where isWord(index + 1, "night"):
            return DateMatch(index, index + 2, .time, resolved(.day) { TimexValue.day($0.adding(days: -1)) } + "TNI")
        default: return nil
        }
        if name == "today", (isOther(index + 1, "'") || isOther(index + 1, "’")) && isWord(index + 2, "s") {
            return nil  // "today's world", "today's youth": mostly nowadays, left untagged as the corpus mostly does
        }
        if name == "tomorrow", isWord(index - 1, "of") { return nil }
        let value = resolved(.day) { TimexValue.day($0.adding(days: offset)) }
        if name == "tonight" { return DateMatch(index, index + 1, .time, "\(value)TNI") }
        if let part = word(index + 1).flatMap({ DateVocabulary.dayParts[$0] }) {
            return DateMatch(index, index + 2, .time, "\(value)T\(part)")
        }
        return name == "this" ? nil : DateMatch(index, index + 1, .date, value)
    }

    /// "this/last/next/coming/past week|month|year|quarter|weekend|decade|<month>|<season>",
    /// "earlier this year" (the modifier comes from `match(at:)`).
    func relative(at index: Int) -> DateMatch? {
        if isWord(index, "this"), isWord(index + 1, "past"), let inner = relative(at: index + 1) {
            return DateMatch(index, inner.end, inner.type, inner.value)  // "this past spring"
        }
        guard let modifier = word(index), ["this", "last", "next", "coming", "past", "previous", "current"].contains(modifier),
              let noun = word(index + 1)
        else { return nil }
        let shift = modifier == "this" || modifier == "current" ? 0 : (modifier == "next" || modifier == "coming" ? 1 : -1)
        let end = index + 2
        if tokens[index + 1].capitalized, noun == "week", tokens[index].capitalized { return nil }
        if let month = DateVocabulary.months[noun], DateVocabulary.fullMonths.contains(noun), tokens[index + 1].capitalized {
            return DateMatch(index, end, .date, resolved(.month) { reference in
                var year = reference.year
                if shift < 0, month >= reference.month { year -= 1 }
                if shift > 0, month <= reference.month { year += 1 }
                return TimexValue.month(year, month)
            })
        }
        if let code = DateVocabulary.seasons[noun] {
            return DateMatch(index, end, .date, resolved(.year) { reference in
                let order = ["WI": 0, "SP": 1, "SU": 2, "FA": 3]
                let now = reference.month == 12 ? 0 : (reference.month % 12) / 3, season = order[code] ?? 0
                var year = reference.year
                if modifier == "past" { year -= season < now ? 0 : 1 }  // "this past spring": the last one over
                else if shift < 0 { year -= 1 }
                if shift > 0, season <= now { year += 1 }
                return "\(TimexValue.year(year))-\(code)"
            })
        }
        guard modifier != "past" && modifier != "previous" else { return nil }
        switch noun {
        case "year": return DateMatch(index, end, .date, resolved(.year) { TimexValue.year($0.year + shift) })
        case "month":
            return DateMatch(index, end, .date, resolved(.month) { let m = TimexValue.shift(year: $0.year, month: $0.month, by: shift); return TimexValue.month(m.year, m.month) })
        case "week": return DateMatch(index, end, .date, resolved(.week) { TimexValue.week(of: $0.adding(days: 7 * shift)) })
        case "weekend":
            return DateMatch(index, end, .date, resolved(.week) { TimexValue.week(of: $0.adding(days: 7 * shift)) + "-WE" })
        case "quarter":
            return DateMatch(index, end, .date, resolved(.quarter) { reference in
                let m = TimexValue.shift(year: reference.year, month: reference.month, by: 3 * shift)
                return TimexValue.quarter(m.year, TimexValue.quarter(ofMonth: m.month))
            })
        case "decade": return DateMatch(index, end, .date, resolved(.year) { "\(($0.year / 10) + shift)" })
        default: return nil
        }
    }

    /// "two years ago", "a week earlier", "three days later", "a year-earlier", "the year-ago quarter";
    /// "several years ago", "months earlier" (no count to go back by) are PAST_REF; "the year-earlier nine
    /// months" is the span it names (P9M).
    /// A year back in a document that named a quarter is that quarter a year before ("1988-Q3").
    func ago(at index: Int) -> DateMatch? {
        var position = index
        let leadingThe = isWord(position, "the")
        if leadingThe { position += 1 }
        var count = 1
        var unitIndex = position
        var vague = false
        if let phrase = numberPhrase(at: position) {
            if let value = phrase.value { count = value } else { vague = true }
            unitIndex = phrase.end
        }
        guard let unitWord = word(unitIndex), let unit = DateVocabulary.units[unitWord] else { return nil }
        if vague || (unitIndex == position && unitWord.hasSuffix("s")) {
            // "several years ago", "months earlier": some time back, no date to name
            guard !leadingThe, isWord(unitIndex + 1, "ago", "earlier") else { return nil }
            return DateMatch(index, unitIndex + 2, .date, "PAST_REF")
        }
        var end = unitIndex + 1
        let hyphenated = isOther(end, "-")
        if hyphenated { end += 1 }
        guard let direction = word(end), ["ago", "earlier", "later"].contains(direction) else { return nil }
        guard hyphenated || !leadingThe, direction == "ago" || ![.hour, .minute, .second].contains(unit) else { return nil }
        if !hyphenated, direction != "ago", [.day, .week, .month].contains(unit) { return nil }  // "three days later": a duration
        end += 1
        if hyphenated, unit == .year, let span = numberPhrase(at: end), let months = span.value, let spanWord = word(span.end),
           let spanUnit = DateVocabulary.units[spanWord], spanUnit == .month || spanUnit == .week {
            return DateMatch(index, span.end + 1, .duration, spanUnit.duration(months))  // "the year-earlier nine months"
        }
        var nounIncluded = false
        if hyphenated, let noun = word(end), ["period", "quarter", "level", "levels", "results", "year"].contains(noun) {
            if noun == "period" || noun == "quarter" { end += 1; nounIncluded = true }
            if noun == "period", unit == .year, let months = monthsAnchor {
                return DateMatch(index, end, .duration, months)  // "For the nine months, ... In the year-earlier period": those months
            }
        }
        if hyphenated, unit == .year, let name = word(end), let ordinal = DateVocabulary.ordinals[name], ordinal <= 4,
           isWord(end + 1, "quarter"), reference != nil {
            // "the year-ago third quarter": that quarter, a year back
            return DateMatch(index, end + 2, .date, resolved(.quarter) { TimexValue.quarter($0.year - count, ordinal) })
        }
        let sign = ["later", "after"].contains(direction) ? 1 : -1
        if unit == .year, quarterAnchor != nil, sentenceBounds[index].contains(where: { isWord($0, "months", "half") }) {
            // "For the nine months, ... a year earlier": the year back, not the quarter the story named
            return DateMatch(leadingThe && !hyphenated ? position : index, end, .date, resolved(.year) { TimexValue.year($0.year + sign * count) })
        }
        // "the year-ago results", "a year-earlier $4.5 million": an adjective, the article belongs to its noun
        let adjective = hyphenated && !nounIncluded && count == 1 && (leadingThe || unitIndex > position)
        return DateMatch(adjective ? unitIndex : (leadingThe && !hyphenated ? position : index), end, .date, shifted(unit, by: sign * count))
    }

    /// The reference day moved by `count` units, at the unit's precision.
    func shifted(_ unit: DateVocabulary.Unit, by count: Int) -> String {
        switch unit {
        case .year:
            if let anchor = quarterAnchor, reference != nil { return TimexValue.quarter(anchor.year + count, anchor.quarter) }
            return resolved(.year) { TimexValue.year($0.year + count) }
        case .decade: return resolved(.year) { TimexValue.year($0.year + 10 * count) }
        case .century: return resolved(.year) { TimexValue.year($0.year + 100 * count) }
        case .quarter:
            return resolved(.quarter) { let m = TimexValue.shift(year: $0.year, month: $0.month, by: 3 * count); return TimexValue.quarter(m.year, TimexValue.quarter(ofMonth: m.month)) }
        case .month:
            return resolved(.month) { let m = TimexValue.shift(year: $0.year, month: $0.month, by: count); return TimexValue.month(m.year, m.month) }
        case .week, .fortnight:
            return resolved(.week) { TimexValue.week(of: $0.adding(days: 7 * count * (unit == .fortnight ? 2 : 1))) }
        case .day, .hour, .minute, .second:
            let days = unit == .day ? count : 0
            return resolved(.day) { TimexValue.day($0.adding(days: days)) }
        }
    }

    /// "the third quarter", "third-quarter", "the fourth quarter of 1998", "the first half",
    /// "the latest quarter", "the quarter" (the last quarter named, else the one before the reference).
    func quarter(at index: Int) -> DateMatch? {
        if let match = yearQualifiedQuarter(at: index) { return match }
        if let match = sameQuarterAYearBack(at: index) { return match }
        var position = index
        if isWord(position, "the") { position += 1 }
        var ordinal: Int? = nil
        if isWord(position, "fiscal"), let name = word(isOther(position + 1, "-") ? position + 2 : position + 1), DateVocabulary.ordinals[name] != nil {
            position += isOther(position + 1, "-") ? 2 : 1  // "the fiscal first quarter", "fiscal-first quarter"
        }
        if let name = word(position), let value = DateVocabulary.ordinals[name] {
            ordinal = value
            position += 1
        } else if isWord(position, "latest", "last", "current", "fiscal", "same") {
            position += 1
        }
        if isOther(position, "-") { position += 1 }
        if let match = halfOfYear(at: index, position: position, ordinal: ordinal) { return match }
        guard let noun = word(position), noun == "quarter" || noun == "half" || (noun == "period" && ordinal == nil && position > index + 1 && isWord(index + 1, "latest")) else {
            return nil
        }
        if ordinal == nil, position == index { return nil }
        var end = position + 1
        var explicitYear: Int? = nil
        if isWord(end, "of"), let year = yearNumber(end + 1) { explicitYear = year; end += 2 } else if let year = yearNumber(end) { explicitYear = year; end += 1 }
        if noun == "half" {
            guard let half = ordinal, half <= 2 else { return nil }
            return DateMatch(index, end, .date, explicitYear.map { "\(TimexValue.year($0))-H\(half)" } ?? resolved(.year) { "\(TimexValue.year($0.year))-H\(half)" })
        }
        if let number = ordinal {
            guard number <= 4 else { return nil }
            // "the third-quarter loss": an adjective, "the" belongs to the noun it modifies (as the corpus spans it)
            let start = isWord(index, "the") && isOther(position - 1, "-") && explicitYear == nil ? index + 1 : index
            if let year = explicitYear { return DateMatch(index, end, .date, TimexValue.quarter(year, number)) }
            return DateMatch(start, end, .date, resolved(.quarter) { reference in
                let current = TimexValue.quarter(ofMonth: reference.month)
                return TimexValue.quarter(number - current >= 2 ? reference.year - 1 : reference.year, number)
            })
        }
        if let anchor = quarterAnchor, isWord(index + 1, "latest") || index + 1 == position {
            if index + 1 == position, noun == "quarter", isWord(end, "a"), isWord(end + 1, "year"), isWord(end + 2, "ago", "earlier") {
                return DateMatch(index, end + 3, .date, TimexValue.quarter(anchor.year - 1, anchor.quarter))  // "the quarter a year ago"
            }
            return DateMatch(index, end, .date, TimexValue.quarter(anchor.year, anchor.quarter))
        }
        return DateMatch(index, end, .date, shifted(.quarter, by: isWord(index + 1, "current") ? 0 : -1))
    }

    /// "the last half of 1989" (H2), "the first two quarters of 1990" (H1), "the last two quarters of 1989"
    /// (H2): a half of a named year. `position` is the token after "first"/"last" ("half", "two").
    func halfOfYear(at index: Int, position: Int, ordinal: Int?) -> DateMatch? {
        let last = isWord(position - 1, "last")
        guard ordinal == 1 || last else { return nil }
        var end = position + 1
        if isWord(position, "two"), isWord(position + 1, "quarters") {
            end += 1
        } else if !(last && isWord(position, "half")) {
            return nil
        }
        guard isWord(end, "of"), let year = yearNumber(end + 1) else { return nil }
        return DateMatch(index, end + 2, .date, "\(TimexValue.year(year))-H\(last ? 2 : 1)")
    }

    /// "the corresponding period last year", "the same quarter a year earlier", "the comparable period a
    /// year ago": the quarter the story named, a year back.
    func sameQuarterAYearBack(at index: Int) -> DateMatch? {
        guard isWord(index, "the"), isWord(index + 1, "same", "corresponding", "comparable"), isWord(index + 2, "period", "quarter"),
              let anchor = quarterAnchor else { return nil }
        let end: Int
        if isWord(index + 3, "last"), isWord(index + 4, "year") {
            end = index + 5
        } else if isWord(index + 3, "a"), isWord(index + 4, "year"), isWord(index + 5, "ago", "earlier") {
            end = index + 6
        } else {
            return nil
        }
        return DateMatch(index, end, .date, TimexValue.quarter(anchor.year - 1, anchor.quarter))
    }

    /// "the 1988 third quarter", "this year's third quarter", "last year's quarter", "the 1989 period":
    /// a quarter of a named year (the anchor quarter when none is named).
    func yearQualifiedQuarter(at index: Int) -> DateMatch? {
        var position = index
        if isWord(position, "the") { position += 1 }
        var year: Int? = yearNumber(position)
        if year != nil {
            position += 1
        } else if let shift = ["this": 0, "last": -1, "next": 1][word(position) ?? ""], isWord(position + 1, "year"),
                  isOther(position + 2, "'") || isOther(position + 2, "’"), isWord(position + 3, "s") {
            year = reference.map { $0.year + shift }
            position += 4
        } else {
            return nil
        }
        var ordinal: Int? = nil
        if let name = word(position), let value = DateVocabulary.ordinals[name], value <= 4 { ordinal = value; position += 1 }
        if isOther(position, "-") { position += 1 }
        guard isWord(position, "quarter") || (isWord(position, "period") && ordinal == nil) else { return nil }
        if isWord(position, "period"), let year, sentenceBounds[index].contains(where: { isWord($0, "months", "half") }) {
            return DateMatch(index, position + 1, .date, TimexValue.year(year))  // "In the first nine months, ... in the 1988 period": the year
        }
        guard let quarter = ordinal ?? quarterAnchor?.quarter else { return nil }
        return DateMatch(index, position + 1, .date, year.map { TimexValue.quarter($0, quarter) } ?? DateGranularity.quarter.unknown)
    }

    /// "for the year", "the full year", "the fiscal year", "the current fiscal year": the reference year;
    /// "the latest fiscal year" the one before (after "for", "in", "during", "of", "through", "throughout";
    /// "the year ended ..." is a duration).
    func wholeYear(at index: Int) -> DateMatch? {
        guard isWord(index, "the"), isWord(index - 1, "for", "in", "during", "of", "through", "throughout") else { return nil }
        var position = index + 1
        let latest = isWord(position, "latest")  // "sales in the latest fiscal year": the last one over
        if latest { position += 1 }
        while isWord(position, "full", "fiscal", "current", "calendar", "entire", "whole") { position += 1 }
        guard isWord(position, "year"), !isWord(position + 1, "ended", "ending", "earlier", "ago", "before", "-"),
              !isOther(position + 1, "-")
        else { return nil }
        return DateMatch(index, position + 1, .date, resolved(.year) { TimexValue.year($0.year - (latest ? 1 : 0)) })
    }

    /// "that year", "that same month", "the same day", "the following year", "the next morning": a date
    /// relative to the last calendar date named in the document ("returned to Cuba later that year" after
    /// "June 1998" is 1998); nothing when none was named at that precision. "later"/"earlier" come from
    /// `match(at:)`; "the next year" is relative to the reference day (`duration(at:)`).
    func anaphoricDate(at index: Int) -> DateMatch? {
        guard let anchor = calendarAnchor else { return nil }
        var position = index
        let shift: Int
        if isWord(index, "that") {
            position += isWord(index + 1, "same") ? 2 : 1
            shift = 0
        } else if isWord(index, "the"), isWord(index + 1, "same") {
            position += 2
            shift = 0
        } else if isWord(index, "the"), isWord(index + 1, "following") || (isWord(index + 1, "next") && isWord(index + 2, "day", "morning")) {
            position += 2
            shift = 1
        } else {
            return nil
        }
        guard let noun = word(position) else { return nil }
        let parts = anchor.split(separator: "-").compactMap { Int($0) }
        switch noun {
        case "year" where !isWord(position + 1, "-") && !isOther(position + 1, "-"):
            return DateMatch(index, position + 1, .date, TimexValue.year(parts[0] + shift))
        case "month" where parts.count >= 2:
            let month = TimexValue.shift(year: parts[0], month: parts[1], by: shift)
            return DateMatch(index, position + 1, .date, TimexValue.month(month.year, month.month))
        case "day", "morning":
            guard parts.count == 3, shift == 1 || noun == "day",
                  let day = CalendarDay(year: parts[0], month: parts[1], day: parts[2])?.adding(days: shift)
            else { return nil }
            return DateMatch(index, position + 1, .date, TimexValue.day(day))
        default:
            return nil
        }
    }

    /// "the weekend", "over the weekend": the weekend on or before the reference day ("1990-W32-WE").
    /// "For the week", "the week's most active session": a week of the reference year that the text
    /// does not pin down ("1989-WXX"); "the week of March 6", "the week ended Friday" are left to other rules.
    func weekend(at index: Int) -> DateMatch? {
        if isWord(index, "the"), isWord(index + 1, "week"), !isWord(index + 2, "of", "ended", "ending", "before", "after", "earlier", "ago") {
            return DateMatch(index, index + 2, .date, resolved(.week) { "\(TimexValue.year($0.year))-WXX" })
        }
        guard isWord(index, "the"), isWord(index + 1, "weekend") else { return nil }
        return DateMatch(index, index + 2, .date, resolved(.week) { reference in
            TimexValue.week(of: TimexValue.weekday(6, from: reference, direction: -1, strict: false)) + "-WE"
        })
    }

    /// "now", "currently", "recently", "recent", "the past", "in the future", "the present", "future quarters",
    /// "at present", "these days", "recent years" (PRESENT_REF, PAST_REF, FUTURE_REF).
    func reference(at index: Int) -> DateMatch? {
        guard let name = word(index) else { return nil }
        if name == "the", let ordinal = word(index + 1), DateVocabulary.ordinals[ordinal] != nil, isWord(index + 2, "day"),
           isWord(index - 1, "is") || (isWord(index - 1, "s") && (isOther(index - 2, "'") || isOther(index - 2, "’"))) {
            return DateMatch(index, index + 3, .date, resolved(.day) { TimexValue.day($0) })  // "today is the eighth day of ...": today
        }
        if name == "the" || name == "these" || name == "at" {
            guard let next = word(index + 1) else { return nil }
            switch (name, next) {
            case ("the", "past"): return number(index + 2) == nil && numberPhrase(at: index + 2) == nil ? DateMatch(index, index + 2, .date, "PAST_REF") : nil
            case ("the", "future"):
                // "a rational approach to the future", "important to the future of our peoples": a topic, not a time
                if isWord(index - 1, "to") || isWord(index + 2, "of") { return nil }
                return DateMatch(index, index + 2, .date, "FUTURE_REF")
            case ("the", "near"), ("the", "short"):
                guard let noun = word(index + 2), noun == "future" || noun == "term" else { return nil }
                return DateMatch(index, index + 3, .date, "FUTURE_REF")
            case ("the", "present"), ("at", "present"): return DateMatch(index, index + 2, .date, "PRESENT_REF")
            case ("these", "days"): return DateMatch(index, index + 2, .date, "PRESENT_REF")
            default: return nil
            }
        }
        if name == "this", isWord(index + 1, "moment") || (word(index + 1) != nil && isWord(index + 2, "moment")) {
            let end = isWord(index + 1, "moment") ? index + 2 : index + 3
            return DateMatch(index, end, .date, "PRESENT_REF")  // "traveling at this crucial moment": now
        }
        if name == "a", isWord(index + 1, "while"), isWord(index - 1, "for") {
            return DateMatch(index, index + 2, .duration, "PXX")  // "live without it for a while": a duration of no known unit
        }
        if name == "a", isWord(index + 1, "later"), isWord(index + 2, "date", "time", "stage") {
            return DateMatch(index, index + 3, .date, "FUTURE_REF")  // "financing at a later date"
        }
        if name == "one", isWord(index + 1, "day"), isWord(index - 1, "will", "would", "could", "may", "might", "can", "shall") {
            return DateMatch(index, index + 2, .date, "FUTURE_REF")  // "Islam will one day be ...": some day ahead, no duration
        }
        if name == "coming" || name == "future", let unitWord = word(index + 1), unitWord.hasSuffix("s"), DateVocabulary.units[unitWord] != nil {
            return DateMatch(index, index + 2, .date, "FUTURE_REF")
        }
        if name == "recent", let unitWord = word(index + 1), unitWord.hasSuffix("s"), let unit = DateVocabulary.units[unitWord] {
            if unit == .year { return DateMatch(index, index + 2, .date, "PAST_REF") }
            return DateMatch(index, index + 2, .duration, unit.duration(nil))
        }
        if name == "then", isWord(index - 1, "until", "till"), let anchor = calendarAnchor {
            return DateMatch(index, index + 1, .date, anchor)  // "terminate on Nov. 30. Until then, ...": the date just named
        }
        if name == "then", isWord(index + 1, "current"), let inner = reference(at: index + 1), inner.value == "PRESENT_REF" {
            return DateMatch(index, inner.end, .date, "PAST_REF")  // "the then current chairman": present then, past now
        }
        guard let value = DateVocabulary.references[name] else { return nil }
        if isDiscourseConnective(at: index) { return nil }
        if name == "current" || name == "recent" {
            guard let next = word(index + 1), !["account", "accounts", "events", "affairs", "president", "members", "board"].contains(next) else {
                return nil
            }
            if ["year", "quarter", "month", "week", "period", "fiscal"].contains(next) { return nil }
        }
        return DateMatch(index, index + 1, .date, value)
    }

    /// "Now," or "Currently," opening a sentence: a discourse connective that turns the story ("Now, he
    /// says, ..."), which the corpus leaves untagged (5 of 5); "Now the court ...", "Recently," stay times.
    func isDiscourseConnective(at index: Int) -> Bool {
        guard isWord(index, "now", "currently"), isOther(index + 1, ",") else { return false }
        var start = sentenceBounds[index].lowerBound
        while start < index, tokens[start].kind == .other { start += 1 }  // an opening quote
        return start == index
    }
}
