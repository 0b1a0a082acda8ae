@testable import CorroborateEmbeddings
import Testing

@Suite struct WordPieceTokenizerTests {
    static let tokenizer: WordPieceTokenizer? = (try? WordPieceVocabulary(tokens: TinyBert.vocabulary))
        .map { WordPieceTokenizer(vocabulary: $0) }

    @Test("greedy longest-match pieces with ## continuations", arguments: [
        ("The cats sat.", ["[CLS]", "the", "cat", "##s", "sat", ".", "[SEP]"]),
        ("unable", ["[CLS]", "un", "##able", "[SEP]"]),
        ("ab", ["[CLS]", "a", "##b", "[SEP]"]),
        ("un", ["[CLS]", "un", "[SEP]"]),
        ("xyz cat", ["[CLS]", "[UNK]", "cat", "[SEP]"]),
        ("catx", ["[CLS]", "[UNK]", "[SEP]"]),
        ("“Türkiye”", ["[CLS]", "“", "turkiye", "”", "[SEP]"]),
        ("", ["[CLS]", "[SEP]"]),
    ])
    func pieces(text: String, expected: [String]) throws {
        let tokenizer = try #require(Self.tokenizer)
        #expect(tokenizer.tokens(tokenizer.encode(text)) == expected)
    }

    @Test("a word over the character limit is [UNK]")
    func longWord() throws {
        var tokenizer = try #require(Self.tokenizer)
        tokenizer.maxCharactersPerWord = 4
        #expect(tokenizer.tokens(tokenizer.encode("cats catss")) == ["[CLS]", "cat", "##s", "[UNK]", "[SEP]"])
    }

    @Test("truncation keeps the first pieces and ends with [SEP]", arguments: [2, 3, 5])
    func truncation(limit: Int) throws {
        var tokenizer = try #require(Self.tokenizer)
        tokenizer.maxTokens = limit
        let ids = tokenizer.encode("unable cats sat on the mat")
        let full = ["[CLS]", "un", "##able", "cat", "##s", "sat"]
        #expect(tokenizer.tokens(ids) == Array(full.prefix(limit - 1)) + ["[SEP]"])
    }

    @Test("a vocabulary without the special tokens is rejected")
    func missingSpecials() {
        #expect(throws: (any Error).self) { try WordPieceVocabulary(tokens: ["a", "b"]) }
    }
}
