import CorroborateEmbeddings

/// A learned projection of the interaction between a claim's embedding and its nearest body sentence:
/// the top principal directions of the elementwise product (u*v) and of the absolute difference |u-v|,
/// fitted on training pairs only, so the trees can split on a few directions of the pair rather than on
/// 384 raw dimensions.
public struct StanceInteraction: Sendable, Codable, Hashable {
    /// Mean of the product vectors, then of the difference vectors.
    public var productMean: [Float]
    public var differenceMean: [Float]
    /// Unit principal directions, largest variance first.
    public var productAxes: [[Float]]
    public var differenceAxes: [[Float]]

    /// Names of the features `features` returns for `components` axes of each kind.
    public static func names(components: Int) -> [String] {
        (0..<components).map { "interaction.product\($0 + 1)" } + (0..<components).map { "interaction.difference\($0 + 1)" }
    }

    /// The feature names of this projection.
    public var names: [String] { Self.names(components: productAxes.count) }

    /// The product and absolute difference of two vectors.
    public static func parts(_ claim: [Float], _ sentence: [Float]) -> (product: [Float], difference: [Float]) {
        (zip(claim, sentence).map { $0 * $1 }, zip(claim, sentence).map { abs($0 - $1) })
    }

    /// The body sentence (index into `sentences`) nearest `claim` by cosine; nil when there is none.
    public static func nearest(_ claim: [Float], in sentences: [[Float]]) -> Int? {
        sentences.indices.max { VectorSimilarity.dot(sentences[$0], claim) < VectorSimilarity.dot(sentences[$1], claim) }
    }

    /// The projection fitted to `pairs` (claim, sentence embeddings), `components` axes of each kind.
    public static func fit(_ pairs: [([Float], [Float])], components: Int) -> StanceInteraction {
        let parts = pairs.map { Self.parts($0.0, $0.1) }
        let product = PrincipalAxes(parts.map(\.product), count: components)
        let difference = PrincipalAxes(parts.map(\.difference), count: components)
        return StanceInteraction(
            productMean: product.mean, differenceMean: difference.mean, productAxes: product.axes, differenceAxes: difference.axes
        )
    }

    /// The ridge discriminant of `pairs` with `positive` against the rest, one axis of each kind: the
    /// direction (covariance + ridge)^-1 (positive mean - rest mean), unit length, centred on the mean.
    public static func discriminant(_ pairs: [([Float], [Float])], positive: [Bool], ridge: Double = 0.1) -> StanceInteraction {
        let parts = pairs.map { Self.parts($0.0, $0.1) }
        let product = PrincipalAxes(discriminating: parts.map(\.product), positive: positive, ridge: ridge)
        let difference = PrincipalAxes(discriminating: parts.map(\.difference), positive: positive, ridge: ridge)
        return StanceInteraction(
            productMean: product.mean, differenceMean: difference.mean, productAxes: product.axes, differenceAxes: difference.axes
        )
    }

    /// The projections of the claim / sentence pair on the axes (zeros when either is missing).
    public func features(claim: [Float]?, sentence: [Float]?) -> [Float] {
        guard let claim, let sentence, claim.count == sentence.count, claim.count == productMean.count else {
            return [Float](repeating: 0, count: productAxes.count + differenceAxes.count)
        }
        let (product, difference) = Self.parts(claim, sentence)
        return productAxes.map { Self.project(product, $0, productMean) } + differenceAxes.map { Self.project(difference, $0, differenceMean) }
    }

    static func project(_ vector: [Float], _ axis: [Float], _ mean: [Float]) -> Float {
        var sum: Float = 0
        for index in vector.indices { sum += (vector[index] - mean[index]) * axis[index] }
        return sum
    }
}

/// The largest-variance directions of a set of vectors: power iteration with deflation on their covariance.
struct PrincipalAxes {
    var mean: [Float] = []
    var axes: [[Float]] = []

