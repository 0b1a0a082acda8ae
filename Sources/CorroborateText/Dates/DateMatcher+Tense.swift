import CorroborateCore

extension DateMatcher {
    /// Whether the clause around tokens `first..<end` talks about the future (+1) or not (-1).
    func tense(first: Int, end: Int) -> Int {
        let found = explicitTense(first: first, end: end)
        return found == 0 ? -1 : found
    }

    /// The nearest tense cue around tokens `first..<end`: +1 future, -1 past, 0 when there is none.
    ///
    /// Looks back up to 10 words within the sentence, then ahead up to 4 tokens. Future cues are
    /// `DateVocabulary.futureCues` (not "next to"; "plans"/"set" only before "to"/"for"; past after
    /// "had (been)": "had been scheduled to expire Friday"), "is/are/am/be + -ing" ("is meeting on Thursday"), the present
    /// "meet(s)" ("Arafat meet separately Monday"; not after "did", "not"), and "to" + a
    /// lower-case verb within 4 words ("agreed to meet Thursday"); past cues are
    /// `DateVocabulary.pastCues` and lower-case words of 5+ letters ending in "ed" (not after an article:
    /// "the United States", "a planned visit"; not "succeed", "exceed"). "effective" right before the
    /// date makes it future.
    func explicitTense(first: Int, end: Int) -> Int {
        guard first < tokens.count else { return 0 }
        if isWord(first - 1, "effective") { return 1 }  // "a pact effective June 1": the day it starts
        if isWord(first - 1, "as"), isWord(first - 2, "early", "soon"), isWord(first - 3, "as") { return 1 }  // "as early as Tuesday"
        let bounds = sentenceBounds[first]
        var index = first - 1
        var words = 0
        while index >= bounds.lowerBound, words < 10 {
            if let cue = cue(at: index, wordsBack: words) { return cue }
            if tokens[index].kind == .word { words += 1 }
            index -= 1
        }
        index = end
        while index < min(bounds.upperBound, end + 4) {
            if let cue = cue(at: index, wordsBack: nil) { return cue }
            index += 1
        }
        return opensPeriod(before: first) ? 1 : 0
    }

    /// "from Wednesday", "starting Monday": with no tense cue in the clause, a period that opens
    /// on the day lies ahead ("Ferries run every fifteen minutes from Wednesday").
    private func opensPeriod(before first: Int) -> Bool {
        guard first > 0, let word = word(first - 1) else { return false }
        return DateVocabulary.periodOpeners.contains(word)
    }

    /// +1 for the future cue at `index`, -1 when a past perfect is among the three words before it
    /// ("had been scheduled", "previously scheduled", "had been due to expire").
    private func futureUnlessPerfect(_ index: Int) -> Int {
        let perfect = (index - 3..<index).contains { word($0).map(DateVocabulary.pastPerfect.contains) ?? false }
        return perfect ? -1 : 1
    }

    /// The tense a word signals, if any; `wordsBack` is its distance before the timex (nil after it).
    private func cue(at index: Int, wordsBack: Int?) -> Int? {
        guard let word = word(index) else { return nil }
        if word == "next", isWord(index + 1, "to") { return nil }
        if DateVocabulary.futureBeforeTo.contains(word) { return isWord(index + 1, "to", "for") ? futureUnlessPerfect(index) : nil }
        if word == "until" || word == "till", sentenceBounds[index].contains(where: { isWord($0, "had") }) {
            return -1  // "Until Thursday, they had not called Kopp a suspect": up to a day now past
        }
        if DateVocabulary.futureCues.contains(word) { return futureUnlessPerfect(index) }
        if word == "meet" || word == "meets", !isWord(index - 1, "did", "not", "never", "t") { return 1 }  // "They meet Monday": a meeting set
        if word.hasSuffix("ing"), isWord(index - 1, "is", "are", "am", "be") { return 1 }
        if word == "to", let distance = wordsBack, distance >= 1, distance <= 4, index + 1 < tokens.count,
           tokens[index + 1].kind == .word, !tokens[index + 1].capitalized,
           !isWord(index + 1, "the", "a", "an", "his", "her", "their", "its", "be") {
            return futureUnlessPerfect(index)
        }
        if DateVocabulary.pastCues.contains(word) { return -1 }
        if word.count > 4, word.hasSuffix("ed"), !word.hasSuffix("eed"), !tokens[index].capitalized, !isWord(index - 1, "the", "a", "an") { return -1 }
        return nil
    }
}
