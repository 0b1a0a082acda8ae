import CorroborateEmbeddings
import Testing

@Suite struct EmbeddingMemoTests {
    /// A stand-in encoder: one component, the text's length; records every text it was asked for.
    final class CountingEncoder: @unchecked Sendable {
        var asked: [[String]] = []
        func embed(_ texts: [String]) -> [[Float]] {
            asked.append(texts)
            return texts.map { [Float($0.count)] }
        }
    }

    @Test func remembersTextsAndEmbedsEachMissOnce() {
        let memo = EmbeddingMemo(capacity: 100)
        let encoder = CountingEncoder()
        #expect(memo.embeddings(of: ["ab", "abc", "ab"], embed: encoder.embed) == [[2], [3], [2]])
        #expect(encoder.asked == [["ab", "abc"]])
        #expect(memo.embeddings(of: ["abc", "abcd"], embed: encoder.embed) == [[3], [4]])
        #expect(encoder.asked.last == ["abcd"])
        #expect(memo.embeddings(of: ["ab", "abcd"], embed: encoder.embed) == [[2], [4]])
        #expect(encoder.asked.count == 2)
        #expect(memo.count == 3)
    }

    @Test func staysWithinItsCapacityAndKeepsRecentTexts() {
        let memo = EmbeddingMemo(capacity: 4)
        let encoder = CountingEncoder()
        for text in ["a", "bb", "ccc", "dddd", "eeeee", "ffffff"] {
            _ = memo.embeddings(of: [text], embed: encoder.embed)
            #expect(memo.count <= 4)
        }
        _ = memo.embeddings(of: ["ffffff", "eeeee"], embed: encoder.embed)
        #expect(encoder.asked.count == 6)
        _ = memo.embeddings(of: ["a"], embed: encoder.embed)
        #expect(encoder.asked.count == 7)
    }

    @Test func anEncoderThatReturnsTooFewVectorsIsAskedForEveryText() {
        let memo = EmbeddingMemo()
        let vectors = memo.embeddings(of: ["x", "y"]) { texts in texts.count == 2 ? [[1], [2]] : [] }
        #expect(vectors == [[1], [2]])
    }
}
