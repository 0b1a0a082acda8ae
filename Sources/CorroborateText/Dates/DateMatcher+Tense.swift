import CorroborateCore

extension DateMatcher {
    /// Whether the clause around tokens `first..<end` talks about the future (+1) or not (-1).
    ///
    /// The nearest cue wins, looking back up to 8 tokens within the sentence, then ahead up to 4:
    /// future cues are `DateVocabulary.futureCues`, "is/are/am + -ing" ("is meeting on Thursday"),
    /// and "to" + verb ("agreed to meet Thursday"); past cues are `DateVocabulary.pastCues` and
    /// words ending in "ed". With no cue the clause is past (news reports what happened).
    func tense(first: Int, end: Int) -> Int {
        guard first < tokens.count else { return -1 }
        let bounds = sentenceBounds[first]
        var index = first - 1
        while index >= max(bounds.lowerBound, first - 8) {
            if let cue = cue(at: index, nextToTimex: index == first - 1) { return cue }
            index -= 1
        }
        index = end
        while index < min(bounds.upperBound, end + 4) {
            if let cue = cue(at: index, nextToTimex: false) { return cue }
            index += 1
        }
        return -1
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
