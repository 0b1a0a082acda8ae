extension AttributionScan {
    /// Whether `range`, the words before a speaker's comma, is a participial phrase that sets the
    /// scene of the statement and reports nothing ("Speaking at a news conference in Ankara today,
    /// Erdogan described ...", "Asked about the plan, Erdogan said ..."): it opens with a participle of
    /// `participialOpeners`, or a word in -ing followed by a preposition, and holds no finite verb and
    /// no comma, so it is no content of the cue after it ("Running for office is hard, she said" is one).
    func isParticipialOpening(_ range: Range<Int>) -> Bool {
        guard let first = openingWord(in: range) else { return false }
        let word = tokens[first].lower
        let opens = Self.participialOpeners.contains(word)
            || (word.count > 5 && word.hasSuffix("ing") && first + 1 < range.upperBound
                && Self.participleObjects.contains(tokens[first + 1].lower))
        guard opens else { return false }
        return !range.contains { Self.finiteWords.contains(tokens[$0].lower) || (tokens[$0].lower == "," && segmentOf[$0] < 0) }
    }

    /// Past participles that open a scene-setting phrase ("Asked about ...", "Pressed on ...").
    static let participialOpeners: Set<String> = ["asked", "pressed", "questioned", "interviewed", "reached", "contacted", "approached"]

    /// Words that follow a participle in a scene-setting phrase ("Speaking at", "Responding to", "Writing on").
    static let participleObjects: Set<String> = SpeakerPhrases.prepositions.union(["about", "into", "through", "over", "after", "outside", "alongside"])
}
