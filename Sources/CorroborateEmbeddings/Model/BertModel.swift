/// A BERT encoder (embeddings, then post-LayerNorm transformer layers) evaluated with OpenBLAS
/// `cblas_sgemm` for every matrix product, on packed unpadded batches.
///
/// Every token is segment A (token type 0); attention sees exactly its own sequence, so the
/// result equals running each sequence alone with an all-ones attention mask.
public struct BertModel: Sendable {
    /// The dimensions.
    public let configuration: BertConfiguration
    /// The parameters.
    public let weights: BertWeights

    /// The matrix products, on OpenBLAS.
    let matrix: Matrix

    /// Creates a model on the process's OpenBLAS (``BLASLibrary/shared``); throws
    /// `missingResource` naming scripts/setup.sh when OpenBLAS is not installed.
    public init(configuration: BertConfiguration, weights: BertWeights) throws {
        self.configuration = configuration
        self.weights = weights
        self.matrix = Matrix(blas: try BLASLibrary.shared.get())
    }

    /// Mean of the last hidden states over each sequence's tokens, one `hiddenSize` row per sequence.
    func meanPooled(_ batch: TokenBatch) -> [[Float]] {
        let workspace = EncoderWorkspace(tokens: batch.tokenCount, longest: batch.longest, configuration: configuration)
        run(batch, in: workspace)
        let width = configuration.hiddenSize
        return batch.sequences.map { rows in
            var mean = [Float](repeating: 0, count: width)
            for row in rows {
                let line = workspace.hidden + row * width
                for column in 0..<width { mean[column] += line[column] }
            }
            let scale = 1 / Float(max(rows.count, 1))
            return mean.map { $0 * scale }
        }
    }

    /// The forward pass: embeddings, then every layer; the result is left in `workspace.hidden`.
    func run(_ batch: TokenBatch, in workspace: EncoderWorkspace) {
        embed(batch, into: workspace.hidden)
        for layer in weights.layers {
            attention(layer, batch, workspace)
            feedForward(layer, rows: batch.tokenCount, workspace)
        }
    }

    /// hidden = LayerNorm(word[id] + position[p] + tokenType[0]).
    private func embed(_ batch: TokenBatch, into hidden: UnsafeMutablePointer<Float>) {
        let width = configuration.hiddenSize
        weights.wordEmbeddings.withBase { words in
            weights.positionEmbeddings.withBase { positions in
                for sequence in batch.sequences {
                    for (position, row) in sequence.enumerated() {
                        let id = Int(batch.ids[row])
                        let line = hidden + row * width
                        line.initialize(from: words + id * width, count: width)
                        Kernels.add(positions + position * width, into: line, count: width)
                    }
                }
            }
        }
        Kernels.addBiasResidualLayerNorm(
            hidden, rows: batch.tokenCount, width: width, bias: weights.tokenTypeEmbedding, residual: nil,
            norm: weights.embeddingNorm, epsilon: configuration.layerNormEps
        )
    }

    /// hidden = LayerNorm(hidden + SelfAttention(hidden)·Wo + bo).
    private func attention(_ layer: BertLayerWeights, _ batch: TokenBatch, _ workspace: EncoderWorkspace) {
        let width = configuration.hiddenSize
        let rows = batch.tokenCount
        matrix.linear(workspace.hidden, rows: rows, inner: width, weight: layer.qkvWeight, bias: layer.qkvBias,
                      columns: 3 * width, into: workspace.qkv)
        for sequence in batch.sequences {
            for head in 0..<configuration.numAttentionHeads {
                attend(head: head, rows: sequence, workspace)
            }
        }
        matrix.linear(workspace.context, rows: rows, inner: width, weight: layer.attentionOutputWeight,
                      bias: layer.attentionOutputBias, columns: width, into: workspace.projected)
        Kernels.addBiasResidualLayerNorm(
            workspace.projected, rows: rows, width: width, bias: nil,
            residual: workspace.hidden, norm: layer.attentionNorm, epsilon: configuration.layerNormEps
        )
        workspace.swapHiddenAndProjected()
    }

    /// context[rows, head] = softmax(Q·Kᵀ/√d)·V for one head of one sequence.
    private func attend(head: Int, rows: Range<Int>, _ workspace: EncoderWorkspace) {
        let width = configuration.hiddenSize
        let size = configuration.headSize
        let stride = 3 * width
        let length = rows.count
        let query = workspace.qkv + rows.lowerBound * stride + head * size
        let key = query + width
        let value = query + 2 * width
        let scale = 1 / Float(size).squareRoot()
        matrix.gemm(transposeB: true, rows: length, columns: length, inner: size, alpha: scale,
                    a: query, lda: stride, b: key, ldb: stride, c: workspace.scores, ldc: length)
        Kernels.softmaxRows(workspace.scores, rows: length, width: length, stride: length)
        matrix.gemm(transposeB: false, rows: length, columns: size, inner: length, alpha: 1,
                    a: workspace.scores, lda: length, b: value, ldb: stride,
                    c: workspace.context + rows.lowerBound * width + head * size, ldc: width)
    }

    /// hidden = LayerNorm(hidden + GELU(hidden·W1 + b1)·W2 + b2).
    private func feedForward(_ layer: BertLayerWeights, rows: Int, _ workspace: EncoderWorkspace) {
        let width = configuration.hiddenSize
        let inner = configuration.intermediateSize
        matrix.linear(workspace.hidden, rows: rows, inner: width, weight: layer.intermediateWeight,
                      bias: layer.intermediateBias, columns: inner, into: workspace.intermediate)
        Kernels.gelu(workspace.intermediate, count: rows * inner)
        matrix.linear(workspace.intermediate, rows: rows, inner: inner, weight: layer.outputWeight,
                      bias: layer.outputBias, columns: width, into: workspace.projected)
        Kernels.addBiasResidualLayerNorm(
            workspace.projected, rows: rows, width: width, bias: nil,
            residual: workspace.hidden, norm: layer.outputNorm, epsilon: configuration.layerNormEps
        )
        workspace.swapHiddenAndProjected()
    }
}
