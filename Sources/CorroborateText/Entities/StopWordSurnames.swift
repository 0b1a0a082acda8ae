import CorroborateCore

/// Finds a person's surname that is also a stop word ("So", "Will", "May") used alone as a
/// speaker: a capitalised stop word, no run's word, that is the first or last word of a
/// person's full name written earlier in the article, right after a closing quotation and a
/// comma (`"That is rumors," So said`) or, in the middle of a sentence, right before a speech
/// verb ("but So said that is incorrect"). The name finder drops stop words, so without this such
/// a speaker has no mention.
struct StopWordSurnames {
    /// Lower-cased stop words (`entities-stopwords.txt`).
    var stopWords: Set<String>
    /// Lower-cased speech verbs ("said", "told").
    var speechVerbs: Set<String>

    /// Single-word person runs for such surnames, in text order.
    func runs(_ tokens: [ScanToken], existing: [NameRun]) -> [NameRun] {
        var covered: Set<Int> = []
        for run in existing { covered.formUnion(run.whole) }
        var earliest: [String: Int] = [:]
        for run in existing where run.kind == .person {
            let words = PersonMerger.nameWords(run.name, tokens)
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            for word in [first, last] { earliest[word] = min(earliest[word] ?? Int.max, run.name.lowerBound) }
        }
        var found: [NameRun] = []
        for (index, token) in tokens.enumerated() where token.isWord && token.isCapitalized && !covered.contains(index) {
            guard stopWords.contains(token.lower), let named = earliest[token.lower], named < index,
                !NameRunFinder.neverNameWords.contains(token.lower), !NameRunFinder.dateWords.contains(token.lower),
                isSpeaker(at: index, tokens)
            else { continue }
            found.append(NameRun(name: index..<(index + 1), roleStart: nil, kind: .person, canonical: token.lower.capitalizedFirst))
        }
        return found
    }

    /// Whether the word at `index` stands where a speaker's name does: after `,”` or after a
    /// lower-case word or comma and before a speech verb.
    func isSpeaker(at index: Int, _ tokens: [ScanToken]) -> Bool {
        guard index >= 2 else { return false }
        let previous = tokens[index - 1]
        if previous.kind == .closeQuote, tokens[index - 2].lower == "," { return true }
        guard index + 1 < tokens.count, speechVerbs.contains(tokens[index + 1].lower) else { return false }
        return previous.continuesSentence
    }
}
