/// A sparse vector over hashed terms, entries sorted by term so dot products are a merge.
public struct SparseVector: Sendable, Hashable {
    /// Term keys, ascending.
    public private(set) var terms: [UInt64]
    /// Weights, aligned with `terms`.
    public private(set) var weights: [Float]

    /// An empty vector.
    public init() {
        terms = []
        weights = []
    }

    /// A vector from term weights; zero weights are dropped.
    public init(_ entries: [UInt64: Float]) {
        let sorted = entries.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        terms = sorted.map(\.key)
        weights = sorted.map(\.value)
    }

    public var isEmpty: Bool { terms.isEmpty }
    public var count: Int { terms.count }

    /// Euclidean norm.
    public var norm: Float { weights.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The vector scaled to unit length (unchanged when zero).
    public func normalized() -> SparseVector {
        let length = norm
        guard length > 0 else { return self }
        var copy = self
        copy.weights = weights.map { $0 / length }
        return copy
    }

    /// Dot product.
    public func dot(_ other: SparseVector) -> Float {
        var i = 0, j = 0, sum: Float = 0
        while i < terms.count, j < other.terms.count {
            if terms[i] == other.terms[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Whether `term` has an entry (binary search: `terms` are sorted).
    public func contains(_ term: UInt64) -> Bool {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] == term { return true }
            if terms[middle] < term { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// Cosine similarity, 0 when either vector is zero.
    public func cosine(_ other: SparseVector) -> Float {
        let denominator = norm * other.norm
        return denominator > 0 ? dot(other) / denominator : 0
    }

    /// The `k` heaviest terms, heaviest first.
    public func topTerms(_ k: Int) -> [UInt64] {
        zip(terms, weights).sorted { $0.1 > $1.1 }.prefix(k).map(\.0)
    }

    /// The vector keeping only its `k` heaviest entries.
    public func truncated(to k: Int) -> SparseVector {
        guard count > k else { return self }
        let kept = zip(terms, weights).sorted { $0.1 > $1.1 }.prefix(k)
        return SparseVector(Dictionary(uniqueKeysWithValues: kept.map { ($0.0, $0.1) }))
    }

    /// The vector without the entries of `removed`, scaled back to unit length.
    public func removing(_ removed: Set<UInt64>) -> SparseVector {
        let kept = zip(terms, weights).filter { !removed.contains($0.0) }
        return SparseVector(Dictionary(uniqueKeysWithValues: kept.map { ($0.0, $0.1) })).normalized()
    }

    /// `self + scale * other`.
    public func adding(_ other: SparseVector, scale: Float = 1) -> SparseVector {
        var entries = Dictionary(uniqueKeysWithValues: zip(terms, weights))
        for (term, weight) in zip(other.terms, other.weights) { entries[term, default: 0] += scale * weight }
        return SparseVector(entries)
    }
}

// Kept in the clusterer's saved state (StoryDesk).
extension SparseVector: Codable {}
