import CorroborateCore

extension AttributionScan {
    /// The last stage: a report found inside the clause of an earlier reporting verb that nothing took is that verb's
    /// content. In "Giuliani said ..., adding that [Clinton showed the “conduct ...”]", "Trump said [Fox executives were
    /// calling “every 15 minutes.”]", "He's telling allies that [he hopes this forces Republicans ...]" an earlier stage
    /// took the inner verb (a quote's introducing cue, a reported verb, a learned one) with its subject as the speaker;
    /// PolNeAR gives one attribution, the outer verb's, whose content opens after that verb and covers the inner
    /// subject and verb. Taken only when the outer verb is the last reporting verb before the inner speaker in the
    /// sentence, stands right before it or before a "that" ending the words between, holds no attribution of its own,
    /// and has a speaker that is no outlet (an outlet relays: "The Daily Mail reports a police spokesperson said: “...”"
    /// keeps the spokesperson, as the library credits relayed quotes); "X argued [...] that polls show" with more
    /// between, and a held outer verb, lose on PolNeAR.
    mutating func takeOuterReports() {
        for item in found.indices {
            guard let inner = found[item].speaker, let cue = found[item].cue, inner.upperBound <= cue.lowerBound,
                found[item].stage != .outerReport, cue.lowerBound > 0, tokens[cue.lowerBound - 1].lower != ",",
                !carriesReport(inner, cue)
            else { continue }
            let group = found.indices.filter { found[$0].cue == cue && found[$0].speaker == inner }
            guard let head = group.min(by: { found[$0].anchor < found[$1].anchor }), found[head].anchor >= cue.upperBound,
                let verb = outerVerb(before: inner), let speaker = outerSpeaker(of: verb), !isNewsSource(speaker),
                let first = (verb + 1..<found[head].anchor).first(where: { tokens[$0].isWord })
            else { continue }
            for other in group {
                found[other].cue = verb..<(verb + 1)
                found[other].speaker = speaker
                found[other].stage = .outerReport
            }
            found[head].content.start = tokens[first].start
            found[head].anchor = first
            if found[head].kind == .direct { found[head].kind = .partial }
        }
    }

    /// The reporting verb of the clause around `inner` (a speaker): the last verb of the lexicon before it in its sentence,
    /// when no attribution holds it as a cue and it stands right before `inner` or the words between end with "that".
    private func outerVerb(before inner: Range<Int>) -> Int? {
        let floor = sentence(of: inner.lowerBound).lowerBound
        guard let verb = (floor..<inner.lowerBound).last(where: { tokens[$0].isWord && detector.lexicon.verbs[tokens[$0].lower] != nil }),
            cue(at: verb, anyVerbClass: true) != nil, !found.contains(where: { $0.cue?.contains(verb) ?? false })
        else { return nil }
        // Punctuation parts the clauses: "asked if Cameron was concerned about the name being reported, [a spokeswoman] said".
        let between = verb + 1..<inner.lowerBound
        guard between.allSatisfy({ tokens[$0].isWord }), between.isEmpty || tokens[between.upperBound - 1].lower == "that" else { return nil }
        return verb
    }

    /// Whether the inner report is a document's, in a reduced relative clause: a participle right after its speaker ("emailed
    /// [a news article reporting that ...]", "blasted out [an email to supporters stating, “...”]"); the verb before only
    /// sends the document, and the participle's subject carries the report. Or a relayed quote, "The Daily Mail reports
    /// [a police spokesperson as saying]: “...”", whose speaker is the one quoted.
    private func carriesReport(_ inner: Range<Int>, _ cue: Range<Int>) -> Bool {
        cue.lowerBound == inner.upperBound && tokens[cue.lowerBound].lower.hasSuffix("ing")
            || tokens[cue.lowerBound - 1].lower == "as"
    }

    /// Who speaks with the outer verb: its own speaker ("Trump said", ", adding" after the sentence's subject), else the
    /// speaker of an attribution just before it ("“...,” Cruz replied, before adding that").
    private func outerSpeaker(of verb: Int) -> Range<Int>? {
        speaker(for: verb..<(verb + 1))?.range ?? continuedSpeaker(before: verb)
    }
}
