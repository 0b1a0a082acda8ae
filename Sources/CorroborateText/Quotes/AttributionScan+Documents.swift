import CorroborateCore

extension AttributionScan {
    /// `In a new Post-ABC poll, the real estate mogul wins ...`, `In his statement, Cruz ...`: a
    /// sentence opening with "In" and a phrase of at most `maximumDocumentWords` words, ending in a
    /// document noun (`Resources/attribution-document-nouns.txt`: poll, survey, interview,
    /// statement, letter, ...) and a comma. The phrase is the source, "In" the cue, the rest of the
    /// clause the content.
    mutating func findDocumentSource(in sentence: Int) {
        let bounds = sentenceTokens[sentence]
        var start = bounds.lowerBound
        while start < bounds.upperBound, !tokens[start].isWord { start += 1 }
        guard start < bounds.upperBound, tokens[start].lower == "in", !claimed[start] else { return }
        var comma = start + 1
        while comma < bounds.upperBound, comma - start <= Self.maximumDocumentWords, tokens[comma].lower != "," {
            guard tokens[comma].isWord || tokens[comma].kind == .possessive || tokens[comma].lower == "-" || tokens[comma].lower == "/"
            else { return }
            comma += 1
        }
        guard comma < bounds.upperBound, comma > start + 1, tokens[comma].lower == ",",
            detector.documentNouns.contains(tokens[comma - 1].lower)
        else { return }
        let clause = clause(around: comma + 1, within: bounds)
        add(content: (comma + 1)..<clause.upperBound, speaker: (start + 1)..<comma, cue: start..<(start + 1))
    }

    static let maximumDocumentWords = 12

    /// `asked (reporters) why/whether/what/if ...` and a sentence-opening `Asked whether ..., X
    /// said`: the question is the content, up to the clause's next comma when the sentence opens
    /// with "Asked". The asker is the speaker when the phrase rules or a loose subject find one.
    mutating func reportQuestion(_ cue: Range<Int>, _ bounds: Range<Int>) -> Bool {
        var index = cue.upperBound
        while index < bounds.upperBound, index - cue.upperBound < 5, !Self.questionWords.contains(tokens[index].lower) {
            guard tokens[index].isWord else { return false }
            index += 1
        }
        guard index < bounds.upperBound, Self.questionWords.contains(tokens[index].lower) else { return false }
        var end = bounds.upperBound
        if cue.lowerBound == bounds.lowerBound || tokens[cue.lowerBound].isCapitalized {
            end = (index..<bounds.upperBound).first { tokens[$0].lower == "," } ?? bounds.upperBound
        }
        let speaker = speaker(for: cue)?.range ?? phrases.loose(endingAt: cue.lowerBound, floor: bounds.lowerBound, tokens)
        return add(content: index..<end, speaker: speaker.flatMap { isFree($0) && !$0.contains { claimed[$0] } ? $0 : nil }, cue: cue)
    }

    static let questionWords: Set<String> = ["why", "whether", "what", "if", "who", "which", "how", "when", "where", "about"]
}
