/// The parameters of a BERT encoder, copied out of a safetensors file into owned arrays.
///
/// Linear weights keep PyTorch's `[out, in]` row-major layout (products use the transpose).
/// Query, key and value are fused into one `[3·hidden, hidden]` matrix and one bias.
public struct BertWeights: Sendable {
    /// Word embeddings `[vocab, hidden]`.
    public var wordEmbeddings: [Float]
    /// Position embeddings `[positions, hidden]`.
    public var positionEmbeddings: [Float]
    /// Row 0 of the token-type embeddings `[hidden]` (every token is segment A).
    public var tokenTypeEmbedding: [Float]
    /// The embedding LayerNorm.
    public var embeddingNorm: LayerNormWeights
    /// The encoder layers, first to last.
    public var layers: [BertLayerWeights]

    /// Creates weights from their parts.
    public init(wordEmbeddings: [Float], positionEmbeddings: [Float], tokenTypeEmbedding: [Float],
                embeddingNorm: LayerNormWeights, layers: [BertLayerWeights]) {
        self.wordEmbeddings = wordEmbeddings
        self.positionEmbeddings = positionEmbeddings
        self.tokenTypeEmbedding = tokenTypeEmbedding
        self.embeddingNorm = embeddingNorm
        self.layers = layers
    }
}

/// One encoder layer's parameters.
public struct BertLayerWeights: Sendable {
    /// Query, key and value weights stacked `[3·hidden, hidden]`.
    public var qkvWeight: [Float]
    /// Query, key and value biases stacked `[3·hidden]`.
    public var qkvBias: [Float]
    /// Attention output projection `[hidden, hidden]`.
    public var attentionOutputWeight: [Float]
    /// Attention output bias `[hidden]`.
    public var attentionOutputBias: [Float]
    /// LayerNorm after attention.
    public var attentionNorm: LayerNormWeights
    /// Feed-forward input `[intermediate, hidden]`.
    public var intermediateWeight: [Float]
    /// Feed-forward input bias `[intermediate]`.
    public var intermediateBias: [Float]
    /// Feed-forward output `[hidden, intermediate]`.
    public var outputWeight: [Float]
    /// Feed-forward output bias `[hidden]`.
    public var outputBias: [Float]
    /// LayerNorm after the feed-forward block.
    public var outputNorm: LayerNormWeights

    /// Creates a layer from its parts.
    public init(qkvWeight: [Float], qkvBias: [Float], attentionOutputWeight: [Float], attentionOutputBias: [Float],
                attentionNorm: LayerNormWeights, intermediateWeight: [Float], intermediateBias: [Float],
                outputWeight: [Float], outputBias: [Float], outputNorm: LayerNormWeights) {
        self.qkvWeight = qkvWeight
        self.qkvBias = qkvBias
        self.attentionOutputWeight = attentionOutputWeight
        self.attentionOutputBias = attentionOutputBias
        self.attentionNorm = attentionNorm
        self.intermediateWeight = intermediateWeight
        self.intermediateBias = intermediateBias
        self.outputWeight = outputWeight
        self.outputBias = outputBias
        self.outputNorm = outputNorm
    }
}

/// A LayerNorm's scale (`weight`, gamma) and shift (`bias`, beta).
public struct LayerNormWeights: Sendable {
    /// Gamma.
    public var scale: [Float]
    /// Beta.
    public var shift: [Float]

    /// Creates LayerNorm parameters.
    public init(scale: [Float], shift: [Float]) {
        self.scale = scale
        self.shift = shift
    }
}
