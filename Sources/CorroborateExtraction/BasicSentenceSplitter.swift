import CorroborateCore

/// A dependency-free sentence splitter: breaks after `.`, `!`, `?` (and a closing quote or bracket
/// that follows them) when whitespace and an upper-case letter, digit or opening quote come next.
/// It does not break after single capital initials ("J."), nor after the abbreviations in
/// `abbreviations` ("U.S.", "Gen.", "Jan."). CorroborateText's ICU splitter is better; this one
/// keeps extraction usable on its own.
public struct BasicSentenceSplitter: SentenceSplitting {
    /// Lower-cased abbreviations, without their final period, that never end a sentence.
    public var abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc",
        "corp", "co", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "a.m", "p.m",
    ]

    public init() {}

    public func sentences(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if let end = sentenceEnd(at: index, in: scalars) {
                append(scalars[start..<end], to: &sentences)
                start = end
                index = end
            } else {
                index += 1
            }
        }
        append(scalars[start...], to: &sentences)
        return sentences
    }

    private func sentenceEnd(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        let terminal = scalars[index]
        guard terminal == "." || terminal == "!" || terminal == "?" else { return nil }
        var end = index + 1
        while end < scalars.count, "\"'”’)]".unicodeScalars.contains(scalars[end]) { end += 1 }
        guard end < scalars.count, scalars[end].properties.isWhitespace else { return nil }
        var next = end
        while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count else { return nil }
        let first = scalars[next]
        guard first.properties.isUppercase || first.properties.numericType != nil || "\"“‘'(".unicodeScalars.contains(first)
        else { return nil }
        if terminal == "." && isAbbreviation(endingAt: index, in: scalars) { return nil }
        return end
    }

    private func isAbbreviation(endingAt period: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var start = period
        while start > 0, !scalars[start - 1].properties.isWhitespace, scalars[start - 1] != "(" { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<period])).lowercased()
        if word.count == 1, let letter = word.unicodeScalars.first, letter.properties.isAlphabetic { return true }
        return abbreviations.contains(word)
    }

    private func append(_ slice: ArraySlice<Unicode.Scalar>, to sentences: inout [String]) {
        let sentence = String(String.UnicodeScalarView(slice)).trimmingWhitespace()
        if !sentence.isEmpty { sentences.append(sentence) }
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode `White_Space`).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
