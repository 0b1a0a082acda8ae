import Testing
@testable import CorroborateExtraction

@Suite struct BasicSentenceSplitterTests {
    private let splitter = BasicSentenceSplitter()

    @Test(arguments: [
        ("One. Two.", ["One.", "Two."]),
        ("He left! Did she? Yes.", ["He left!", "Did she?", "Yes."]),
        ("Gen. Smith met J. Doe in the U.S. on Monday.", ["Gen. Smith met J. Doe in the U.S. on Monday."]),
        ("“It ended.” Then 3 more came.", ["“It ended.”", "Then 3 more came."]),
        ("He said “no.” “Why?” she asked.", ["He said “no.”", "“Why?” she asked."]),
        ("(See below.) Next one.", ["(See below.)", "Next one."]),
        ("a lower. case next", ["a lower. case next"]),
        ("Ends at 3.5 per cent. Élan follows.", ["Ends at 3.5 per cent.", "Élan follows."]),
        ("  padded.\u{2003} Zed  ", ["padded.", "Zed"]),
        ("Café. (Über) ok", ["Café.", "(Über) ok"]),
        ("", []),
        ("   ", []),
        ("No terminal at all", ["No terminal at all"]),
        ("Trailing space after end. ", ["Trailing space after end."]),
    ])
    func splitsSentences(text: String, expected: [String]) {
        #expect(splitter.sentences(in: text) == expected)
    }

    @Test func readsFourByteScalarsAroundTerminals() {
        #expect(splitter.sentences(in: "Rockets 🚀. 𝐀 bold start.") == ["Rockets 🚀.", "𝐀 bold start."])
    }

    @Test func keepsASingleAccentedInitialTogether() {
        #expect(splitter.sentences(in: "É. Zola wrote it.") == ["É. Zola wrote it."])
    }
}

/// The splitter as it was written over `[Unicode.Scalar]` (before the UTF-8 scan): the byte scan must
/// split every text exactly as it did.
@Suite struct BasicSentenceSplitterEquivalenceTests {
    private static let pieces = [
        "Dr. ", "J. ", "U.S. ", "word", "é", "🚀", "“", "”", "’", "'", "\"", "(", ")", "]", ". ", "! ", "? ", ".", " ",
        "\u{A0}", "\u{2003}", "\n", "Zed", "zed", "3", "Élan", "no.", "ok",
    ]

    /// Deterministic pseudo-random texts made of `pieces`.
    private static func texts(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            return text
        }
    }

    @Test func splitsLikeTheScalarSplitter() {
        let splitter = BasicSentenceSplitter()
        for text in Self.texts(count: 3000) {
            #expect(splitter.sentences(in: text) == ScalarSplitter(abbreviations: splitter.abbreviations).sentences(in: text), "\(text)")
        }
    }
}

private struct ScalarSplitter {
    let abbreviations: Set<String>

    func sentences(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [String] = []
        var start = 0, index = 0
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
