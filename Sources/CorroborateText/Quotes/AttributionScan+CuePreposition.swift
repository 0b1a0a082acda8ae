extension AttributionScan {
    /// A reported or learned content (indirect, or with a partial quote inside: "warned [of] the
    /// “grave danger”") that opens, right after its cue, with a preposition the cue
    /// governs ("complained [about] the new tax", "called [for] a recount", "accused him [of] lying"
    /// has the hearer between, so it stays) starts after it: PolNeAR's cue holds the preposition.
    /// Run after every stage, so what the stages accepted or refused is decided with the
    /// preposition in the content (session 19 moved the start inside the reported stage, and
    /// contents refused while they opened with a preposition became new, false attributions).
    /// A phrasal cue's particle leaves the content the same way, with a preposition after it.
    mutating func dropCuePrepositions() {
        for item in found.indices {
            let quote = found[item]
            guard quote.stage == .reported || quote.stage == .learned, quote.kind != .direct, let cue = quote.cue,
                quote.anchor < tokens.count, cue.upperBound == quote.anchor, tokens[quote.anchor].start == quote.content.start
            else { continue }
            let first = tokens[quote.anchor].lower
            let particle = QuoteDetector.cueParticles.contains(first)
            guard particle || QuoteDetector.cuePrepositions.contains(first) else { continue }
            var next = quote.anchor + 1
            guard next < tokens.count, tokens[next].isWord, tokens[next].start < quote.content.end else { continue }
            // After a particle ("spoke out against", "lashed out at"), a preposition goes with the phrasal verb too.
            if particle, QuoteDetector.particlePrepositions.contains(tokens[next].lower), next + 1 < tokens.count,
                tokens[next + 1].isWord, tokens[next + 1].start < quote.content.end {
                next += 1
            }
            found[item].content.start = tokens[next].start
            found[item].anchor = next
        }
    }
}

extension QuoteDetector {
    /// Prepositions that open a reported content right after its cue and belong to the cue in
    /// PolNeAR ("spoke about", "argued against", "called for", "warned of"): the content starts
    /// after them, once every stage has run. "to" (mostly an infinitive: "wants to ...") and place
    /// or time words ("in", "at") stay.
    public static let cuePrepositions: Set<String> = ["about", "on", "against", "with", "over", "of", "for"]

    /// Particles of a phrasal cue ("pointing [out] the progress", "talked [up] her plans", "brushed
    /// [off] the concerns", "fired [back]"): PolNeAR's content starts after them (session 26: 68 train
    /// contents, overlap, Jaccard and union F1 all rise). The quote's cue range is left as it was.
    public static let cueParticles: Set<String> = ["up", "out", "off", "down", "back"]

    /// Prepositions that leave the content after a particle: the cue prepositions and "at" / "in"
    /// ("lashed out [at] Khan", "spoke out [in] favor of"), which after a bare cue stay.
    public static let particlePrepositions: Set<String> = cuePrepositions.union(["at", "in"])
}
