/// Time adjuncts between a subject and its verb ("The Kremlin on Monday denied", "Reyhl late on
/// Wednesday said", "officials last week said"): they date the statement and are no part of
/// the speaker.
extension SpeakerPhrases {
    static let dayWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "weekend",
    ]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]
    static let periods: Set<String> = ["week", "month", "year"]

    /// Where a time adjunct ending right before `end` starts; `end` when there is none.
    static func timeAdjunctStart(endingAt end: Int, floor: Int, _ tokens: [ScanToken]) -> Int {
        if let dated = datedAdjunctStart(endingAt: end, floor: floor, tokens) { return dated }
        var start = end
        if start > floor, partsOfDay.contains(tokens[start - 1].lower) { start -= 1 }
        if start > floor, dayWords.contains(tokens[start - 1].lower) {
            start -= 1
        } else if start - 1 > floor, periods.contains(tokens[start - 1].lower),
            ["last", "this", "next", "earlier", "later"].contains(tokens[start - 2].lower)
        {
            start -= 2
        } else {
            return end
        }
        while start > floor, ["on", "late", "early", "earlier", "later", "this", "last"].contains(tokens[start - 1].lower) {
            start -= 1
        }
        return start
    }

    /// Whether `token` is a number of so many digits: a day ("5") or a year ("2013").
    static func isNumeral(_ token: ScanToken, digits: ClosedRange<Int>) -> Bool {
        !token.lower.isEmpty && token.lower.allSatisfy(\.isNumber) && digits.contains(token.lower.count)
    }

    /// Where a preposition and a calendar date ending right before `end` start: "The most recent poll [in December
    /// 2013] found", "officials [on March 5] said", "a study [in 2012] showed".
    static func datedAdjunctStart(endingAt end: Int, floor: Int, _ tokens: [ScanToken]) -> Int? {
        func isNumber(_ index: Int, digits: ClosedRange<Int>) -> Bool { index >= floor && isNumeral(tokens[index], digits: digits) }
        var start = end
        var hasYear = false
        if isNumber(start - 1, digits: 4...4) {
            start -= 1
            hasYear = true
            if start - 2 >= floor, tokens[start - 1].lower == ",", isNumber(start - 2, digits: 1...2) { start -= 2 }  // "March 5, 2013"
        } else if isNumber(start - 1, digits: 1...2) {
            start -= 1  // "March 5"
            guard start - 1 >= floor, DateVocabulary.fullMonths.contains(tokens[start - 1].lower) else { return nil }
        }
        if start - 1 >= floor, DateVocabulary.fullMonths.contains(tokens[start - 1].lower), tokens[start - 1].isCapitalized {
            start -= 1
        } else if !hasYear || start < end - 1 {
            return nil
        }
        while start - 1 >= floor, ["early", "late", "mid"].contains(tokens[start - 1].lower) { start -= 1 }  // "in early May"
        guard start - 1 >= floor, ["in", "on", "since", "during"].contains(tokens[start - 1].lower) else { return nil }
        return start - 1
    }

    /// Where a preposition and a calendar date starting at `start` end, when a word follows: "said [in May 2014]
    /// that", "said [on March 5] the plan".
    static func datedAdjunctEnd(startingAt start: Int, ceiling: Int, _ tokens: [ScanToken]) -> Int? {
        func isNumber(_ index: Int, digits: ClosedRange<Int>) -> Bool { index < ceiling && isNumeral(tokens[index], digits: digits) }
        guard start < ceiling, ["in", "on"].contains(tokens[start].lower) else { return nil }
        var end = start + 1
        while end < ceiling, ["early", "late", "mid"].contains(tokens[end].lower) { end += 1 }
        if end < ceiling, DateVocabulary.fullMonths.contains(tokens[end].lower), tokens[end].isCapitalized {
            end += 1
            if isNumber(end, digits: 1...2) { end += 1 }
            if end + 1 < ceiling, tokens[end].lower == ",", isNumber(end + 1, digits: 4...4) { end += 1 }
            if isNumber(end, digits: 4...4) { end += 1 }
        } else if isNumber(end, digits: 4...4) {
            end += 1
        } else {
            return nil
        }
        guard end < ceiling, tokens[end].isWord else { return nil }
        return end
    }

    /// Where a time adjunct starting at `start` ends ("said Tuesday they could not", "said late on
    /// Monday the talks"): the first token after it, or `start` when there is none. A day that
    /// owns the next words ("said Tuesday's vote was") is the content's own subject, not an adjunct.
    static func timeAdjunctEnd(startingAt start: Int, ceiling: Int, _ tokens: [ScanToken]) -> Int {
        if let dated = datedAdjunctEnd(startingAt: start, ceiling: ceiling, tokens) { return dated }
        var end = start
        while end < ceiling, ["on", "late", "early", "earlier", "later"].contains(tokens[end].lower) { end += 1 }
        if end < ceiling, dayWords.contains(tokens[end].lower) {
            end += 1
        } else if end + 1 < ceiling, ["last", "this", "earlier"].contains(tokens[end].lower), periods.contains(tokens[end + 1].lower) {
            end += 2
        } else if end + 1 < ceiling, ["last", "this"].contains(tokens[end].lower), partsOfDay.contains(tokens[end + 1].lower) {
            // "Last night a Palace spokesman told the Sun", "said this morning".
            end += 1
        } else {
            return start
        }
        if end < ceiling, partsOfDay.contains(tokens[end].lower) { end += 1 }
        guard end < ceiling, tokens[end].isWord || tokens[end].lower == "," else { return start }
        return end
    }
}
