extension AttributionScan {
    /// A content cut where an earlier attribution inside it starts or ends: "DeSantis said he has
    /// supported legislation that would curb accreditation bodies, which he called “a cartel.”"
    /// keeps "he has supported ... bodies" when the quote at its end was attributed first. A
    /// content after its cue keeps its words before the first claimed token (less a relative or
    /// conjunction word left dangling: ", which"), one before its cue those after the last (the
    /// words nearest the cue); a content with none claimed is unchanged.
    func unclaimedSide(of range: Range<Int>, cue: Range<Int>) -> Range<Int> {
        guard let first = range.first(where: { claimed[$0] }) else { return range }
        if range.upperBound <= cue.lowerBound, let last = range.last(where: { claimed[$0] }) {
            return (last + 1)..<range.upperBound
        }
        var end = first
        while end > range.lowerBound, !tokens[end - 1].isWord || Self.danglingWords.contains(tokens[end - 1].lower) { end -= 1 }
        return range.lowerBound..<end
    }

    /// Words that cannot end a content cut before an attribution ("..., which he called “a cartel”").
    static let danglingWords: Set<String> = ["which", "who", "whom", "that", "and", "but", "or", "as", "when", "where", "while", "what"]
}
