extension AttributionScan {
    /// A reported or learned content (indirect, or with a partial quote inside: "warned [of] the
    /// “grave danger”") that opens, right after its cue, with a preposition the cue
    /// governs ("complained [about] the new tax", "called [for] a recount", "accused him [of] lying"
    /// has the hearer between, so it stays) starts after it: PolNeAR's cue holds the preposition.
    /// Run after every stage, so what the stages accepted or refused is decided with the
    /// preposition in the content (session 19 moved the start inside the reported stage, and
    /// contents refused while they opened with a preposition became new, false attributions).
    mutating func dropCuePrepositions() {
        for item in found.indices {
            let quote = found[item]
            guard quote.stage == .reported || quote.stage == .learned, quote.kind != .direct, let cue = quote.cue,
                quote.anchor < tokens.count, cue.upperBound == quote.anchor, tokens[quote.anchor].start == quote.content.start,
                QuoteDetector.cuePrepositions.contains(tokens[quote.anchor].lower)
            else { continue }
            let next = quote.anchor + 1
            guard next < tokens.count, tokens[next].isWord, tokens[next].start < quote.content.end else { continue }
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
}
