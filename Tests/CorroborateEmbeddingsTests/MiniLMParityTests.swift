import CorroborateEmbeddings
import Foundation
import Testing

/// Parity with sentence-transformers on the 40 reference sentences (needs the real weights).
@Suite(.enabled(if: SharedData.hasWeights, "needs all-MiniLM-L6-v2 (scripts/setup.sh) and ../shared"))
struct MiniLMParityTests {
    static let encoder: SentenceEncoder? = try? SentenceEncoder(configuration: .fromEnvironment())
    /// All 40 embedded once, in one packed batch (the fixture tests show a batch equals single texts).
    static let embeddings: [String: [Float]] = {
        guard let encoder else { return [:] }
        let texts = ReferenceItem.all.map(\.text)
        return Dictionary(zip(texts, encoder.embed(texts)), uniquingKeysWith: { first, _ in first })
    }()

    @Test("token ids identical to the reference", arguments: ReferenceItem.all)
    func tokenIDs(item: ReferenceItem) throws {
        let encoder = try #require(Self.encoder)
        #expect(encoder.tokenizer.encode(item.text) == item.ids)
    }

    @Test("embedding within 1e-5 per component of the reference", arguments: ReferenceItem.all)
    func embedding(item: ReferenceItem) throws {
        let vector = try #require(Self.embeddings[item.text])
        let worst = zip(vector, item.embedding).map { abs($0 - $1) }.max() ?? .infinity
        #expect(vector.count == item.embedding.count)
        #expect(worst <= 1e-5)
        #expect(VectorSimilarity.cosine(vector, item.embedding) >= 0.99999)
    }

    @Test("one text alone matches the reference too")
    func single() throws {
        let encoder = try #require(Self.encoder)
        let item = try #require(ReferenceItem.all.max { $0.ids.count < $1.ids.count })
        let worst = zip(encoder.embed(item.text), item.embedding).map { abs($0 - $1) }.max() ?? .infinity
        #expect(worst <= 1e-5)
    }

    @Test("paraphrases are nearer each other than unrelated sentences")
    func paraphrases() throws {
        let encoder = try #require(Self.encoder)
        let vectors = encoder.embed([
            "There was no conversation.", "No conversation happened.", "Sanctions on Syria were lifted.",
        ])
        var index = EmbeddingIndex<Int>(dimension: encoder.dimension)
        index.add(vectors[1], id: 1)
        index.add(vectors[2], id: 2)
        #expect(index.nearest(to: vectors[0], k: 1).first?.id == 1)
    }
}
