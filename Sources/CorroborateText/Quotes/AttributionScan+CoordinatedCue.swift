extension AttributionScan {
    /// A reported content that opens with "and" right after its cue is no reported clause: the cue is
    /// coordinated with what follows. When the next word is a verb of the cue's form ("wrote [and
    /// adopted] the form of government", "explaining and defending"), PolNeAR's content is the
    /// object the two verbs share and starts after it; otherwise the cue is one of two nouns or
    /// verbs with nothing reported ("the candidate's fears and instincts", "calls and emails seeking
    /// comment", "said and did the same things") and the attribution, with its other fragments, is
    /// dropped. Run after every stage, like `dropCuePrepositions`.
    mutating func dropCoordinatedCues() {
        var dropped: [(cue: Range<Int>, speaker: Range<Int>?)] = []
        for item in found.indices {
            let quote = found[item]
            guard quote.stage == .reported, quote.kind != .direct, let cue = quote.cue, quote.anchor < tokens.count,
                cue.upperBound == quote.anchor, tokens[quote.anchor].start == quote.content.start, tokens[quote.anchor].lower == "and"
            else { continue }
            let verb = quote.anchor + 1
            if verb + 1 < tokens.count, tokens[verb].isWord, tokens[verb + 1].isWord, tokens[verb + 1].start < quote.content.end,
                Self.sharesVerbForm(tokens[verb].lower, with: tokens[cue.upperBound - 1].lower) {
                found[item].content.start = tokens[verb + 1].start
                found[item].anchor = verb + 1
            } else {
                dropped.append((cue, quote.speaker))
            }
        }
        guard !dropped.isEmpty else { return }
        found.removeAll { quote in dropped.contains { $0.cue == quote.cue && $0.speaker == quote.speaker } }
    }

    /// Whether `word` after "and" is a verb of the form of `cue`: a past form ("-ed") after a past
    /// form (also the irregular "wrote", "said", "told"), or an "-ing" form after one.
    static func sharesVerbForm(_ word: String, with cue: String) -> Bool {
        if word.hasSuffix("ed") { return cue.hasSuffix("ed") || irregularPastCues.contains(cue) }
        return word.hasSuffix("ing") && cue.hasSuffix("ing")
    }

    /// Irregular past forms of reporting verbs that a coordinated "-ed" verb may follow.
    static let irregularPastCues: Set<String> = ["wrote", "said", "told"]
}
