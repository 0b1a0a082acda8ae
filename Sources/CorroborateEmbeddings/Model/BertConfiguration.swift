import CorroborateCore
import Foundation

/// The shape of a BERT encoder, as in a HuggingFace `config.json` (snake_case keys).
///
/// Only absolute position embeddings and the `gelu` (erf) activation are supported.
public struct BertConfiguration: Sendable, Codable, Hashable {
    /// Vocabulary size (rows of the word-embedding table).
    public var vocabSize: Int
    /// Width of every hidden state.
    public var hiddenSize: Int
    /// Number of encoder layers.
    public var numHiddenLayers: Int
    /// Attention heads per layer; `hiddenSize` must be a multiple of it.
    public var numAttentionHeads: Int
    /// Width of the feed-forward layer.
    public var intermediateSize: Int
    /// Rows of the position-embedding table: the longest sequence the model accepts.
    public var maxPositionEmbeddings: Int
    /// Rows of the token-type table (segment A is row 0).
    public var typeVocabSize: Int
    /// Epsilon of every LayerNorm.
    public var layerNormEps: Float
    /// Activation name; only `gelu` (exact, erf-based) is supported.
    public var hiddenAct: String

    /// all-MiniLM-L6-v2: 6 layers, 12 heads, hidden 384, intermediate 1536.
    public static let miniLML6 = BertConfiguration(
        vocabSize: 30522, hiddenSize: 384, numHiddenLayers: 6, numAttentionHeads: 12,
        intermediateSize: 1536, maxPositionEmbeddings: 512, typeVocabSize: 2
    )

    /// Creates a configuration.
    public init(vocabSize: Int, hiddenSize: Int, numHiddenLayers: Int, numAttentionHeads: Int,
                intermediateSize: Int, maxPositionEmbeddings: Int, typeVocabSize: Int = 2,
                layerNormEps: Float = 1e-12, hiddenAct: String = "gelu") {
        self.vocabSize = vocabSize
        self.hiddenSize = hiddenSize
        self.numHiddenLayers = numHiddenLayers
        self.numAttentionHeads = numAttentionHeads
        self.intermediateSize = intermediateSize
        self.maxPositionEmbeddings = maxPositionEmbeddings
        self.typeVocabSize = typeVocabSize
        self.layerNormEps = layerNormEps
        self.hiddenAct = hiddenAct
    }

    enum CodingKeys: String, CodingKey {
        case vocabSize = "vocab_size", hiddenSize = "hidden_size", numHiddenLayers = "num_hidden_layers"
        case numAttentionHeads = "num_attention_heads", intermediateSize = "intermediate_size"
        case maxPositionEmbeddings = "max_position_embeddings", typeVocabSize = "type_vocab_size"
        case layerNormEps = "layer_norm_eps", hiddenAct = "hidden_act"
    }

    /// Width of one attention head.
    public var headSize: Int { hiddenSize / numAttentionHeads }

    /// Reads and checks `config.json`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot read the model configuration", cause: error)
        }
        do {
            self = try JSONDecoder().decode(BertConfiguration.self, from: data)
        } catch {
            throw CorroborateError(.malformed, source: url.path, "not a BERT config.json", cause: error)
        }
        try validate(source: url.path)
    }

    /// Throws when the encoder cannot run this configuration.
    public func validate(source: String) throws {
        guard hiddenAct == "gelu" else {
            throw CorroborateError(.unsupported, source: source, "activation \(hiddenAct) (only gelu is supported)")
        }
        guard hiddenSize > 0, numAttentionHeads > 0, hiddenSize % numAttentionHeads == 0,
              numHiddenLayers > 0, intermediateSize > 0, maxPositionEmbeddings > 2, typeVocabSize > 0
        else {
            throw CorroborateError(.malformed, source: source, "inconsistent BERT dimensions")
        }
    }
}
