extension AttributionScan {
    /// A cue inside a fronted subordinate clause reports that clause only: "While the Kremlin
    /// insists there was no call, the news has many wondering" has the content "there was no
    /// call" (PolNeAR's convention), and the main clause stays free for its own cue ("While
    /// Clinton pledged to work with both parties, Sanders insisted that ..."). For a content
    /// `content` after its cue `cue`, whose clause opens with one of `fronting` and has no comma
    /// before the cue: the first comma outside quotation marks in the content, with a word before
    /// it; otherwise nil. ("As X said, ..." is left out: its content is the main clause.)
    func subordinateEnd(content: Range<Int>, cue: Range<Int>) -> Int? {
        guard cue.upperBound <= content.lowerBound, cue.lowerBound < tokens.count else { return nil }
        let bounds = clause(around: cue.lowerBound, within: sentence(of: cue.lowerBound))
        guard let opener = frontingOpener(in: bounds.lowerBound..<cue.lowerBound),
            !(opener..<cue.lowerBound).contains(where: { tokens[$0].lower == "," && segmentOf[$0] < 0 }),
            let comma = content.first(where: { tokens[$0].lower == "," && segmentOf[$0] < 0 }),
            wordCount(content.lowerBound..<comma) >= 1
        else { return nil }
        return comma
    }

    /// Whether `range` is a fronted subordinate clause ("While in Iowa", "But when asked"): words before
    /// a cue that open with one of `fronting`, with no comma inside, set the scene of the main clause and report nothing, so a
    /// short clause after the cue ("While in Iowa, Smith said the plan was dead") is its content.
    func isFrontedClause(_ range: Range<Int>) -> Bool {
        // "If the plan fails, the country will suffer, Smith said": a comma inside ends the subordinate
        // clause before the cue, and what follows it is the content.
        frontingOpener(in: range) != nil && !range.contains(where: { tokens[$0].lower == "," && segmentOf[$0] < 0 })
    }

    /// The word of `fronting` that opens `range`, perhaps after one of `leading` ("But while"); nil when none does.
    func frontingOpener(in range: Range<Int>) -> Int? {
        guard let opener = openingWord(in: range) else { return nil }
        return Self.fronting.contains(tokens[opener].lower) ? opener : nil
    }

    /// The first word of `range`, past one of `leading` before another word ("But while", "But speaking").
    func openingWord(in range: Range<Int>) -> Int? {
        guard var opener = range.first(where: { tokens[$0].isWord }) else { return nil }
        if Self.leading.contains(tokens[opener].lower), opener + 1 < range.upperBound { opener += 1 }
        return opener
    }

    /// Words that may come before the opening word ("But while ...", "Even though ...").
    static let leading: Set<String> = ["but", "and", "even", "so", "yet"]

    /// Words opening a subordinate clause before its main clause ("While ...,", "Although ...,").
    static let fronting: Set<String> = [
        "while", "although", "though", "because", "since", "if", "when", "whereas", "after", "before",
    ]
}
