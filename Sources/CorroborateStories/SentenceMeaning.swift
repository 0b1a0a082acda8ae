import CorroborateEmbeddings

/// Sentence embeddings for reconciliation: the MiniLM encoder when its weights are installed,
/// so "there was no conversation" and "no conversation happened" compare as the same words.
/// Copies share one ``EmbeddingMemo``: a text is embedded once however often stories are rebuilt.
public struct SentenceMeaning: Sendable {
    private let encoder: SentenceEncoder
    private let memo: EmbeddingMemo

    public init(encoder: SentenceEncoder, memo: EmbeddingMemo = EmbeddingMemo()) {
        self.encoder = encoder
        self.memo = memo
    }

    /// The encoder from the default model folder (`scripts/setup.sh` installs it), or nil when
    /// the weights are not there.
    public static func installed() -> SentenceMeaning? {
        (try? SentenceEncoder(configuration: .fromEnvironment())).map { SentenceMeaning(encoder: $0) }
    }

    /// Unit embeddings of `texts`, in order.
    public func embed(_ texts: [String]) -> [[Float]] {
        texts.isEmpty ? [] : memo.embeddings(of: texts, embed: encoder.embed)
    }
}
