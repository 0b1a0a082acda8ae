import CorroborateCore

/// Features that tell a cue word's senses apart for the learned stage, each by a word class and
/// by the cue's stem, so what one form teaches reaches the others: the word before the cue ("the
/// claims", "his attacks": a noun after a determiner or possessive; "to show": an infinitive), the
/// word after it ("showed up": a particle; "told him": an object), the words the content skips
/// after the cue (a hearer), and whether the content is a bare noun phrase ("wrote the letter").
extension AttributionScan {
    /// The sense features of the cue word at `index` (the cue spans `cue`) with `content` on `side`.
    func senseFeatures(at index: Int, cue: Range<Int>, within outer: Range<Int>, content: Range<Int>, side: String) -> [String] {
        let stem = CueStem.of(tokens[index].lower)
        let before = cue.lowerBound > outer.lowerBound ? wordClassBefore(cue.lowerBound - 1) : "<s>"
        let after = cue.upperBound < outer.upperBound ? wordClassAfter(cue.upperBound) : "</s>"
        var features = ["sb=" + before, "s_sb=" + stem + "_" + before, "sa=" + after, "s_sa=" + stem + "_" + after]
        if side == "after" {
            let skipped = (cue.upperBound..<max(cue.upperBound, content.lowerBound)).filter {
                tokens[$0].isWord && tokens[$0].lower != "that"
            }.count
            let gap = skipped == 0 ? "0" : skipped < 3 ? "1" : "3"
            features += ["gap=" + gap, "s_gap=" + stem + "_" + gap]
            if isBareNounPhrase(content) { features += ["np", "s_np=" + stem] }
        }
        return features
    }

    /// The class of the word right before a cue: "det" (a determiner or possessive: a noun
    /// reading), "to" (an infinitive), "aux", "pron" (a subject pronoun), "name" (a capitalised
    /// word inside the sentence), "punct", else "word".
    func wordClassBefore(_ index: Int) -> String {
        let token = tokens[index]
        if token.kind == .possessive { return "det" }
        guard token.isWord else { return token.kind == .lineBreak ? "<s>" : "punct" }
        let word = token.lower
        if Self.senseDeterminers.contains(word) || word.hasSuffix("’s") || word.hasSuffix("'s") { return "det" }
        if word == "to" { return "to" }
        if Self.finiteWords.contains(word) || ["be", "been", "being", "not"].contains(word) { return "aux" }
        if Self.subjectPronouns.contains(word) || word == "who" { return "pron" }
        if token.isCapitalized, !opensSentence(index) { return "name" }
        return "word"
    }

    /// The class of the word right after a cue: "particle" ("showed up", "called off"), "obj" (an
    /// object pronoun or a capitalised word: a person or a name), "det", "that", "prep", "punct", else "word".
    func wordClassAfter(_ index: Int) -> String {
        let token = tokens[index]
        guard token.isWord else { return token.kind == .lineBreak ? "</s>" : "punct" }
        let word = token.lower
        if Self.particles.contains(word) { return "particle" }
        if Self.objectPronouns.contains(word) || token.isCapitalized { return "obj" }
        if Self.senseDeterminers.contains(word) { return "det" }
        if word == "that" { return "that" }
        if Self.cuePrepositionsAfter.contains(word) { return "prep" }
        return "word"
    }

    /// Whether a content opens with a determiner or possessive and holds no auxiliary, modal or
    /// "that" in its first 12 words: an object noun phrase, not a reported clause.
    func isBareNounPhrase(_ content: Range<Int>) -> Bool {
        let words = content.filter { tokens[$0].isWord }.prefix(12)
        guard let first = words.first, Self.senseDeterminers.contains(tokens[first].lower) else { return false }
        return !words.contains { Self.finiteWords.contains(tokens[$0].lower) || tokens[$0].lower == "that" }
    }

    /// Whether a feature name is one `senseFeatures` makes: its templates' prefixes, or `np`.
    static func isSenseFeature(_ feature: String) -> Bool {
        feature == "np" || senseFeaturePrefixes.contains { feature.hasPrefix($0) }
    }

    /// The prefixes of the sense feature templates (`np` stands alone).
    static let senseFeaturePrefixes = ["sb=", "s_sb=", "sa=", "s_sa=", "gap=", "s_gap=", "s_np="]

    /// Determiners and possessive pronouns before a noun.
    static let senseDeterminers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "whose", "no",
        "any", "every", "each", "such", "another",
    ]
    /// Particles of phrasal verbs that change a cue's sense.
    static let particles: Set<String> = ["up", "out", "off", "down", "away", "back", "around"]
    /// Prepositions after a cue.
    static let cuePrepositionsAfter: Set<String> = [
        "about", "on", "of", "for", "to", "with", "in", "at", "against", "over", "from", "into", "by", "as",
    ]
}
