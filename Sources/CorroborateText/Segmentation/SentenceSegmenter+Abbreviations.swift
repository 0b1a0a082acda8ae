import CorroborateCore

extension SentenceSegmenter {
    /// Whether `current` ends with an abbreviation whose rule joins it to `next`.
    ///
    /// The last word of `current` is the run of letters and periods before its final period
    /// ("U.S.", "Gen.", "J."). A single capital letter is an initial, joined when `next` starts
    /// with a capital ("J. Smith"). Other words follow `vocabulary.abbreviations`.
    func continuesAbbreviation(_ current: TextRange, _ next: TextRange, in scalars: [Unicode.Scalar]) -> Bool {
        guard current.end - current.start >= 2, scalars[current.end - 1] == "." else { return false }
        var start = current.end - 1
        while start > current.start, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." {
            start -= 1
        }
        let word = scalars[start..<(current.end - 1)]
        guard !word.isEmpty, word.count <= 12 else { return false }
        let first = Self.firstWord(of: next, in: scalars)
        if word.count == 1, let letter = word.first, letter.properties.isUppercase {
            return first.first?.properties.isUppercase ?? false
        }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: word)
        switch vocabulary.abbreviations[String(key).lowercased()] {
        case .always: return true
        case .digit: return first.first.map { ("0"..."9").contains($0) } ?? false
        case .acronym:
            guard !first.isEmpty else { return false }
            var opener = String.UnicodeScalarView()
            opener.append(contentsOf: first)
            return !vocabulary.sentenceStarters.contains(String(opener).lowercased())
        case nil: return false
        }
    }

    /// The first word (letters or digits) of `range`, after any opening quotes or brackets.
    static func firstWord(of range: TextRange, in scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var start = range.start
        while start < range.end, !(scalars[start].properties.isAlphabetic || scalars[start].properties.numericType != nil) {
            start += 1
        }
        var end = start
        while end < range.end, scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil {
            end += 1
        }
        return scalars[start..<end]
    }
}