    /// Mean and covariance (row-major, divided by the count) of `vectors`.
    static func moments(_ vectors: [[Float]], dimension: Int) -> (mean: [Double], covariance: [Double]) {
        var mean = [Double](repeating: 0, count: dimension)
        for vector in vectors { for index in 0..<dimension { mean[index] += Double(vector[index]) } }
        mean = mean.map { $0 / Double(max(vectors.count, 1)) }
        var covariance = [Double](repeating: 0, count: dimension * dimension)
        var centred = [Double](repeating: 0, count: dimension)
        for vector in vectors {
            for index in 0..<dimension { centred[index] = Double(vector[index]) - mean[index] }
            for row in 0..<dimension where centred[row] != 0 {
                let value = centred[row]
                let base = row * dimension
                for column in row..<dimension { covariance[base + column] += value * centred[column] }
            }
        }
        for row in 0..<dimension { for column in 0..<row { covariance[row * dimension + column] = covariance[column * dimension + row] } }
        let count = Double(max(vectors.count, 1))
        return (mean, covariance.map { $0 / count })
    }

    /// One axis: the ridge discriminant of the `positive` vectors against the others (see `StanceInteraction.discriminant`).
    init(discriminating vectors: [[Float]], positive: [Bool], ridge: Double) {
        guard let dimension = vectors.first?.count, dimension > 0, positive.count == vectors.count,
              positive.contains(true), positive.contains(false) else { return }
        let (mean, covariance) = Self.moments(vectors, dimension: dimension)
        var gap = [Double](repeating: 0, count: dimension)
        let positives = Double(positive.filter { $0 }.count), negatives = Double(positive.filter { !$0 }.count)
        for (vector, isPositive) in zip(vectors, positive) {
            for index in 0..<dimension { gap[index] += Double(vector[index]) / (isPositive ? positives : -negatives) }
        }
        var matrix = covariance
        let trace = (0..<dimension).reduce(0.0) { $0 + covariance[$1 * dimension + $1] }
        for index in 0..<dimension { matrix[index * dimension + index] += ridge * trace / Double(dimension) }
        guard var axis = Self.solve(matrix, gap, dimension: dimension) else { return }
        let norm = axis.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return }
        axis = axis.map { $0 / norm }
        self.mean = mean.map { Float($0) }
        self.axes = [axis.map { Float($0) }]
    }

    /// The solution of the symmetric positive definite system `matrix` x = `right` (Cholesky); nil if singular.
    static func solve(_ matrix: [Double], _ right: [Double], dimension n: Int) -> [Double]? {
        var lower = [Double](repeating: 0, count: n * n)
        for row in 0..<n {
            for column in 0...row {
                var sum = matrix[row * n + column]
                for k in 0..<column { sum -= lower[row * n + k] * lower[column * n + k] }
                if row == column {
                    guard sum > 0 else { return nil }
                    lower[row * n + row] = sum.squareRoot()
                } else {
                    lower[row * n + column] = sum / lower[column * n + column]
                }
            }
        }
        var y = [Double](repeating: 0, count: n)
        for row in 0..<n {
            var sum = right[row]
            for k in 0..<row { sum -= lower[row * n + k] * y[k] }
            y[row] = sum / lower[row * n + row]
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = y[row]
            for k in (row + 1)..<n { sum -= lower[k * n + row] * x[k] }
            x[row] = sum / lower[row * n + row]
        }
        return x
    }

    init(_ vectors: [[Float]], count: Int, iterations: Int = 100) {
        guard let dimension = vectors.first?.count, dimension > 0, count > 0 else { return }
        let (mean, covariance) = Self.moments(vectors, dimension: dimension)
        var axes: [[Double]] = []
        for axisIndex in 0..<min(count, dimension) {
            // A fixed, deterministic start that is not orthogonal to the leading direction in general.
            var axis = (0..<dimension).map { Double(($0 * 7919 + axisIndex * 104_729) % 97 + 1) }
            for _ in 0..<iterations {
                var next = [Double](repeating: 0, count: dimension)
                for row in 0..<dimension {
                    var sum = 0.0
                    let base = row * dimension
                    for column in 0..<dimension { sum += covariance[base + column] * axis[column] }
                    next[row] = sum
                }
                for previous in axes {
                    let overlap = zip(next, previous).reduce(0) { $0 + $1.0 * $1.1 }
                    for index in 0..<dimension { next[index] -= overlap * previous[index] }
                }
                let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
                guard norm > 0 else { break }
                axis = next.map { $0 / norm }
            }
            // Sign convention: the largest component is positive, so refits agree in direction.
            if let largest = axis.indices.max(by: { abs(axis[$0]) < abs(axis[$1]) }), axis[largest] < 0 {
                axis = axis.map { -$0 }
            }
            axes.append(axis)
        }
        self.mean = mean.map { Float($0) }
        self.axes = axes.map { $0.map { Float($0) } }
    }
}
