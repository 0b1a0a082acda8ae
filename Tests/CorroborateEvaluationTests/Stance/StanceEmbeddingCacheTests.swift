import Foundation
import Testing

@testable import CorroborateEvaluation

@Suite struct StanceEmbeddingCacheTests {
    /// A fake encoder: the text's length and word count, counting the texts it is asked for.
    final class Counter {
        var asked: [String] = []
        func embed(_ texts: [String]) -> [[Float]] {
            asked += texts
            return texts.map { [Float($0.count), Float($0.split(separator: " ").count)] }
        }
    }

    @Test func embedsEachTextOnceAndReadsItBackFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stance-cache-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        let counter = Counter()
        var cache = StanceEmbeddingCache(url: url)
        cache.chunk = 1
        #expect(cache.embeddings(["a b", "cde", "a b"], embed: counter.embed) == [[3, 2], [3, 1], [3, 2]])
        #expect(counter.asked.sorted() == ["a b", "cde"])
        var reread = StanceEmbeddingCache(url: url)
        #expect(reread.embeddings(["cde", "x"], embed: counter.embed) == [[3, 1], [1, 1]])
        #expect(counter.asked.sorted() == ["a b", "cde", "x"])
    }
}
