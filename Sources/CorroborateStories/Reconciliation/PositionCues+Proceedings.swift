/// "dismissed 849 misdemeanor marijuana cases", "rejected the appeal": a denial verb whose object is a
/// legal proceeding or a request is a decision on it, not a position on a claim ("dismissed the
/// reports" stays a denial); "dismissed from service" removes someone from a post.
extension PositionCues {
    /// Whether a denial verb's object, within `proceedingWindow` words after it, is one of `proceedings`.
    static func decidesAProceeding(_ cue: Cue, words: FoldedWords, match: Range<Int>) -> Bool {
        guard cue.stance == .denies, denialVerbs.contains(cue.phrase) else { return false }
        // "was dismissed from service": removed from a post.
        if match.upperBound < words.count, words.words[match.upperBound] == "from" { return true }
        let end = min(words.count, match.upperBound + proceedingWindow)
        return words.words[match.upperBound..<end].contains { proceedings.contains($0) }
    }

    /// Words after a denial verb that may stand before the noun of its object ("the two remaining charges").
    static let proceedingWindow = 4

    /// Nouns of proceedings and requests that a court, a prosecutor or an official decides on.
    static let proceedings: Set<Substring> = [
        "case", "cases", "charge", "charges", "count", "counts", "lawsuit", "lawsuits", "suit", "suits", "complaint",
        "complaints", "indictment", "indictments", "appeal", "appeals", "petition", "petitions", "motion", "motions",
        "application", "applications", "bid", "bids", "offer", "offers", "proposal", "proposals", "request", "requests",
        "plea", "pleas", "nomination", "juror", "jurors", "jury", "bill", "bills", "amendment", "amendments",
    ]
}
