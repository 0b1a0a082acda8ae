import CorroborateCore

extension SpeakerPhrases {
    /// Where a subject ends when a non-restrictive relative clause stands between it and its verb:
    /// in "The video, which gives no hint as to where Foley was being held, then shows", the
    /// speaker ends before ", which", not with "Foley was being held". `end` is the position right
    /// after the clause's closing comma; the result is the position of its opening comma, or `end`
    /// when no such clause (at most `maximumRelativeWords` long, within one sentence, commas
    /// inside it allowed: ", whose real name is Paul Horner from Phoenix, Arizona,") closes there.
    static func relativeClauseStart(endingAt end: Int, floor: Int, _ tokens: [ScanToken]) -> Int {
        guard end - 1 > floor, tokens[end - 1].lower == "," else { return end }
        var cursor = end - 2
        while cursor > floor, end - cursor < maximumRelativeWords {
            let token = tokens[cursor]
            if token.kind == .openQuote || token.kind == .closeQuote || token.kind == .lineBreak
                || [";", ":", ".", "(", ")", "—", "–"].contains(token.lower)
            {
                return end
            }
            if token.lower == ",", relativeWords.contains(tokens[cursor + 1].lower) {
                return cursor > floor ? cursor : end
            }
            cursor -= 1
        }
        return end
    }

    static let maximumRelativeWords = 30
    static let relativeWords: Set<String> = ["which", "who", "whose", "whom"]
}
