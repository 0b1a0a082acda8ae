extension AttributionScan {
    /// A content after its cue ends before a coordinated clause that reports on its own, or a contrast
    /// the speaker did not state (PolNeAR's convention): "Beck said [he wouldn't expect ...], but he said
    /// [Trump could crack ...]" leaves the second clause free for its own cue, and "Sanders said [there
    /// had been some gains], but he pressed Clinton to do more" ends at the contrast. For a content
    /// `content` after its cue `cue`: the "and" or "but" (with at least `coordinatedReportMinimumWords`
    /// words before it) that a coordinated report verb follows within `coordinatedReportReach` words
    /// (`reportsOnItsOwn`), or a ", but" before a subject pronoun (`opensContrast`); nil when there is
    /// none. The scan stops at the first quotation mark: what a quote holds is the speaker's own wording.
    func coordinatedReportEnd(content: Range<Int>, cue: Range<Int>) -> Int? {
        guard cue.upperBound <= content.lowerBound else { return nil }
        var words = 0
        for index in content {
            if segmentOf[index] >= 0 || tokens[index].kind == .openQuote || tokens[index].kind == .closeQuote { return nil }
            guard tokens[index].isWord else { continue }
            if Self.coordinators.contains(tokens[index].lower), words >= Self.coordinatedReportMinimumWords,
                reportsOnItsOwn(after: index, before: content.upperBound) || opensContrast(at: index, before: content.upperBound)
            {
                return index
            }
            words += 1
        }
        return nil
    }

    /// Whether ", but" and a subject pronoun open a clause at `index` ("..., but he did not apologize"):
    /// a contrast the speaker's content does not hold.
    private func opensContrast(at index: Int, before limit: Int) -> Bool {
        guard tokens[index].lower == "but", index > 0, tokens[index - 1].lower == ",", index + 1 < limit else { return false }
        return Self.contrastSubjects.contains(tokens[index + 1].lower)
    }

    /// Subject pronouns that open a contrasting clause after ", but".
    static let contrastSubjects: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

    /// Whether a coordinated report verb comes within `coordinatedReportReach` words after the
    /// conjunction at `index` with no clause punctuation, quotation mark, relative pronoun or "to"
    /// between ("but he said", "and Republican leaders insisted").
    private func reportsOnItsOwn(after index: Int, before limit: Int) -> Bool {
        var cursor = index + 1, words = 0
        while cursor < limit, words < Self.coordinatedReportReach {
            let token = tokens[cursor]
            if segmentOf[cursor] >= 0 || token.kind == .openQuote || token.kind == .closeQuote
                || Self.clausePunctuation.contains(token.lower) || Self.subordinators.contains(token.lower)
            {
                return false
            }
            if token.isWord, !token.isCapitalized, detector.coordinatedReportVerbs.contains(token.lower) {
                return true
            }
            if token.isWord { words += 1 }
            cursor += 1
        }
        return false
    }

    /// Whether the cue at `index` follows a coordinator, past auxiliaries and adverbs ("but has said",
    /// "and later said"): a clause with no subject of its own, whose speaker is the clause's before it.
    func followsCoordinator(_ index: Int, floor: Int) -> Bool {
        var before = index - 1
        while before > floor, Self.auxiliaries.contains(tokens[before].lower) || tokens[before].lower.hasSuffix("ly") {
            before -= 1
        }
        return before >= floor && Self.coordinators.contains(tokens[before].lower)
    }

    /// Auxiliaries and adverbs between a coordinator and its verb ("but has since said").
    static let auxiliaries: Set<String> = ["has", "have", "had", "also", "then", "later", "since", "still"]

    /// Conjunctions that open a coordinated clause ("..., but he said ...", "... and officials argued ...").
    static let coordinators: Set<String> = ["and", "but"]

    /// Words after the conjunction that make the verb's clause part of the content ("and that he might",
    /// "and admirals, most of whom had announced", "and urged them to say", "and how experts say").
    static let subordinators: Set<String> = [
        "that", "which", "who", "whom", "whose", "to", "how", "what", "why", "when", "where", "whether", "if",
    ]

    /// Punctuation that ends the reach of a coordinated clause's subject.
    static let clausePunctuation: Set<String> = [",", ";", ":", ".", "-", "–", "—", "(", ")"]

    /// How many words after the conjunction its reporting verb may come (the words of a subject between).
    static let coordinatedReportReach = 7

    /// How many words a content keeps at least before a coordinated report cuts it.
    static let coordinatedReportMinimumWords = 3
}
