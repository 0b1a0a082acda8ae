import CorroborateCore

extension AttributionScan {
    /// The most tokens an aside after the cue may hold between the two parts of a split quote.
    static let maximumSplitAsideTokens = 30

    /// Whether the quote opening at token `open` continues a quote split by its attribution and
    /// words after it: `“A,” he said of Trump and Ryan, “B.”`, `"A," said X, an economist who
    /// ..., "B."`, `“A,” Trumka said in March, “but B.”` (PolNeAR joins A and B). The words from
    /// token `start` (after the speaker and cue) to the mark are an aside ending with a comma right
    /// before the mark: no quotation mark, line break or sentence, clause or colon punctuation inside,
    /// no other cue ("Beck joked, again using ..." is one cue), at most
    /// `maximumSplitAsideTokens` tokens. A title in quotation marks ("in her memoir, “Tough
    /// Choices.”") is nobody's words.
    func continuesAfterAside(from start: Int, opening open: Int, segment: Int) -> Bool {
        guard open - start >= 2, open - start <= Self.maximumSplitAsideTokens, tokens[open - 1].lower == "," else { return false }
        for index in start..<(open - 1) {
            let token = tokens[index]
            if token.kind == .openQuote || token.kind == .closeQuote || token.kind == .lineBreak { return false }
            if [".", "?", "!", ";", ":", "(", ")"].contains(token.lower) { return false }
            if token.isWord, cue(at: index, anyVerbClass: true) != nil { return false }
        }
        return !isWorkTitle(segments[segment])
    }
}
