import CorroborateEmbeddings
import Foundation
import Testing

/// Parity with sentence-transformers on the 40 reference sentences (needs the real weights).
@Suite(.enabled(if: SharedData.hasWeights, "needs all-MiniLM-L6-v2 (scripts/setup.sh) and ../shared"))
struct MiniLMParityTests {
    static let encoder: SentenceEncoder? = try? SentenceEncoder(configuration: .fromEnvironment())

    @Test("token ids identical to the reference", arguments: ReferenceItem.all)
    func tokenIDs(item: ReferenceItem) throws {
        let encoder = try #require(Self.encoder)
        #expect(encoder.tokenizer.encode(item.text) == item.ids)
    }

    @Test("embedding within 1e-5 per component of the reference", arguments: ReferenceItem.all)
    func embedding(item: ReferenceItem) throws {
        let encoder = try #require(Self.encoder)
        let vector = encoder.embed(item.text)
        let worst = zip(vector, item.embedding).map { abs($0 - $1) }.max() ?? .infinity
        #expect(vector.count == item.embedding.count)
        #expect(worst <= 1e-5)
        #expect(VectorSimilarity.cosine(vector, item.embedding) >= 0.99999)
    }

    @Test("all 40 embedded in one batch match the reference")
    func batched() throws {
        let encoder = try #require(Self.encoder)
        let vectors = encoder.embed(ReferenceItem.all.map(\.text))
        for (vector, item) in zip(vectors, ReferenceItem.all) {
            let worst = zip(vector, item.embedding).map { abs($0 - $1) }.max() ?? .infinity
            #expect(worst <= 1e-5, "\(item.text)")
        }
    }
}
