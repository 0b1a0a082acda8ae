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

    /// Where a time adjunct starting at `start` ends ("said Tuesday they could not", "said late on
    /// Monday the talks"): the first token after it, or `start` when there is none. A day that
    /// owns the next words ("said Tuesday's vote was") is the content's own subject, not an adjunct.
    static func timeAdjunctEnd(startingAt start: Int, ceiling: Int, _ tokens: [ScanToken]) -> Int {
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
