import CorroborateCore

/// Evidence from its context that a capitalised run of two or three words with no known given
/// name and no role names a person, not a team, band, work, venue or company ("Titus Bramble",
/// not "Aston Villa" or "Slumdog Millionaire"). Any one cue is enough:
/// - the surname alone elsewhere in the text: its last word written as a capitalised word of
///   its own, not after "the" ("Titus Bramble ... Bramble rose");
/// - a reporting verb right after it ("Sajid Nadiadwala said");
/// - a relative "who" or an age right after it ("Danny Boyle, who won", "Kevin Vickers, 58,");
/// - a personal pronoun ("he", "her", ...) among the next words before any other capitalised
///   word ("Darren Wilson ... he").
struct PersonCues {
    /// Lower-cased reporting verbs of speech ("said", "told").
    var speechVerbs: Set<String>
    /// Lower-cased words written somewhere as a capitalised word of their own, not after "the"
    /// (see `loneWords(in:)`).
    var loneWords: Set<String>

    /// Personal pronouns that refer to a person.
    static let pronouns: Set<String> = ["he", "she", "him", "his", "her", "himself", "herself"]
    /// How many tokens after the run a pronoun may come.
    static let pronounWindow = 20

    /// Whether the context of the run at `range` shows a person.
    func showPerson(_ range: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        guard let last = tokens[range].last(where: \.isWord) else { return false }
        if loneWords.contains(last.lower), range.count > 1 { return true }
        var next = range.upperBound
        if next < tokens.count, speechVerbs.contains(tokens[next].lower) { return true }
        if next < tokens.count, tokens[next].lower == "," { next += 1 }
        if next < tokens.count, tokens[next].lower == "who" { return true }
        if next + 1 < tokens.count, tokens[next].lower.allSatisfy(\.isNumber), tokens[next + 1].lower == "," { return true }
        return pronounFollows(range.upperBound, tokens)
    }

    /// Whether a personal pronoun comes within `pronounWindow` tokens after `start`, before any
    /// other capitalised word or paragraph break.
    private func pronounFollows(_ start: Int, _ tokens: [ScanToken]) -> Bool {
        for index in start..<min(tokens.count, start + Self.pronounWindow) {
            let token = tokens[index]
            if token.kind == .lineBreak { return false }
            guard token.isWord else { continue }
            if Self.pronouns.contains(token.lower) { return true }
            if token.isCapitalized { return false }
        }
        return false
    }

    /// Lower-cased words written as a capitalised word with no capitalised word next to it and no
    /// "the" before it: the surnames a text uses alone ("Bramble", but not "the Warriors").
    static func loneWords(in tokens: [ScanToken]) -> Set<String> {
        var words: Set<String> = []
        for (index, token) in tokens.enumerated() where token.isWord && token.isCapitalized {
            let previous = index > 0 ? tokens[index - 1] : nil
            let following = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let previous, previous.isWord, previous.isCapitalized || previous.lower == "the" { continue }
            if let following, following.isWord, following.isCapitalized { continue }
            words.insert(token.lower)
        }
        return words
    }
}
