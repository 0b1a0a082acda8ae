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

    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you", "who"]
    static let skipped: Set<String> = [
        "has", "have", "had", "was", "is", "were", "are", "also", "later", "previously", "then", "again", "further",
        "recently", "repeatedly", "once", "reportedly", "would", "will", "did", "does", "do", "not", "never",
        "publicly", "earlier", "still", "often", "already", "even", "just", "simply", "separately", "privately",
        "flatly", "quickly", "first", "initially", "has", "had", "been", "may", "might", "could", "can", "should",
        "openly", "directly", "specifically", "explicitly", "emphatically", "firmly", "strongly", "clearly",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "another", "his", "her", "their", "its", "our", "one", "two", "three", "four", "five",
        "several", "many", "some", "both", "other", "senior", "top", "former", "unnamed", "anonymous", "u.s.",
        "administration", "campaign", "government", "white", "house", "state", "federal", "local", "military",
    ]
    static let connectors: Set<String> = ["of", "for", "at", "to", "with", "in", "and"]
    /// Sentence-opening words that are never part of the speaker: "In Moscow, Peskov said".
    static let leading: Set<String> = [
        "in", "on", "at", "but", "and", "however", "meanwhile", "so", "yet", "while", "when", "after", "before", "as",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "asked", "also", "then",
    ]

    /// The phrase ending right before token `index` (after skipping auxiliaries), not before `floor`.
    func before(_ index: Int, floor: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        var end = index
        while end > floor, Self.skipped.contains(tokens[end - 1].lower) { end -= 1 }
        if end > floor, tokens[end - 1].lower == ")" {
            var open = end - 1
            while open > floor, tokens[open].lower != "(", end - open < 8 { open -= 1 }
            if tokens[open].lower == "(" { end = open }
        }
        guard end > floor else { return nil }
        if Self.pronouns.contains(tokens[end - 1].lower) { return (end - 1)..<end }
        var start = end
        while start > floor, joins(tokens[start - 1]) { start -= 1 }
        while start < end, Self.connectors.contains(tokens[start].lower) || Self.leading.contains(tokens[start].lower) {
            start += 1
        }
        guard start < end, isHead(tokens[end - 1]) else { return nil }
        return start..<end
    }

    /// The phrase starting at token `index` (inverted "said Kremlin spokesman Dmitry Peskov"), not past `ceiling`.
    func after(_ index: Int, ceiling: Int, _ tokens: [ScanToken]) -> Range<Int>? {
        guard index < ceiling else { return nil }
        if Self.pronouns.contains(tokens[index].lower), tokens[index].lower != "who", tokens[index].lower != "it" {
            return index..<(index + 1)
        }
        var end = index
        while end < ceiling, joins(tokens[end]) { end += 1 }
        while end > index, !isHead(tokens[end - 1]) { end -= 1 }
        guard end > index else { return nil }
        return index..<end
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
