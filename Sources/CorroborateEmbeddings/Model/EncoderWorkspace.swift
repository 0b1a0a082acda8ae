/// Scratch matrices for one forward pass over a `TokenBatch`, allocated once per batch.
/// (A class because it owns raw allocations, freed in `deinit`; never shared between threads.)
final class EncoderWorkspace {
    /// Hidden states `[tokens, hidden]`.
    private(set) var hidden: UnsafeMutablePointer<Float>
    /// Query, key and value `[tokens, 3·hidden]`.
    let qkv: UnsafeMutablePointer<Float>
    /// Attention context `[tokens, hidden]`.
    let context: UnsafeMutablePointer<Float>
    /// Output of a projection, then the next hidden states `[tokens, hidden]`.
    private(set) var projected: UnsafeMutablePointer<Float>
    /// Feed-forward activations `[tokens, intermediate]`.
    let intermediate: UnsafeMutablePointer<Float>
    /// Attention scores of one head `[longest, longest]`.
    let scores: UnsafeMutablePointer<Float>

    private let allocations: [UnsafeMutablePointer<Float>]

    init(tokens: Int, longest: Int, configuration: BertConfiguration) {
        let hiddenSize = configuration.hiddenSize
        func allocate(_ count: Int) -> UnsafeMutablePointer<Float> {
            let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
            pointer.initialize(repeating: 0, count: max(count, 1))
            return pointer
        }
        hidden = allocate(tokens * hiddenSize)
        qkv = allocate(tokens * hiddenSize * 3)
        context = allocate(tokens * hiddenSize)
        projected = allocate(tokens * hiddenSize)
        intermediate = allocate(tokens * configuration.intermediateSize)
        scores = allocate(longest * longest)
        allocations = [hidden, qkv, context, projected, intermediate, scores]
    }

    /// Makes the freshly computed `projected` the hidden states (no copy).
    func swapHiddenAndProjected() {
        swap(&hidden, &projected)
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }
}
