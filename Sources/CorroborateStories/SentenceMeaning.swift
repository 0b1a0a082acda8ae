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

    /// Cosine of two vectors of one length (0 when either is zero).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        guard a.count == b.count else { return 0 }
        var dot: Float = 0, na: Float = 0, nb: Float = 0
        for i in a.indices {
            dot += a[i] * b[i]
            na += a[i] * a[i]
            nb += b[i] * b[i]
        }
        return na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : 0
    }
}
