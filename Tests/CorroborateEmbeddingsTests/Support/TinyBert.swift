import CorroborateCore
@testable import CorroborateEmbeddings
import Foundation

/// A tiny random BERT (2 layers, 4 heads, hidden 16) written to a temporary folder in the same
/// layout as the real model, plus a plain double-precision forward pass to check the BLAS one.
struct TinyBert {
    static let vocabulary = [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "cat", "sat", "on", "mat", "##s", ".", ",",
        "un", "##able", "a", "##b", "dog", "ran", "!", "“", "”", "turkiye", "zurich", "u", "##n",
    ]
    static let configuration = BertConfiguration(
        vocabSize: vocabulary.count, hiddenSize: 16, numHiddenLayers: 2, numAttentionHeads: 4,
        intermediateSize: 32, maxPositionEmbeddings: 24, typeVocabSize: 2
    )

    /// The folder holding config.json, vocab.txt and model.safetensors.
    let directory: URL
    /// The tensors as written, by name.
    let tensors: [String: [Float]]

    /// Writes the fixture into a fresh temporary folder.
    init(seed: UInt64 = 7) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tiny-bert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var random = SplitMix64(seed: seed)
        let list = Self.tensorShapes.map { name, shape in
            let count = shape.reduce(1, *)
            let isScale = name.hasSuffix("LayerNorm.weight")
            let values = (0..<count).map { _ in isScale ? 1 + random.uniform(0.2) : random.uniform(0.5) }
            return (name: name, shape: shape, values: values)
        }
        tensors = Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0.values) })
        try SafeTensorsWriter.write(list, to: directory.appendingPathComponent("model.safetensors"))
        try (Self.vocabulary.joined(separator: "\n") + "\n")
            .write(to: directory.appendingPathComponent("vocab.txt"), atomically: true, encoding: .utf8)
        let config = try JSONEncoder().encode(Self.configuration)
        try config.write(to: directory.appendingPathComponent("config.json"))
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// An encoder over the fixture.
    func encoder(maxTokens: Int = 256, batchTokens: Int = 2048) throws -> SentenceEncoder {
        try SentenceEncoder(configuration: .init(modelDirectory: directory, maxTokens: maxTokens, batchTokens: batchTokens))
    }

    static var tensorShapes: [(String, [Int])] {
        let c = configuration
        let h = c.hiddenSize
        var shapes: [(String, [Int])] = [
            ("embeddings.word_embeddings.weight", [c.vocabSize, h]),
            ("embeddings.position_embeddings.weight", [c.maxPositionEmbeddings, h]),
            ("embeddings.token_type_embeddings.weight", [c.typeVocabSize, h]),
            ("embeddings.LayerNorm.weight", [h]), ("embeddings.LayerNorm.bias", [h]),
        ]
        for layer in 0..<c.numHiddenLayers {
            let p = "encoder.layer.\(layer)."
            for part in ["query", "key", "value"] {
                shapes += [(p + "attention.self.\(part).weight", [h, h]), (p + "attention.self.\(part).bias", [h])]
            }
            shapes += [
                (p + "attention.output.dense.weight", [h, h]), (p + "attention.output.dense.bias", [h]),
                (p + "attention.output.LayerNorm.weight", [h]), (p + "attention.output.LayerNorm.bias", [h]),
                (p + "intermediate.dense.weight", [c.intermediateSize, h]), (p + "intermediate.dense.bias", [c.intermediateSize]),
                (p + "output.dense.weight", [h, c.intermediateSize]), (p + "output.dense.bias", [h]),
                (p + "output.LayerNorm.weight", [h]), (p + "output.LayerNorm.bias", [h]),
            ]
        }
        return shapes
    }

    /// The normalised mean-pooled embedding of `ids`, computed naively in Double.
    func referenceEmbedding(_ ids: [Int32]) -> [Double] {
        let c = Self.configuration
        let h = c.hiddenSize
        func t(_ name: String) -> [Double] { tensors[name, default: []].map(Double.init) }
        let words = t("embeddings.word_embeddings.weight"), positions = t("embeddings.position_embeddings.weight")
        let types = t("embeddings.token_type_embeddings.weight")
        var x: [[Double]] = ids.enumerated().map { position, id in
            (0..<h).map { words[Int(id) * h + $0] + positions[position * h + $0] + types[$0] }
        }
        x = x.map { Self.layerNorm($0, t("embeddings.LayerNorm.weight"), t("embeddings.LayerNorm.bias")) }
        for layer in 0..<c.numHiddenLayers {
            let p = "encoder.layer.\(layer)."
            let q = Self.linear(x, t(p + "attention.self.query.weight"), t(p + "attention.self.query.bias"))
            let k = Self.linear(x, t(p + "attention.self.key.weight"), t(p + "attention.self.key.bias"))
            let v = Self.linear(x, t(p + "attention.self.value.weight"), t(p + "attention.self.value.bias"))
            let context = Self.attention(q, k, v, heads: c.numAttentionHeads)
            let attended = Self.linear(context, t(p + "attention.output.dense.weight"), t(p + "attention.output.dense.bias"))
            x = zip(x, attended).map { Self.layerNorm(zip($0, $1).map(+), t(p + "attention.output.LayerNorm.weight"),
                                                      t(p + "attention.output.LayerNorm.bias")) }
            let inner = Self.linear(x, t(p + "intermediate.dense.weight"), t(p + "intermediate.dense.bias"))
                .map { $0.map { 0.5 * $0 * (1 + erf($0 / 2.0.squareRoot())) } }
            let out = Self.linear(inner, t(p + "output.dense.weight"), t(p + "output.dense.bias"))
            x = zip(x, out).map { Self.layerNorm(zip($0, $1).map(+), t(p + "output.LayerNorm.weight"),
                                                 t(p + "output.LayerNorm.bias")) }
        }
        let mean = (0..<h).map { column in x.reduce(0) { $0 + $1[column] } / Double(x.count) }
        let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return mean.map { $0 / norm }
    }

    static func linear(_ x: [[Double]], _ w: [Double], _ b: [Double]) -> [[Double]] {
        let inputs = x.first?.count ?? 0
        return x.map { row in
            b.indices.map { out in b[out] + (0..<inputs).reduce(0) { $0 + row[$1] * w[out * inputs + $1] } }
        }
    }

    static func layerNorm(_ x: [Double], _ scale: [Double], _ shift: [Double]) -> [Double] {
        let mean = x.reduce(0, +) / Double(x.count)
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count)
        return x.indices.map { (x[$0] - mean) / (variance + 1e-12).squareRoot() * scale[$0] + shift[$0] }
    }

    static func attention(_ q: [[Double]], _ k: [[Double]], _ v: [[Double]], heads: Int) -> [[Double]] {
        let width = q[0].count, size = width / heads
        var context = [[Double]](repeating: [Double](repeating: 0, count: width), count: q.count)
        for head in 0..<heads {
            let columns = (head * size)..<((head + 1) * size)
            for i in q.indices {
                let scores = k.indices.map { j in columns.reduce(0) { $0 + q[i][$1] * k[j][$1] } / Double(size).squareRoot() }
                let largest = scores.max() ?? 0
                let weights = scores.map { exp($0 - largest) }
                let total = weights.reduce(0, +)
                for column in columns {
                    context[i][column] = k.indices.reduce(0) { $0 + weights[$1] / total * v[$1][column] }
                }
            }
        }
        return context
    }
}

/// Fixture values from the seeded generator, so fixtures are the same on every run.
extension SplitMix64 {
    /// Uniform in [-scale, scale].
    mutating func uniform(_ scale: Float) -> Float {
        (Float(next() >> 40) / Float(1 << 24) * 2 - 1) * scale
    }
}
