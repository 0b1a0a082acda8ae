import CorroborateCore

extension AttributionScan {
    /// A speaker and cue set off by commas inside their content report both sides of it:
    /// "The emails were on a variety of topics, the Times said, including speeches" and "In the
    /// long run, many economists say, this effect could ripple" are one attribution whose content
    /// is the words before the first comma and those after the second (PolNeAR joins the two
    /// fragments, as it joins `“A,” he said, “B.”`). The reported and learned stages take only the
    /// words after; this adds the words before as a second fragment with the same speaker and cue
    /// (the evaluation merges fragments sharing a cue), when they open the clause, are free and
    /// have at least `minimumParentheticalWords` words, and the speaker and cue have at most
    /// `maximumParentheticalWords`.
    mutating func addParentheticalOpenings() {
        for item in found.indices {
            guard let opening = parentheticalOpening(of: found[item]), let span = wordSpan(opening) else { continue }
            let anchor = opening.first(where: { tokens[$0].isWord }) ?? opening.lowerBound
            let original = found[item]
            found.append(Found(content: span, speaker: original.speaker, cue: original.cue, kind: .indirect, stage: original.stage, anchor: anchor))
            claim(opening)
        }
    }

    /// The free words from the clause start to the comma before the speaker and cue of `item`,
    /// when that parenthetical is followed by a comma (and perhaps "that") and then `item`'s content.
    func parentheticalOpening(of item: Found) -> Range<Int>? {
        guard item.kind != .direct, let speaker = item.speaker, let cue = item.cue, item.anchor < tokens.count else { return nil }
        let inner = min(speaker.lowerBound, cue.lowerBound)..<max(speaker.upperBound, cue.upperBound)
        guard inner.upperBound <= item.anchor, wordCount(inner) <= Self.maximumParentheticalWords, inner.lowerBound > 0,
            tokens[inner.lowerBound - 1].lower == ","
        else { return nil }
        let between = inner.upperBound..<item.anchor
        guard between.first.map({ tokens[$0].lower == "," }) == true,
            between.dropFirst().allSatisfy({ tokens[$0].lower == "that" || tokens[$0].lower == "," })
        else { return nil }
        let comma = inner.lowerBound - 1
        let bounds = clause(around: comma, within: sentence(of: comma))
        var start = bounds.lowerBound
        while start < comma, !tokens[start].isWord { start += 1 }
        let opening = start..<comma
        guard wordCount(opening) >= Self.minimumParentheticalWords,
            opening.allSatisfy({ !claimed[$0] && segmentOf[$0] < 0 && tokens[$0].kind != .lineBreak })
        else { return nil }
        return opening
    }

    /// The most words a speaker and cue set off by commas may have ("many economists say").
    static let maximumParentheticalWords = 5
    /// The fewest words before them that make an opening fragment.
    static let minimumParentheticalWords = 2
}
