import CorroborateCore

extension PredictedAttribution {
    /// PolNeAR puts the subject of a raising verb inside the content: in "Sanders is expected [to win]",
    /// "the plan appears [to work]", "Melania seems [to have vanished]" the subject is part of what is
    /// expected or seems so, not a speaker, and gold's content is "Sanders ... to win". The quote
    /// detector keeps such a subject as the speaker (its reported stage reads "X appears to" like
    /// "X said"); this adapter, like `includingComplementiser`, maps its output to the annotation's
    /// contract without changing the library's quotes. An attribution whose cue is "appear(s/ed)",
    /// "seem(s/ed)" or a passive "expected" ("is expected", "could be expected"), whose content opens
    /// with "to" right after the cue, and whose source ends before the cue with only auxiliaries,
    /// "not" and adverbs between ("is also expected", "did not appear"), gets its source as a
    /// first content fragment. Control verbs ("plans to", "wants to", "refused to"), whose subject
    /// is the one who plans, keep theirs (session 24 simulated them: each loses overlap).
    public static func includingRaisedSubject(_ attribution: PredictedAttribution, in scalars: [Unicode.Scalar]) -> PredictedAttribution {
        guard let source = attribution.source, let cue = attribution.cue, let first = attribution.content.first,
            source.end <= cue.start, cue.end <= first.start, attribution.content.count == 1
        else { return attribution }
        let cueWords = words(scalars, cue.start, cue.end)
        guard let verb = cueWords.last else { return attribution }
        let gap = words(scalars, source.end, cue.start)
        let passive = (cueWords.dropLast() + gap).contains { beForms.contains($0) }
        guard raisingVerbs.contains(verb) || (verb == "expected" && passive) else { return attribution }
        // Only spaces between the cue and "to ", and only auxiliaries and adverbs between the source and the cue.
        guard scalars[cue.end..<first.start].allSatisfy({ $0 == " " }), first.end - first.start > 3,
            String(String.UnicodeScalarView(scalars[first.start..<(first.start + 3)])) == "to ",
            !scalars[source.end..<cue.start].contains(where: { !$0.properties.isAlphabetic && $0 != " " && $0 != "'" && $0 != "’" }),
            gap.allSatisfy({ gapWords.contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n’t") || ($0.hasSuffix("ly") && $0.count > 3) })
        else { return attribution }
        var widened = attribution
        widened.content.insert(source, at: 0)
        return widened
    }

    /// Verbs that raise their subject in every use ("appears to", "seemed to").
    static let raisingVerbs: Set<String> = ["appear", "appears", "appeared", "seem", "seems", "seemed"]

    /// Forms of "be" that make "expected" a passive ("is expected to"), not the subject's own expectation.
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]

    /// Words that may stand between a raised subject and its verb.
    static let gapWords: Set<String> = beForms.union([
        "has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may", "might", "must", "can",
        "not", "n't", "n’t", "also", "still", "already", "now", "only", "just", "never", "again", "once", "initially", "all",
    ])

    /// The lower-cased words between two scalar offsets.
    private static func words(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> [String] {
        guard start < end else { return [] }
        return String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    }
}
