/// "Darrell Issa, R-Calif., said Gonzalez got deep enough into the White House": a name after the
/// verb that a lower-case verb follows is the subject of what was said, not an inverted speaker
/// ("..., said Peskov on Monday", "said Smith of Reuters", "said Jones recently" stay speakers).
extension AttributionScan {
    /// Whether the word after the name that opens an inverted speaker phrase (its strict phrase: names,
    /// titles, source nouns: "Democratic strategist Hank Sheinkopf") continues it as a clause: a lower-case word that is no stop word, preposition or "-ly" adverb.
    func opensComplement(after phrase: Range<Int>, ceiling: Int) -> Bool {
        // A modal or auxiliary right after the phrase makes it a subject: ", said the engineer would be next".
        if phrase.upperBound < ceiling, SpeakerPhrases.auxiliaries.contains(tokens[phrase.upperBound].lower) { return true }
        // The word after the phrase's opening name ("Gonzalez got deep enough into the White House").
        guard tokens[phrase.lowerBound].isCapitalized, let name = phrases.strictAfter(phrase.lowerBound, ceiling: ceiling, tokens) else { return false }
        let end = name.upperBound
        guard end < ceiling else { return false }
        let next = tokens[end]
        guard next.isWord, !next.isCapitalized, next.lower.first?.isLetter == true else { return false }
        // Role nouns between names ("explained CBS moderator Nancy Cordes", "says MIT asteroid expert
        // Richard Binzel") continue the phrase.
        var index = end
        while index < ceiling, index - end < Self.roleNounWords, tokens[index].isWord, !tokens[index].isCapitalized,
              !Self.clauseWords.contains(tokens[index].lower), !SpeakerPhrases.stops.contains(tokens[index].lower)
        {
            index += 1
        }
        if index > end, index < ceiling, tokens[index].isWord, tokens[index].isCapitalized { return false }
        return !SpeakerPhrases.stops.contains(next.lower) && !Self.prepositions.contains(next.lower)
            && !Self.phraseContinuations.contains(next.lower) && !next.lower.hasSuffix("ly")
    }

    /// The most lower-case role nouns between two capitalised parts of a speaker phrase.
    static let roleNounWords = 3
    /// Words that never belong to a role between names: prepositions and determiners.
    static let clauseWords: Set<String> = ["the", "a", "an", "into", "onto", "of", "from", "for", "with", "by", "his", "her", "their", "its"]

    /// Lower-case words that may follow an inverted speaker without opening a clause.
    static let phraseContinuations: Set<String> = [
        "of", "from", "for", "with", "about", "by", "via", "through", "under", "over", "into", "outside", "inside",
        "near", "among", "here", "there", "now", "then", "again", "too", "also", "recently", "yesterday", "today",
        "tonight", "afterward", "afterwards", "shortly", "himself", "herself", "themselves", "itself", "alone", "jr", "sr",
    ]
}

/// "Mr. de Blasio finds himself under increasing pressure", "they found themselves", "he rarely shows himself
/// publicly": "find" or "show" with a reflexive object reports nothing ("portrayed himself as", "asking yourself" still may), and a
/// reflexive pronoun is never a cue itself.
extension AttributionScan {
    /// Whether token `index` is a form of "find" or "show" and a reflexive pronoun follows it, or "its way".
    func takesReflexive(_ index: Int) -> Bool {
        guard Self.findForms.contains(tokens[index].lower), index + 1 < tokens.count else { return false }
        if Self.reflexives.contains(tokens[index + 1].lower) { return true }
        // "has somehow found its way to the front lines": the idiom reports nothing.
        return index + 2 < tokens.count && Self.possessivePronouns.contains(tokens[index + 1].lower) && tokens[index + 2].lower == "way"
    }

    /// Whether token `index` is "adding" as the progressive of "add" with an object ("Apple has been adding more
    /// channels to the Apple TV", "is adding to the pressure"): after a form of "be", before a word other than
    /// "that"; "was adding, “...”" and "is adding that ..." still report.
    func isProgressiveAdding(_ index: Int) -> Bool {
        guard tokens[index].lower == "adding", index > 0, Self.passiveAuxiliaries.contains(tokens[index - 1].lower), index + 1 < tokens.count
        else { return false }
        return tokens[index + 1].isWord && tokens[index + 1].lower != "that"
    }

    static let possessivePronouns: Set<String> = ["its", "their", "his", "her", "my", "our", "your"]

    static let findForms: Set<String> = ["find", "finds", "found", "finding", "show", "shows", "showed", "shown", "showing"]

    static let reflexives: Set<String> = ["himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves"]
}
