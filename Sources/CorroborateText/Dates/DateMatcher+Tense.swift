import CorroborateCore

extension DateMatcher {
    /// Whether the clause around tokens `first..<end` talks about the future (+1) or not (-1).
    ///
    /// The nearest cue wins, looking back up to 10 words within the sentence, then ahead up to 4:
    /// future cues are `DateVocabulary.futureCues`, "is/are/am + -ing" ("is meeting on Thursday"),
    /// and "to" + verb ("agreed to meet Thursday"); past cues are `DateVocabulary.pastCues` and
    /// words ending in "ed". With no cue the clause is past (news reports what happened).
    func tense(first: Int, end: Int) -> Int {
        let found = explicitTense(first: first, end: end)
        return found == 0 ? -1 : found
    }

    /// The nearest tense cue around tokens `first..<end`: +1 future, -1 past, 0 when there is none.
    func explicitTense(first: Int, end: Int) -> Int {
        guard first < tokens.count else { return 0 }
        let bounds = sentenceBounds[first]
        var index = first - 1
        var words = 0
        while index >= bounds.lowerBound, words < 10 {
            if let cue = cue(at: index, nextToTimex: index == first - 1) { return cue }
            if tokens[index].kind == .word { words += 1 }
            index -= 1
        }
        index = end
        while index < min(bounds.upperBound, end + 4) {
            if let cue = cue(at: index, nextToTimex: false) { return cue }
            index += 1
        }
        return 0
    }

    private func cue(at index: Int, nextToTimex: Bool) -> Int? {
        guard let word = word(index) else { return nil }
        if DateVocabulary.futureCues.contains(word) { return 1 }
        if word.hasSuffix("ing"), isWord(index - 1, "is", "are", "am", "be") { return 1 }
        if word == "to", !nextToTimex, isOther(index - 1, "'") == false, self.word(index + 1) != nil,
           !isWord(index + 1, "the", "a", "an") { return 1 }
        if DateVocabulary.pastCues.contains(word) { return -1 }
        if word.count > 4, word.hasSuffix("ed") { return -1 }
        return nil
    }
}
