import CorroborateEmbeddings

/// Sentence embeddings for reconciliation: the MiniLM encoder when its weights are installed,
/// so "there was no conversation" and "no conversation happened" compare as the same words.
public struct SentenceMeaning: Sendable {
    private let encoder: SentenceEncoder

    public init(encoder: SentenceEncoder) {
        self.encoder = encoder
    }

    /// The encoder from the default model folder (`scripts/setup.sh` installs it), or nil when
    /// the weights are not there.
    public static func installed() -> SentenceMeaning? {
        (try? SentenceEncoder(configuration: .fromEnvironment())).map(SentenceMeaning.init)
    }

    /// Unit embeddings of `texts`, in order.
    public func embed(_ texts: [String]) -> [[Float]] {
        texts.isEmpty ? [] : encoder.embed(texts)
    }
}
