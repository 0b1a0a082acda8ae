/// "A spokesman for the mayor declined to comment to The New York Times, but two officials ... are said
/// to have confirmed that ...": what a refusal holds ends at a contrasting clause; the rest is another
/// source's report.
extension AttributionScan {
    /// Where the content of a refusal cue ("declined", "refused") ends: before ", but", ", although",
    /// ", though", ", while" or ", whereas"; nil when the cue is no refusal or no such clause follows.
    func refusalEnd(content: Range<Int>, cue: Range<Int>) -> Int? {
        guard Self.refusalCues.contains(tokens[cue.lowerBound].lower), cue.upperBound <= content.lowerBound else { return nil }
        return content.first { index in
            index > content.lowerBound && tokens[index - 1].lower == "," && Self.contrastOpeners.contains(tokens[index].lower)
                && segmentOf[index] < 0
        }.map { $0 - 1 }
    }

    static let refusalCues: Set<String> = ["declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing"]
    static let contrastOpeners: Set<String> = ["but", "although", "though", "while", "whereas"]
}
