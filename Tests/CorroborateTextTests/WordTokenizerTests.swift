import CorroborateCore
import Testing
@testable import CorroborateText

@Suite struct WordTokenizerTests {
    /// Tokens and kinds: words keep inner periods and apostrophes, numbers stay whole, punctuation splits.
    @Test func tokensAndKinds() {
        let text = "The U.S. paid $3.5 million, didn’t it?"
        let scalars = Array(text.unicodeScalars)
        let tokens = WordTokenizer().tokens(in: scalars)
        let texts = tokens.map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
        #expect(texts == ["The", "U.S", ".", "paid", "$", "3.5", "million", ",", "didn’t", "it", "?"])
        #expect(tokens[4].kind == .symbol)
        #expect(tokens[5].kind == .number)
        #expect(tokens[7].kind == .punctuation)
        #expect(tokens[8].kind == .word)
    }

    /// Offsets are scalar offsets even after characters outside the BMP.
    @Test func scalarOffsets() {
        let scalars = Array("🎉🎉 ok".unicodeScalars)
        let tokens = WordTokenizer().tokens(in: scalars)
        #expect(tokens.last?.range == TextRange(start: 3, end: 5))
    }
}
