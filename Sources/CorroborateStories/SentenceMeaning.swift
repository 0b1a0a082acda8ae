import CorroborateEmbeddings

/// Sentence embeddings for reconciliation: the MiniLM encoder when its weights are installed,
/// so "there was no conversation" and "no conversation happened" compare as the same words.
/// Copies share one ``EmbeddingCache`` (by default an ``EmbeddingMemo``): a text is embedded once
/// however often stories are rebuilt, and, with a cache kept in a store, once across processes.
public struct SentenceMeaning: Sendable {
    /// The encoder.
    public let encoder: SentenceEncoder
    /// Where embeddings are looked up before the encoder runs, and kept after.
    public let cache: any EmbeddingCache

    public init(encoder: SentenceEncoder, cache: any EmbeddingCache = EmbeddingMemo()) {
        self.encoder = encoder
        self.cache = cache
    }

    /// The encoder from the default model folder (`scripts/setup.sh` installs it), or nil when
    /// the weights or OpenBLAS are not there.
    public static func installed() -> SentenceMeaning? {
        (try? SentenceEncoder(configuration: .fromEnvironment())).map { SentenceMeaning(encoder: $0) }
    }

    /// The same encoder looking up and keeping embeddings in `cache`.
    public func caching(in cache: any EmbeddingCache) -> SentenceMeaning {
        SentenceMeaning(encoder: encoder, cache: cache)
    }

    /// Unit embeddings of `texts`, in order.
    public func embed(_ texts: [String]) -> [[Float]] {
        texts.isEmpty ? [] : cache.embeddings(of: texts, embed: encoder.embed)
    }
}
