import CorroborateCore
import Foundation

/// Sentence embeddings kept on disk by text hash, so repeated stance evaluations embed each FNC-1
/// sentence once. The file is a cache (never committed): count, dimension, then hash and floats per text.
public struct StanceEmbeddingCache {
    /// Where the cache lives.
    public var url: URL
    private var vectors: [UInt64: [Float]] = [:]
    private var dimension = 0
    /// Texts embedded between two saves (default 2,000).
    public var chunk = 2000

    /// The cache at `url`, read when it exists.
    public init(url: URL) {
        self.url = url
        guard let data = try? Data(contentsOf: url), data.count >= 16 else { return }
        data.withUnsafeBytes { raw in
            let count = Int(raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
            let dimension = Int(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            let stride = 8 + 4 * dimension
            guard dimension > 0, data.count >= 16 + count * stride else { return }
            self.dimension = dimension
            for index in 0..<count {
                let offset = 16 + index * stride
                let key = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                vectors[key] = (0..<dimension).map { raw.loadUnaligned(fromByteOffset: offset + 8 + 4 * $0, as: Float.self) }
            }
        }
    }

    /// Embeddings of `texts`, in order: cached ones read, the others computed by `embed` and saved.
    public mutating func embeddings(_ texts: [String], embed: ([String]) -> [[Float]]) -> [[Float]] {
        let keys = texts.map { ContentHash.fnv1a($0.utf8) }
        let missing = Set(keys.indices.filter { vectors[keys[$0]] == nil }.map { texts[$0] }).sorted()
        for start in stride(from: 0, to: missing.count, by: chunk) {
            let part = Array(missing[start..<min(start + chunk, missing.count)])
            for (text, vector) in zip(part, embed(part)) {
                vectors[ContentHash.fnv1a(text.utf8)] = vector
                dimension = vector.count
            }
            save()
        }
        return keys.map { vectors[$0] ?? [] }
    }

    private func save() {
        var data = Data()
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { data.append(contentsOf: $0) } }
        let entries = vectors.filter { $0.value.count == dimension }
        append(UInt64(entries.count))
        append(UInt64(dimension))
        for (key, vector) in entries.sorted(by: { $0.key < $1.key }) {
            append(key)
            vector.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        try? data.write(to: url, options: .atomic)
    }
}
