import CorroborateCore

/// Finds the noun phrase that names a speaker next to a cue, over tokens.
///
/// A speaker phrase is a pronoun ("he", "they", "who"), or a run of capitalised words,
/// possessives, titles, source nouns ("officials", "a source") and determiners, whose last word
/// is a capitalised word, a title or a source noun. Going left from a cue it first skips
/// auxiliaries and adverbs ("has also said", "later told"), and a bracketed party label
/// ("Rep. Earl Blumenauer (D-Ore.) said"). Going right it reads the inverted "said Peskov".
struct SpeakerPhrases: Sendable {
    var gazetteer: Gazetteer
    var sourceNouns: Set<String>
    /// Lower-cased reporting verbs, which never end a subject.
    var verbs: Set<String> = []

    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you", "who"]
    static let skipped: Set<String> = [
        "has", "have", "had", "was", "is", "were", "are", "also", "later", "previously", "then", "again", "further",
        "recently", "repeatedly", "once", "reportedly", "would", "will", "did", "does", "do", "not", "never",
        "publicly", "earlier", "still", "often", "already", "even", "just", "simply", "separately", "privately",
        "flatly", "quickly", "first", "initially", "has", "had", "been", "may", "might", "could", "can", "should",
        "openly", "directly", "specifically", "explicitly", "emphatically", "firmly", "strongly", "clearly",
        "meanwhile", "too", "now", "finally", "eventually", "subsequently", "immediately", "promptly", "swiftly",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "another", "his", "her", "their", "its", "our", "one", "two", "three", "four", "five",
        "several", "many", "some", "both", "other", "senior", "top", "former", "unnamed", "anonymous", "u.s.",
        "white", "house", "state", "federal", "local", "military",
    ]
    /// Words that never end a subject: function words and auxiliaries.
    static let nonHeads: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "is", "was", "are", "were", "be", "been", "has", "have",
        "had", "not", "also", "which", "who", "whom", "what", "there", "here", "it", "very", "so", "too", "just",
        "only", "even", "all", "any", "no", "more", "most", "less", "much", "then", "now", "today", "yesterday",
    ]
    static let connectors: Set<String> = ["of", "for", "at", "to", "with", "in", "and"]
    /// Sentence-opening words that are never part of the speaker: "In Moscow, Peskov said".
    static let leading: Set<String> = [
        "in", "on", "at", "but", "and", "however", "meanwhile", "so", "yet", "while", "when", "after", "before", "as",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "asked", "also", "then", "now",
        "sometimes", "often", "usually", "perhaps", "already", "always", "never", "reportedly", "allegedly", "apparently",
        "initially", "originally", "previously", "recently", "finally", "eventually", "ultimately", "actually",
    ]

    /// The phrase ending right before token `index` (after skipping auxiliaries), not before `floor`:
    /// a pronoun, the clause subject back to the last clause boundary when it is short and ends in
    /// a plausible head ("72 percent of Democrats", "Yin Myint May, 60, a doctor,"), or else the
    /// strict run of names, titles and source nouns.
    func before(_ index: Int, floor: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        var end = index
        while end > floor, Self.isAdverbial(tokens[end - 1]) { end -= 1 }
        end = Self.timeAdjunctStart(endingAt: end, floor: floor, tokens)
        while end > floor, Self.isAdverbial(tokens[end - 1]) { end -= 1 }
        let relative = Self.relativeClauseStart(endingAt: end, floor: floor, tokens)
        if relative < end {
            // "Adeline Horner, Horner's mother, who is ..., told": the apposition before the clause.
            if let appositive = appositive(endingAt: relative, floor: floor, tokens) { return appositive }
            end = relative
        }
        if end > floor, tokens[end - 1].lower == ")" {
            var open = end - 1
            while open > floor, tokens[open].lower != "(", end - open < 8 { open -= 1 }
            if tokens[open].lower == "(" { end = open }
        }
        guard end > floor else { return nil }
        if Self.pronouns.contains(tokens[end - 1].lower) { return (end - 1)..<end }
        // "the Interior Ministry, which said": the relative pronoun, whose antecedent names the speaker.
        if tokens[end - 1].lower == "which", end - 2 > floor, tokens[end - 2].lower == "," { return (end - 1)..<end }
        if tokens[end - 1].lower == ",", let appositive = appositive(endingAt: end - 1, floor: floor, tokens) {
            return appositive
        }
        // "Foreign affairs minister Naser Judeh, said": a comma between the subject that opens the sentence and its verb.
        if tokens[end - 1].lower == ",", end - 1 > floor, let subject = clauseSubject(endingAt: end - 1, floor: floor, tokens),
            subject.lowerBound == floor, tokens[end - 2].isCapitalized
        {
            return subject
        }
        if let loose = clauseSubject(endingAt: end, floor: floor, tokens) { return loose }
        return strict(endingAt: end, floor: floor, tokens)
    }

    /// The last resort before a cue whose subject is no name or source noun ("proponents of more
    /// controls here say", "the report's authors now say"): the words back to a clause boundary,
    /// at most `maximumLooseWords`, skipping auxiliaries and adverbs before the cue. A comma right
    /// before the cue closes an apposition: the phrase then reaches back over two more commas
    /// ("Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said"). Never across a reporting
    /// verb or a quotation mark.
    func loose(endingAt index: Int, floor: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        var end = index
        while end > floor, Self.isAdverbial(tokens[end - 1]) { end -= 1 }
        end = Self.relativeClauseStart(endingAt: end, floor: floor, tokens)
        let appositive = end > floor && tokens[end - 1].lower == ","
        var commas = appositive ? -1 : 0
        var start = end
        while start > floor, end - start < Self.maximumLooseWords {
            let token = tokens[start - 1]
            if token.lower == "," {
                commas += 1
                if commas > (appositive ? 2 : 0) { break }
            } else if token.kind == .openQuote || token.kind == .closeQuote || token.kind == .lineBreak
                || [";", ":", "—", "–", "?", "!"].contains(token.lower)
            {
                break
            } else if Self.boundaries.contains(token.lower) || verbs.contains(token.lower) {
                break
            }
            start -= 1
        }
        while start < end, !tokens[start].isWord || (Self.leading.contains(tokens[start].lower)
            || Self.prepositions.contains(tokens[start].lower)) && !Self.opensQuantity(start, tokens)
        {
            start += 1
        }
        while end > start, !tokens[end - 1].isWord, tokens[end - 1].lower != ")" { end -= 1 }
        guard start < end else { return nil }
        return start..<end
    }

    /// Whether a phrase at `start` is a verb phrase: a lower-case auxiliary followed by a lower-case word that is no
    /// determiner or pronoun ("has been bombarded", "was trying to", "is likely to"); an inverted question keeps its
    /// subject ("is there anything Mr. Kaplan would like", "did the foundation refuse"), and "IS media sources" is a name.
    static func opensVerbPhrase(_ start: Int, _ tokens: [ScanToken]) -> Bool {
        guard start + 1 < tokens.count, !tokens[start].isCapitalized, auxiliaries.contains(tokens[start].lower) else { return false }
        let next = tokens[start + 1]
        return next.isWord && !next.isCapitalized && !questionSubjects.contains(next.lower)
    }

    /// Words that open the subject of an inverted question after its auxiliary.
    static let questionSubjects: Set<String> = [
        "the", "a", "an", "there", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "his", "her",
        "their", "its", "our", "any", "anyone", "anything", "anybody", "some", "someone", "many", "most", "all",
    ]

    static let maximumLooseWords = 25

    /// Whether "at" at `index` opens a quantity, "at least" or "at most" ("at least one comic book
    /// website reported"), part of the speaker rather than a preposition before it.
    static func opensQuantity(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        tokens[index].lower == "at" && index + 1 < tokens.count && ["least", "most"].contains(tokens[index + 1].lower)
    }

    /// An auxiliary or adverb between a subject and its verb ("has also", "now", "repeatedly", "hadn’t").
    static func isAdverbial(_ token: ScanToken) -> Bool {
        guard token.isWord else { return false }
        return skipped.contains(token.lower) || adverbs.contains(token.lower)
            || (token.lower.hasSuffix("ly") && token.lower.count > 4 && !token.isCapitalized)
            || token.lower.hasSuffix("n’t") || token.lower.hasSuffix("n't")
    }

    static let adverbs: Set<String> = ["now", "too", "always", "herself", "himself", "themselves", "ever"]

    /// The strict phrase: names, titles, determiners and source nouns only.
    func strict(endingAt end: Int, floor: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        var start = end
        while start > floor, joins(tokens[start - 1]) { start -= 1 }
        while start < end, Self.connectors.contains(tokens[start].lower) || Self.leading.contains(tokens[start].lower),
            !Self.opensQuantity(start, tokens)
        {
            start += 1
        }
        guard start < end, isHead(tokens[end - 1]) else { return nil }
        return start..<end
    }

    /// Words back to a clause boundary (`,` `;` `:` a quotation mark, "that", "and", a sentence
    /// start), at most `maximumSubjectWords`, ending in a plausible head and not opening with a
    /// preposition.
    func clauseSubject(endingAt end: Int, floor: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        var start = end
        while start > floor, end - start < Self.maximumSubjectWords {
            let token = tokens[start - 1]
            guard token.isWord || token.kind == .possessive || token.lower == "-" && !Self.isSpaced(start - 1, tokens) || token.lower == "%"
            else { break }
            // The subject's head may be a source noun that is a cue too: "multiple unconfirmed reports said".
            let isHeadNoun = start == end && sourceNouns.contains(token.lower)
            if Self.boundaries.contains(token.lower) && !Self.joinsAffiliation(start - 1, tokens) || verbs.contains(token.lower) && !isHeadNoun {
                break
            }
            start -= 1
        }
        // A reporting verb before the subject closes it too: "The Daily Mail reports a police spokesperson said".
        guard start < end, start == floor || !tokens[start - 1].isWord || Self.boundaries.contains(tokens[start - 1].lower)
            || verbs.contains(tokens[start - 1].lower)
        else { return nil }
        while start < end, Self.leading.contains(tokens[start].lower) && !Self.pronouns.contains(tokens[start].lower),
            !Self.opensQuantity(start, tokens)
        {
            start += 1
        }
        guard start < end, !Self.prepositions.contains(tokens[start].lower) || Self.opensQuantity(start, tokens),
            isLooseHead(tokens[end - 1])
        else { return nil }
        return start..<end
    }

    /// Whether the "and" at `index` joins two names inside a named person's affiliation ("Emma Owen of
    /// Lego UK and Ireland said", "Jane Roe of Procter and Gamble said"): capitalised words on both sides,
    /// and back over the capitalised words before it an "of", "at" or "for" that follows a capitalised word.
    static func joinsAffiliation(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        guard tokens[index].lower == "and", index > 0, index + 1 < tokens.count,
            tokens[index - 1].isWord, tokens[index - 1].isCapitalized, tokens[index + 1].isWord, tokens[index + 1].isCapitalized
        else { return false }
        var cursor = index - 1
        while cursor > 0, tokens[cursor].isWord, tokens[cursor].isCapitalized { cursor -= 1 }
        return ["of", "at", "for"].contains(tokens[cursor].lower) && cursor > 0 && tokens[cursor - 1].isWord
            && tokens[cursor - 1].isCapitalized
    }

    /// Whether the token at `index` stands apart, with a space on both sides (a dash written " - ", not a hyphen).
    static func isSpaced(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index - 1].end < tokens[index].start && tokens[index].end < tokens[index + 1].start
    }

    /// `NAME, APPOSITION,` before a cue: the name phrase through the last comma, when a strict
    /// phrase ends at an earlier comma of the sentence (at most three commas and 30 tokens back).
    func appositive(endingAt comma: Int, floor: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        var cursor = comma - 1
        var commas = 0
        var best: Range<Int>?
        while cursor > floor, comma - cursor < 30, commas < 3 {
            let token = tokens[cursor]
            if token.kind == .openQuote || token.kind == .closeQuote || token.lower == "." || token.lower == ";" { break }
            if token.isWord, Self.finiteVerbs.contains(token.lower) || verbs.contains(token.lower) { break }
            if token.lower == "," {
                commas += 1
                let name = clauseSubject(endingAt: cursor, floor: floor, tokens)
                    ?? strict(endingAt: cursor, floor: floor, tokens).flatMap { tokens[cursor - 1].isCapitalized ? $0 : nil }
                if let name {
                    best = name.lowerBound..<comma
                    if name.lowerBound == floor || tokens[name.lowerBound - 1].lower != "," { return best }
                }
            }
            cursor -= 1
        }
        return best
    }

    /// Auxiliaries that mark a clause, not an apposition, between two commas.
    static let finiteVerbs: Set<String> = [
        "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "should",
    ]

    static let maximumSubjectWords = 10
    static let boundaries: Set<String> = [
        ",", ";", ":", "that", "and", "but", "or", "because", "when", "while", "if", "as", "which", "where", "so",
        "than", "after", "before", "since", "though", "although", "whether", "what", "how", "why",
    ]
    static let prepositions: Set<String> = ["in", "on", "at", "from", "after", "before", "during", "since", "by", "with", "for", "to"]

    private func isLooseHead(_ token: ScanToken) -> Bool {
        guard token.isWord else { return token.lower == "%" }
        if isHead(token) { return true }
        if token.lower.first?.isNumber == true || token.lower == "percent" { return true }
        let word = token.lower
        return word.count > 2 && !Self.skipped.contains(word) && !Self.nonHeads.contains(word) && !verbs.contains(word)
            && !word.hasSuffix("ly") && !Self.boundaries.contains(word) && !Self.prepositions.contains(word)
    }

    /// The phrase starting at token `index` (inverted "said Kremlin spokesman Dmitry Peskov",
    /// "said a former senior law enforcement official"), not past `ceiling`: a pronoun that ends
    /// the clause, or words up to a comma, a sentence end, a quotation mark or a preposition or
    /// relative word or an auxiliary (at most `maximumSubjectWords`), opening with a capitalised word or a
    /// determiner and ending in a plausible head.
    func after(_ index: Int, ceiling: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        guard index < ceiling, tokens[index].isWord else { return nil }
        let first = tokens[index]
        if Self.pronouns.contains(first.lower) {
            guard first.lower != "who", first.lower != "it" else { return nil }
            let next = index + 1 < ceiling ? tokens[index + 1] : nil
            return next == nil || !(next?.isWord ?? false) ? index..<(index + 1) : nil
        }
        if let strict = strictAfter(index, ceiling: ceiling, tokens), strict.upperBound >= ceiling || !tokens[strict.upperBound].isWord
            || Self.stops.contains(tokens[strict.upperBound].lower) || Self.pronouns.contains(tokens[strict.upperBound].lower)
        {
            // A pronoun after the phrase opens the next clause ("told the AP it was unclear").
            return strict
        }
        guard first.isCapitalized || Self.determiners.contains(first.lower) else { return nil }
        var end = index
        while end < ceiling, end - index < Self.maximumSubjectWords, tokens[end].isWord || tokens[end].kind == .possessive
            || tokens[end].lower == "-"
        {
            if end > index, Self.stops.contains(tokens[end].lower) || verbs.contains(tokens[end].lower)
                || Self.auxiliaries.contains(tokens[end].lower)
            {
                break
            }
            end += 1
        }
        while end > index, !isLooseHead(tokens[end - 1]) { end -= 1 }
        return end > index ? index..<end : nil
    }

    /// Auxiliaries, which open the predicate of a subject read forwards ("His captors had taunted his family,
    /// saying ...": the captors).
    static let auxiliaries: Set<String> = [
        "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should",
        "did", "does", "must",
    ]

    /// Words that end an inverted speaker phrase: "said Peskov on Monday", "said an aide who ...".
    static let stops: Set<String> = [
        "on", "in", "at", "during", "after", "before", "when", "while", "who", "which", "that", "as", "because", "to",
        "and", "but", "last", "this", "earlier", "later", "yesterday", "today", "told", "adding", "noting",
    ]

    /// The strict phrase after `index`: names, titles, determiners and source nouns.
    func strictAfter(_ index: Int, ceiling: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        var end = index
        while end < ceiling, joins(tokens[end]) { end += 1 }
        while end > index, !isHead(tokens[end - 1]) { end -= 1 }
        return end > index ? index..<end : nil
    }

    private func joins(_ token: ScanToken) -> Bool {
        switch token.kind {
        case .possessive: return true
        case .word:
            return token.isCapitalized || Self.determiners.contains(token.lower) || sourceNouns.contains(token.lower)
                || gazetteer.titles.contains(token.lower) || NameRunFinder.roleModifiers.contains(token.lower)
                || Self.connectors.contains(token.lower)
        default: return false
        }
    }

    private func isHead(_ token: ScanToken) -> Bool {
        guard token.isWord else { return false }
        if Self.connectors.contains(token.lower) || Self.determiners.contains(token.lower) && !token.isCapitalized {
            return false
        }
        return token.isCapitalized || sourceNouns.contains(token.lower) || gazetteer.titles.contains(token.lower)
    }
}
