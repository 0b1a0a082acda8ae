/// A content that opens its article's first sentence starts after the dateline and its credit:
/// "(Reuters) - A Canadian soldier was shot ..., according to ...", "Washington (CNN) -- The man
/// who jumped ...", "NEW YORK CITY — The New York Police Department will ...". The dateline is the
/// writer's furniture, not words of the source.
extension AttributionScan {
    /// `range` without a leading dateline: an optional place (up to `datelinePlaceTokens` capitalised
    /// words, commas and numbers), then an agency in brackets and a dash, or an upper-case place and a
    /// dash alone. Unchanged when the range opens otherwise.
    func afterDateline(_ range: Range<Int>) -> Range<Int> {
        var index = range.lowerBound
        while index < range.upperBound, tokens[index].kind == .lineBreak { index += 1 }
        let start = index
        var placeWords = 0
        var upperCasePlace = true
        while index < range.upperBound, index - start < Self.datelinePlaceTokens {
            let token = tokens[index]
            if token.isWord, token.isCapitalized || token.lower.first?.isNumber == true {
                placeWords += 1
                upperCasePlace = upperCasePlace && isUpperCase(token)
            } else if token.lower != "," || placeWords == 0 {
                break
            }
            index += 1
        }
        var credited = false
        if index < range.upperBound, tokens[index].lower == "(" {
            guard let close = (index + 1..<min(range.upperBound, index + 6)).first(where: { tokens[$0].lower == ")" }),
                  close > index + 1, (index + 1..<close).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized })
            else { return range }
            index = close + 1
            credited = true
        } else if placeWords == 0 || !upperCasePlace {
            return range
        }
        let dashStart = index
        while index < range.upperBound, Self.datelineDashes.contains(tokens[index].lower) { index += 1 }
        guard index > dashStart, index < range.upperBound, tokens[index].isWord, tokens[index].isCapitalized else { return range }
        // An upper-case place alone must be a place, not a label ("BREAKING — ...", "UPDATE - ...").
        guard credited || !Self.datelineLabels.contains(tokens[start].lower) else { return range }
        return index..<range.upperBound
    }

    /// Whether every letter of a word token is upper case ("NEW", "D.C.").
    private func isUpperCase(_ token: ScanToken) -> Bool {
        let scalars = document.scalars[token.start..<token.end]
        return scalars.contains { $0.properties.isAlphabetic } && !scalars.contains { $0.properties.isLowercase }
    }

    /// The most tokens a dateline's place may take ("LONDON, Nov 11", "OTTAWA, Ontario").
    static let datelinePlaceTokens = 8
    /// Upper-case labels that open a line like a place but are none.
    static let datelineLabels: Set<String> = ["breaking", "update", "updated", "exclusive", "watch", "video", "live", "editor's", "note", "correction", "analysis", "opinion"]
    /// Dash scalars that end a dateline ("--" is two hyphens).
    static let datelineDashes: Set<String> = ["-", "—", "–"]
}
