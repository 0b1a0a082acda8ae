/// Similarity of embedding vectors.
public enum VectorSimilarity {
    /// Dot product of two vectors of equal length (extra components of the longer are ignored).
    public static func dot(_ a: [Float], _ b: [Float]) -> Float {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in dot(a, b) } }
    }

    /// Dot product of two buffers (a row of a packed matrix and a query), as for arrays.
    public static func dot(_ a: UnsafeBufferPointer<Float>, _ b: UnsafeBufferPointer<Float>) -> Float {
        var sum: Float = 0
        for index in 0..<min(a.count, b.count) { sum += a[index] * b[index] }
        return sum
    }

    /// Cosine of the angle between `a` and `b`, in [-1, 1]; 0 when either is all zeros.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        let norms = (dot(a, a) * dot(b, b)).squareRoot()
        return norms > 0 ? dot(a, b) / norms : 0
    }

    /// `vector` divided by its L2 norm (norm floored at 1e-12, as PyTorch's `normalize`).
    public static func normalized(_ vector: [Float]) -> [Float] {
        let norm = max(dot(vector, vector).squareRoot(), 1e-12)
        return vector.map { $0 / norm }
    }
}
