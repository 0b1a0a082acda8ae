import CorroborateCore
import Foundation

/// Sentence embeddings with all-MiniLM-L6-v2 (or any BERT checkpoint of that layout): WordPiece
/// ids, the encoder on OpenBLAS, mean pooling over all tokens, L2 normalisation.
///
/// The same as sentence-transformers' `encode(..., normalize_embeddings=True)` for this model
/// (within 1e-5 per component). Texts are grouped by token length and packed without padding.
/// A value type: share it freely between tasks; each call allocates its own scratch space.
public struct SentenceEncoder: Sendable {
    /// The tokenizer.
    public let tokenizer: WordPieceTokenizer
    /// The encoder.
    public let model: BertModel
    /// Batching limits.
    public let configuration: Configuration
    /// Names the vectors this encoder makes, for caches that outlive the process: the model
    /// folder's name, then a digest of its three files, the token limit and
    /// ``embeddingFormatVersion`` (`all-MiniLM-L6-v2@1f0c...`). Two encoders with one identity
    /// give the same vector for a text up to the last bits, which batching may change (1e-7 per
    /// component) and so may OpenBLAS's kernel (SSE3, AVX2 or AVX-512: up to 3e-7). The kernel is
    /// deliberately not named: a store shared by machines with different CPUs keeps one set of
    /// vectors rather than one per machine, at the same tolerance as batching.
    public let modelIdentity: String

    /// Bumped when a code change makes the encoder give other vectors for the same model files
    /// (tokenizer, pooling, normalisation), so that stored vectors of the old code are not read.
    public static let embeddingFormatVersion = 1

    /// Creates an encoder from its parts; `modelIdentity` defaults to the model folder's name
    /// with the dimension and token limit (no digest of the weights: give one when vectors are kept).
    public init(
        tokenizer: WordPieceTokenizer, model: BertModel, configuration: Configuration = Configuration(), modelIdentity: String? = nil
    ) {
        var tokenizer = tokenizer
        tokenizer.maxTokens = min(configuration.maxTokens, model.configuration.maxPositionEmbeddings)
        self.tokenizer = tokenizer
        self.model = model
        self.configuration = configuration
        self.modelIdentity = modelIdentity ?? "\(configuration.modelDirectory.lastPathComponent)@d\(model.configuration.hiddenSize)"
            + "-t\(tokenizer.maxTokens)-v\(Self.embeddingFormatVersion)"
    }

    /// Loads the model in `configuration.modelDirectory` (`config.json`, `vocab.txt`,
    /// `model.safetensors`). Throws `missingResource` naming `scripts/setup.sh` when absent.
    public init(configuration: Configuration) throws {
        let files = try ModelFiles(directory: configuration.modelDirectory)
        let bert = try BertConfiguration(contentsOf: files.config)
        let weights = try BertWeights(file: SafeTensorsFile(path: files.weights.path), configuration: bert)
        let vocabulary = try WordPieceVocabulary(contentsOf: files.vocabulary)
        self.init(tokenizer: WordPieceTokenizer(vocabulary: vocabulary), model: try BertModel(configuration: bert, weights: weights),
                  configuration: configuration, modelIdentity: try Self.identity(of: files, configuration: configuration))
    }

    /// `folder@digest`: FNV-1a words (``FileDigest``) over the three model files, the token limit
    /// and ``embeddingFormatVersion``.
    static func identity(of files: ModelFiles, configuration: Configuration) throws -> String {
        var digest = FileDigest()
        for file in [files.config, files.vocabulary, files.weights] where !digest.add(contentsOf: file.path) {
            throw CorroborateError(.unreadable, source: file.path, "cannot read the model file to name its vectors")
        }
        digest.add(Data("maxTokens=\(configuration.maxTokens) format=\(embeddingFormatVersion)".utf8))
        return "\(configuration.modelDirectory.lastPathComponent)@\(digest.hex)"
    }

    /// Length of every embedding (384 for MiniLM).
    public var dimension: Int { model.configuration.hiddenSize }

    /// One unit-length embedding per text, in input order. An empty text embeds `[CLS] [SEP]`.
    public func embed(_ texts: [String]) -> [[Float]] {
        let sequences = texts.map(tokenizer.encode)
        var embeddings = [[Float]](repeating: [], count: texts.count)
        for batch in batches(of: sequences) {
            var packed = TokenBatch()
            for index in batch { packed.append(sequences[index]) }
            for (index, pooled) in zip(batch, model.meanPooled(packed)) {
                embeddings[index] = VectorSimilarity.normalized(pooled)
            }
        }
        return embeddings
    }

    /// The unit-length embedding of one text.
    public func embed(_ text: String) -> [Float] {
        embed([text])[0]
    }

    /// Indices of `sequences` grouped by length (shortest first), each group within the token budget.
    func batches(of sequences: [[Int32]]) -> [[Int]] {
        let order = sequences.indices.sorted { sequences[$0].count < sequences[$1].count }
        var batches: [[Int]] = []
        var current: [Int] = []
        var tokens = 0
        for index in order {
            let length = sequences[index].count
            if !current.isEmpty, tokens + length > configuration.batchTokens || current.count >= configuration.batchSize {
                batches.append(current)
                current = []
                tokens = 0
            }
            current.append(index)
            tokens += length
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
