import CorroborateCore

extension QuoteCredibility {
    /// A cue in the passive says what was said of, or done to, its subject, who is no speaker:
    /// "he was described as a "polite, mild-mannered" man", "Emwazi is reported to have links",
    /// "he was held and questioned for four days", "is widely believed". "was quoted as saying"
    /// and "was cited as saying" keep their subject as the speaker, and "were saying" is no passive.
    func isPassive(_ quote: Quote) -> Bool {
        guard let cue = quote.cue?.lowercased().split(whereSeparator: { !$0.isLetter }).first,
            !cue.hasSuffix("ing"), !Self.speakerKeepingPassives.contains(String(cue))
        else { return false }
        let words = quote.sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        guard var index = words.firstIndex(of: cue).map({ $0 - 1 }) else { return false }
        // "was held and questioned" shares the passive; "was released and said" is active again.
        if index >= 1, words[index] == "and", !Self.activeAfterAnd.contains(String(cue)) { index -= 2 }
        while index >= 0, words[index].hasSuffix("ly") || Self.passiveAdverbs.contains(String(words[index])) { index -= 1 }
        return index >= 0 && PassiveVoice.beForms.contains(words[index])
    }

    /// Adverbs that sit between "was" and a participle ("was also described", "is further believed").
    static let passiveAdverbs: Set<String> = ["also", "not", "never", "further", "previously", "often", "still", "later", "then"]
    /// Speech verbs that, after "and", go on in the active: "He was released and said he was well".
    static let activeAfterAnd: Set<String> = [
        "said", "added", "told", "wrote", "explained", "insisted", "claimed", "stated", "announced", "denied", "confirmed",
    ]
    /// Cues whose passive subject is still the speaker.
    static let speakerKeepingPassives: Set<String> = ["quoted", "cited"]
}
