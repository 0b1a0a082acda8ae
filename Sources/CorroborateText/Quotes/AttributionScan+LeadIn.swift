import CorroborateCore

extension AttributionScan {
    /// A quotation that continues its sentence's own words before a cue after it reports the
    /// whole clause: "Belgium failed to discover the cell and ''should possibly have acted
    /// sooner,'' said Ralf Jäger" has the content "Belgium failed ... sooner" in PolNeAR, not the
    /// quoted words alone. For a direct quote whose speaker and cue follow it after a comma
    /// (`...,” X said`, its only fragment), the content starts at the clause start when the words
    /// between are free and unquoted.
    mutating func addLeadIns() {
        for item in found.indices {
            guard let leadIn = leadIn(of: item), let first = leadIn.first(where: { tokens[$0].isWord }) else { continue }
            found[item].content.start = tokens[first].start
            found[item].kind = .partial
            found[item].anchor = first
            claim(leadIn)
        }
    }

    /// The free words from the clause start to the opening mark of direct quote `item`, when its
    /// cue follows it after a comma and no other fragment shares the cue.
    func leadIn(of item: Int) -> Range<Int>? {
        let quote = found[item]
        guard quote.kind == .direct, let cue = quote.cue, quote.anchor < tokens.count, segmentOf[quote.anchor] >= 0 else { return nil }
        let segment = segments[segmentOf[quote.anchor]]
        let inner = min(quote.speaker?.lowerBound ?? cue.lowerBound, cue.lowerBound)
        guard segment.close < inner, !found.indices.contains(where: { $0 != item && found[$0].cue == cue }) else { return nil }
        let between = (segment.close + 1)..<inner
        let commaInside = segment.close > 0 && tokens[segment.close - 1].lower == ","
        guard between.allSatisfy({ tokens[$0].lower == "," }), commaInside || !between.isEmpty else { return nil }
        let bounds = clause(around: segment.open, within: sentence(of: segment.open))
        let leadIn = bounds.lowerBound..<segment.open
        guard wordCount(leadIn) >= 1,
            leadIn.allSatisfy({ !claimed[$0] && segmentOf[$0] < 0 && tokens[$0].kind != .openQuote && tokens[$0].kind != .closeQuote })
        else { return nil }
        guard let first = leadIn.first(where: { tokens[$0].isWord }),
            !(first..<leadIn.upperBound).contains(where: { tokens[$0].kind == .lineBreak })
        else { return nil }
        return leadIn
    }
}
