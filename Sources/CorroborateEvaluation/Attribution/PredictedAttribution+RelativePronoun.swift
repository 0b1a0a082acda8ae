import CorroborateCore

extension PredictedAttribution {
    /// A relative or interrogative pronoun right before the speaker is the missing subject of the
    /// reported clause: in "the rules, which Democrats say [could be aiding Mr. Sanders]", "what he
    /// thinks [is an unfair perception]", "a change that economists say [is the future]" PolNeAR's
    /// content is "which ... could be aiding Mr. Sanders". The quote detector's content starts after
    /// the cue; this adapter adds the pronoun as a first content fragment when the content follows the
    /// cue directly and opens with no subject of its own (not with a pronoun, a determiner or "that":
    /// "that he said [he would go]" keeps "that" out, session 24 simulated it as no gain).
    public static func includingRelativePronoun(_ attribution: PredictedAttribution, in scalars: [Unicode.Scalar]) -> PredictedAttribution {
        guard let source = attribution.source, let cue = attribution.cue, let first = attribution.content.first,
            source.end <= cue.start, cue.end <= first.start, first.start < first.end,
            scalars[cue.end..<first.start].allSatisfy({ $0 == " " })
        else { return attribution }
        var end = source.start
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        guard end < source.start else { return attribution }
        var start = end
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        guard start < end, start == 0 || !scalars[start - 1].properties.isAlphabetic,
            relativePronouns.contains(String(String.UnicodeScalarView(scalars[start..<end])).lowercased())
        else { return attribution }
        var wordEnd = first.start
        while wordEnd < first.end, scalars[wordEnd].properties.isAlphabetic || scalars[wordEnd] == "'" || scalars[wordEnd] == "’" { wordEnd += 1 }
        let opening = String(String.UnicodeScalarView(scalars[first.start..<wordEnd])).lowercased()
        guard !subjectOpenings.contains(opening) else { return attribution }
        var widened = attribution
        widened.content.insert(TextRange(start: start, end: end), at: 0)
        return widened
    }

    /// Pronouns that open a relative or free relative clause ("which", "what") and can be its subject.
    static let relativePronouns: Set<String> = ["which", "that", "what", "who", "whom"]

    /// First words that give a reported clause a subject of its own.
    static let subjectOpenings: Set<String> = [
        "i", "you", "he", "she", "it", "we", "they", "there", "this", "these", "those", "that", "the", "a", "an",
        "his", "her", "their", "its", "our", "my", "your",
    ]

    /// The contract's adapters after quotes are merged: a raising verb's subject and a relative
    /// pronoun before the speaker join the content.
    public static func inAnnotationContract(_ attribution: PredictedAttribution, in scalars: [Unicode.Scalar]) -> PredictedAttribution {
        includingRelativePronoun(includingRaisedSubject(attribution, in: scalars), in: scalars)
    }
}
