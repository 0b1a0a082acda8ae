@testable import CorroborateEmbeddings
import CorroborateCore
import Foundation
import Testing

/// The encoder's code paths on the tiny random BERT fixture (no real weights needed).
@Suite struct SentenceEncoderTests {
    static let texts = [
        "the cat sat on the mat.", "a dog ran!", "cats", "unable, the dog sat on a mat", "", "“Türkiye” Zürich",
        "the cat sat on the mat. the dog ran on the mat, the cat sat.",
    ]

    @Test("matches a plain double-precision forward pass", arguments: texts)
    func matchesReference(text: String) throws {
        let fixture = try TinyBert()
        defer { fixture.remove() }
        let encoder = try fixture.encoder()
        let expected = fixture.referenceEmbedding(encoder.tokenizer.encode(text))
        let actual = encoder.embed(text)
        #expect(actual.count == TinyBert.configuration.hiddenSize)
        #expect(zip(actual, expected).allSatisfy { abs(Double($0) - $1) < 1e-5 })
    }

    @Test("a batch gives the same vectors as one text at a time, in input order")
    func batchEqualsSingles() throws {
        let fixture = try TinyBert()
        defer { fixture.remove() }
        let encoder = try fixture.encoder(batchTokens: 24)
        let batched = encoder.embed(Self.texts)
        for (text, vector) in zip(Self.texts, batched) {
            #expect(zip(vector, encoder.embed(text)).allSatisfy { abs($0 - $1) < 1e-6 }, "\(text)")
        }
    }

    @Test("every embedding has unit length", arguments: texts)
    func unitLength(text: String) throws {
        let fixture = try TinyBert()
        defer { fixture.remove() }
        let vector = try fixture.encoder().embed(text)
        #expect(abs(VectorSimilarity.dot(vector, vector) - 1) < 1e-5)
    }

    @Test("texts longer than the limit are truncated to it, [SEP] last")
    func truncation() throws {
        let fixture = try TinyBert()
        defer { fixture.remove() }
        let encoder = try fixture.encoder(maxTokens: 10)
        let ids = encoder.tokenizer.encode(String(repeating: "the cat sat ", count: 20))
        #expect(ids.count == 10)
        #expect(ids.first == encoder.tokenizer.vocabulary.classifierID)
        #expect(ids.last == encoder.tokenizer.vocabulary.separatorID)
    }

    @Test("the token limit never exceeds the model's positions")
    func limitCappedByPositions() throws {
        let fixture = try TinyBert()
        defer { fixture.remove() }
        let encoder = try fixture.encoder(maxTokens: 256)
        let long = String(repeating: "the cat sat ", count: 40)
        #expect(encoder.tokenizer.encode(long).count == TinyBert.configuration.maxPositionEmbeddings)
        #expect(encoder.embed(long).count == TinyBert.configuration.hiddenSize)
    }

    @Test("batches group texts by length within the token budget")
    func batchesByLength() throws {
        let fixture = try TinyBert()
        defer { fixture.remove() }
        let encoder = try fixture.encoder(batchTokens: 8)
        let sequences: [[Int32]] = [[1, 2, 3, 4, 5], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]
        #expect(encoder.batches(of: sequences) == [[1, 2], [0], [3]])
    }

    @Test("a missing model names scripts/setup.sh")
    func missingModel() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-model-\(UUID().uuidString)")
        let error = #expect(throws: CorroborateError.self) {
            try SentenceEncoder(configuration: .init(modelDirectory: missing))
        }
        #expect(error?.code == .missingResource)
        #expect(error?.description.contains("scripts/setup.sh") == true)
    }

    @Test("CORROBORATE_MODELS sets the models root")
    func environmentRoot() {
        let configuration = SentenceEncoder.Configuration.fromEnvironment(["CORROBORATE_MODELS": "/opt/models"])
        #expect(configuration.modelDirectory.path == "/opt/models/all-MiniLM-L6-v2")
    }

    /// The identity names the model folder, then digests its files and token limit: the same
    /// folder and limit give the same identity, another limit or other weights (seed) another, so
    /// kept vectors of one are never read for the other. Seed nil: the reference folder itself.
    @Test("the model identity changes with the weights and the token limit", arguments: [(nil, 256, true), (nil, 12, false), (8, 256, false)] as [(UInt64?, Int, Bool)])
    func modelIdentity(seed: UInt64?, maxTokens: Int, same: Bool) throws {
        let reference = try TinyBert(seed: 7)
        let other = try seed.map { try TinyBert(seed: $0) } ?? reference
        defer { reference.remove(); other.remove() }
        let identity = try reference.encoder().modelIdentity
        let digest = { (identity: String) in identity.split(separator: "@").last.map(String.init) }
        #expect(try (digest(other.encoder(maxTokens: maxTokens).modelIdentity) == digest(identity)) == same)
        #expect(identity.hasPrefix(reference.directory.lastPathComponent + "@"))
    }
}
