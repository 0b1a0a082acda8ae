/// Sentence embeddings kept between calls, by exact text, for one encoder: what a story build asks
/// before it embeds. It says which texts it knows and takes the vectors just computed; where they
/// live (process memory, a store read before the build and written after it) is the conformer's
/// affair. A cache serves one model: a conformer that keeps vectors beyond the process keys them
/// by the model's identity as well (``SentenceEncoder/modelIdentity``).
public protocol EmbeddingCache: Sendable {
    /// The vectors known for `texts`, by text; a text not known is absent.
    func vectors(of texts: [String]) -> [String: [Float]]

    /// Keeps `vectors` (by text), just computed by the encoder.
    func remember(_ vectors: [String: [Float]])
}

extension EmbeddingCache {
    /// The embedding of each of `texts`, in order: known ones looked up, the others computed by
    /// `embed` in one call (each distinct text once) and remembered. When `embed` returns the wrong
    /// number of vectors, every text is embedded again in one call and nothing is remembered.
    public func embeddings(of texts: [String], embed: ([String]) -> [[Float]]) -> [[Float]] {
        let known = vectors(of: texts)
        var missing: [String] = []
        var seen = Set<String>()
        for text in texts where known[text] == nil && seen.insert(text).inserted { missing.append(text) }
        guard !missing.isEmpty else { return texts.map { known[$0] ?? [] } }
        let computed = embed(missing)
        guard computed.count == missing.count else { return embed(texts) }
        let fresh = Dictionary(zip(missing, computed), uniquingKeysWith: { first, _ in first })
        remember(fresh)
        return texts.map { known[$0] ?? fresh[$0] ?? [] }
    }
}
