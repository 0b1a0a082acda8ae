import CorroborateCore

/// The date tagger's working state for one document: its tokens, the reference day, the sentence
/// each token is in, and the last quarter mentioned (the anchor of "a year earlier" in earnings news).
struct DateMatcher {
    let tokens: [DateToken]
    let reference: CalendarDay?
    /// For each token, the index of the first token of its sentence and one past its last.
    let sentenceBounds: [Range<Int>]
    /// The last quarter resolved in the document that had ended by the reference day ("1989-Q3"), as (year, quarter).
    var quarterAnchor: (year: Int, quarter: Int)? = nil
    /// The last day named in the document ("Oct. 23", "Friday"), the day a bare clock time is on.
    var dayAnchor: String? = nil
    /// The last calendar date named in the document ("1998", "1998-06", "1995-05-22"), the date
    /// "that year", "later that month" and "the following year" refer to.
    var calendarAnchor: String? = nil
    /// The span of months last named ("For the nine months": "P9M") when no quarter was named after it, the
    /// period "the year-earlier period" then compares with.
    var monthsAnchor: String? = nil

    init(tokens: [DateToken], reference: CalendarDay?, sentences: [TextRange]) {
        self.tokens = tokens
        self.reference = reference
        self.sentenceBounds = Self.bounds(of: tokens, in: sentences)
    }

    /// All matches, left to right, longest first at each position, never overlapping.
    mutating func matches() -> [DateMatch] {
        var result: [DateMatch] = []
        var index = 0
        while index < tokens.count {
            if isTrigger(index), let found = match(at: index) {
                result.append(found)
                index = max(found.end, index + 1)
            } else {
                index += 1
            }
        }
        return result
    }

    /// The longest match starting at `index`, with an optional modifier ("early", "mid-") before it, or
    /// an approximator before a count ("nearly two years", "more than four decades ago", "at least 30 days").
    mutating func match(at index: Int) -> DateMatch? {
        if let after = approximator(at: index), numberPhrase(at: after) != nil || isWord(after, "the") {
            if let core = core(at: after) { return DateMatch(index, core.end, core.type, core.value) }
        }
        if let around = aroundDay(at: index) { return around }
        if isWord(index, "the"), isWord(index + 1, "end", "beginning", "middle", "start"), isWord(index + 2, "of"),
           let inner = match(at: index + 1) {
            return DateMatch(index, inner.end, inner.type, inner.value)  // "the end of the month"
        }
        if let modifier = word(index), DateVocabulary.modifiers.contains(modifier) {
            var next = index + 1
            if isOther(next, "-") { next += 1 }
            if word(next) == "in" || word(next) == "of" { next += 1 }
            if let core = core(at: next) { return DateMatch(index, core.end, core.type, core.value) }
            return nil
        }
        return core(at: index)
    }

    /// The index after an approximator at `index` ("nearly", "more than", "less than", "fewer than",
    /// "at least", "up to"), which TimeML keeps inside the span.
    func approximator(at index: Int) -> Int? {
        guard let first = word(index) else { return nil }
        if first == "nearly" { return index + 1 }
        guard let second = word(index + 1), DateVocabulary.approximators[first] == second else { return nil }
        return index + 2
    }

    /// The longest match of any rule at `index`.
    mutating func core(at index: Int) -> DateMatch? {
        guard index < tokens.count, tokens[index].kind != .other || isOther(index, "'") || isOther(index, "’") else { return nil }
        var found: DateMatch? = nil
        for rule in 0..<Self.ruleCount {
            if let candidate = apply(rule, at: index), candidate.end > (found?.end ?? Int.min) { found = candidate }
        }
        guard var best = found else { return nil }
        if isOther(best.end, "-"), isWord(best.end + 1, "to") { return nil }  // "the quarter-to-quarter comparison", "day-to-day"
        if best.value.contains("-Q"), (index..<best.end).contains(where: { isWord($0, "quarter") }),
           !(index..<best.end).contains(where: { isWord($0, "ago", "earlier", "last") }), let parsed = Self.parseQuarter(best.value),
           isReported(parsed) || explicitTense(first: index, end: best.end) < 0 {
            if !isAnotherQuarter(index..<best.end) { quarterAnchor = parsed }
        }
        if best.value.contains("-Q") { monthsAnchor = nil }
        if best.type == .duration, best.value.hasPrefix("P"), best.value.hasSuffix("M"), !best.value.contains("T"), isWord(index, "the") {
            monthsAnchor = best.value
        }
        if best.end <= index { best.end = index + 1 }
        if best.value.count == 10, best.value.first?.isNumber == true, best.type == .date { dayAnchor = best.value }
        if best.type == .date, Self.isCalendarDate(best.value) { calendarAnchor = best.value }
        return best
    }

    /// Whether the quarter named at `range` is one set against the quarter reported: a noun after "a"
    /// ("after a flat second quarter"), where "a third-quarter loss" (an adjective) is the one reported.
    func isAnotherQuarter(_ range: Range<Int>) -> Bool {
        let indefinite = isWord(range.lowerBound, "a", "an") || isWord(range.lowerBound - 1, "a", "an")
            || isWord(range.lowerBound - 2, "a", "an")
        return indefinite && !range.contains { isOther($0, "-") }
    }

