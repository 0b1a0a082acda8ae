import CorroborateCore
import CorroborateEmbeddings

/// A claim or body ready for stance features: its tokens, its TF-IDF vector, one vector per
/// sentence, and where each term occurs.
public struct StanceDocument: Sendable {
    public var text: StanceText
    /// Unit TF-IDF vector of the whole text.
    public var vector: SparseVector
    /// Unit TF-IDF vector of each sentence.
    public var sentenceVectors: [SparseVector]
    /// Word positions of each term.
    public var positions: [UInt64: [Int]]
    /// The distinct terms, in order of first occurrence.
    public var terms: [UInt64]
    /// Hashes of adjacent content-term pairs.
    public var bigrams: Set<UInt64>
    /// The numbers written in digits.
    public var numbers: Set<String>
    /// Unit sentence embedding of each sentence (`StanceText.sentenceTexts`), empty when not embedded.
    public private(set) var sentenceEmbeddings: [[Float]] = []
    /// Unit mean of the sentence embeddings, nil when not embedded.
    public private(set) var embedding: [Float]?

    /// Vectors for `text` weighted by the inverse document frequencies in `statistics`.
    public init(text: StanceText, statistics: TermStatistics) {
        self.text = text
        var perSentence = Array(repeating: [UInt64](), count: text.sentenceCount)
        var positions: [UInt64: [Int]] = [:]
        var terms: [UInt64] = []
        for (index, word) in text.words.enumerated() {
            guard let term = word.term else { continue }
            perSentence[word.sentence].append(term)
            if positions[term] == nil { terms.append(term) }
            positions[term, default: []].append(index)
        }
        self.vector = statistics.vector(terms: perSentence.flatMap { $0 })
        self.sentenceVectors = perSentence.map { statistics.vector(terms: $0) }
        self.positions = positions
        self.terms = terms
        let sequence = text.words.compactMap(\.term)
        self.bigrams = Set(zip(sequence, sequence.dropFirst()).map { Self.bigram($0, $1) })
        self.numbers = Set(text.words.filter(\.isNumber).map(\.text))
    }

    /// Attaches the embeddings of `text.sentenceTexts`, in order (ignored unless there is one per sentence).
    public mutating func embed(sentences embeddings: [[Float]]) {
        guard embeddings.count == text.sentenceCount else { return }
        sentenceEmbeddings = embeddings
        embedding = VectorSimilarity.normalized(StanceEmbeddingFeatures.mean(embeddings))
    }

    /// The term (hash) of a stem, as `StanceText` computes it.
    public static func term(stem: String) -> UInt64 {
        ContentHash.fnv1a(stem.utf8)
    }

    /// The hash of the term pair (`first`, `second`).
    public static func bigram(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x100000001B3) ^ (second &+ 0x9E3779B97F4A7C15)
    }
}
