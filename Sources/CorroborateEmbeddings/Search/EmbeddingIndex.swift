/// An in-memory nearest-neighbour index over embeddings, by cosine similarity (exact search:
/// a dot product per stored vector, fine for tens of thousands of vectors).
public struct EmbeddingIndex<ID: Hashable & Sendable>: Sendable {
    /// One search result.
    public struct Neighbour: Sendable, Hashable {
        /// The id given to `add`.
        public var id: ID
        /// Cosine similarity to the query, in [-1, 1].
        public var similarity: Float
    }

    /// Length of every vector.
    public let dimension: Int
    /// The ids, in insertion order.
    public private(set) var ids: [ID] = []
    private var vectors: [Float] = []

    /// An empty index for vectors of `dimension` components.
    public init(dimension: Int) {
        self.dimension = dimension
    }

    /// Number of vectors held.
    public var count: Int { ids.count }

    /// Adds `vector` (normalised here) under `id`; a vector of the wrong length is ignored and returns false.
    @discardableResult
    public mutating func add(_ vector: [Float], id: ID) -> Bool {
        guard vector.count == dimension else { return false }
        ids.append(id)
        vectors += VectorSimilarity.normalized(vector)
        return true
    }

    /// The `k` vectors most similar to `query`, most similar first (ties by insertion order).
    public func nearest(to query: [Float], k: Int) -> [Neighbour] {
        guard k > 0, query.count == dimension, !ids.isEmpty else { return [] }
        let scores = similarities(to: VectorSimilarity.normalized(query))
        let best = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        return best.prefix(k).map { Neighbour(id: ids[$0], similarity: scores[$0]) }
    }

    /// Cosine similarity of the unit `query` to every stored vector.
    private func similarities(to query: [Float]) -> [Float] {
        vectors.withUnsafeBufferPointer { vectors in
            query.withUnsafeBufferPointer { query in
                ids.indices.map { row in
                    VectorSimilarity.dot(UnsafeBufferPointer(rebasing: vectors[(row * dimension)..<((row + 1) * dimension)]), query)
                }
            }
        }
    }
}