    /// Whether a rule can start at `index` (a number, "'" before a decade, or a trigger word). A
    /// capitalised word right after another capitalised word is part of a name ("Japan Today",
    /// "VOA Today", "Once Monthly Annual"), unless it is a month or weekday ("Friday, Nov. 8").
    func isTrigger(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.capitalized, index > 0, tokens[index - 1].capitalized, tokens[index - 1].end < token.start,
           DateVocabulary.months[token.lower] == nil, DateVocabulary.weekdays[token.lower] == nil,
           !DateVocabulary.triggers.contains(tokens[index - 1].lower) {
            return false
        }
        switch token.kind {
        case .number: return true
        case .other: return token.lower == "'" || token.lower == "’"
        case .word:
            guard DateVocabulary.triggers.contains(token.lower) else { return false }
            guard DateVocabulary.weakTriggers.contains(token.lower) else { return true }
            if token.lower == "then", isWord(index - 1, "until", "till") { return true }  // "Until then"
            guard index + 1 < tokens.count else { return false }
            let next = tokens[index + 1]
            return next.kind == .number || (next.kind == .word && DateVocabulary.triggers.contains(next.lower))
                || DateVocabulary.approximators[token.lower] == next.lower  // "at least"
        }
    }

    /// The number of rules `apply(_:at:)` knows; on equal length the earlier rule wins.
    static let ruleCount = 25

    /// Rule number `rule` at `index` (a switch, so trying every rule allocates nothing).
    func apply(_ rule: Int, at index: Int) -> DateMatch? {
        switch rule {
        case 0: monthDate(at: index)
        case 1: monthOfRelativeYear(at: index)
        case 2: dayMonth(at: index)
        case 3: numericDate(at: index)
        case 4: year(at: index)
        case 5: weekday(at: index)
        case 6: deictic(at: index)
        case 7: relative(at: index)
        case 8: reference(at: index)
        case 9: ago(at: index)
        case 10: duration(at: index)
        case 11: quarter(at: index)
        case 12: clockTime(at: index)
        case 13: recurrence(at: index)
        case 14: weekend(at: index)
        case 15: wholeYear(at: index)
        case 16: spokenYear(at: index)
        case 17: holiday(at: index)
        case 18: season(at: index)
        case 19: namedPeriod(at: index)
        case 20: anaphoricDate(at: index)
        case 21: halfDuration(at: index)
        case 22: dayPart(at: index)
        case 23: conjoinedDay(at: index)
        case 24: yearEnd(at: index)
        default: nil
        }
    }

    // MARK: token access

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].lower : nil
    }

    func isWord(_ index: Int, _ words: String...) -> Bool { word(index).map(words.contains) ?? false }

    func isOther(_ index: Int, _ text: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .other && tokens[index].lower == text
    }

    func number(_ index: Int) -> Int? { index >= 0 && index < tokens.count ? tokens[index].integer : nil }

    /// A four-digit year 1000-2099 at `index`.
    func yearNumber(_ index: Int) -> Int? {
        guard let value = number(index), tokens[index].lower.utf8.count == 4, (1000...2099).contains(value) else { return nil }
        return value
    }

    /// `value` resolved against the reference day, or the unknown placeholder of `granularity`.
    func resolved(_ granularity: DateGranularity, _ compute: (CalendarDay) -> String) -> String {
        reference.map(compute) ?? granularity.unknown
    }

    /// Whether a quarter had ended before the reference month, so results can be reported for it
    /// ("fourth-quarter charge" in a November story looks ahead and anchors nothing).
    func isReported(_ quarter: (year: Int, quarter: Int)) -> Bool {
        guard let reference else { return true }
        return quarter.year * 12 + quarter.quarter * 3 < reference.year * 12 + reference.month
    }

    /// Whether `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func isCalendarDate(_ value: String) -> Bool {
        let utf8 = Array(value.utf8)
        guard [4, 7, 10].contains(utf8.count) else { return false }
        return utf8.indices.allSatisfy { index in
            index == 4 || index == 7 ? utf8[index] == UInt8(ascii: "-") : (48...57).contains(utf8[index])
        }
    }

    static func parseQuarter(_ value: String) -> (year: Int, quarter: Int)? {
        let parts = value.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst())
        else { return nil }
        return (year, quarter)
    }

    static func bounds(of tokens: [DateToken], in sentences: [TextRange]) -> [Range<Int>] {
        var result = [Range<Int>](repeating: 0..<tokens.count, count: tokens.count)
        var sentence = 0
        var index = 0
        while index < tokens.count {
            while sentence < sentences.count, sentences[sentence].end <= tokens[index].start { sentence += 1 }
            guard sentence < sentences.count, sentences[sentence].start <= tokens[index].start else { index += 1; continue }
            var end = index
            while end < tokens.count, tokens[end].start < sentences[sentence].end { end += 1 }
            for position in index..<end { result[position] = index..<end }
            index = end
        }
        return result
    }
}
