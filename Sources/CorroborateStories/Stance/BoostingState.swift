#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The mutable state of one boosting run: binned features (column-major), current scores, and the
/// level-wise construction of each round's trees.
struct BoostingState {
    let count: Int
    let featureCount: Int
    let classes: Int
    let labels: [Int]
    let weights: [Float]
    let configuration: BoostedTreesTrainer.Configuration
    /// Thresholds per feature, ascending; bin b holds values in (thresholds[b-1], thresholds[b]].
    let thresholds: [[Float]]
    /// Bin of row i for feature f at `f * count + i`.
    let bins: [UInt8]
    /// Current score of row i for class k at `i * classes + k`.
    var scores: [Float]
    let baseScores: [Float]

    init(
        rows: [[Float]], labels: [Int], weights: [Float], classes: Int,
        configuration: BoostedTreesTrainer.Configuration
    ) {
        count = rows.count
        featureCount = rows.first?.count ?? 0
        self.classes = classes
        self.labels = labels
        self.weights = weights
        self.configuration = configuration
        var thresholds: [[Float]] = []
        var bins = [UInt8](repeating: 0, count: count * featureCount)
        for feature in 0..<featureCount {
            let column = rows.map { $0[feature] }
            let cuts = Self.quantiles(column, bins: min(max(configuration.bins, 2), 255))
            thresholds.append(cuts)
            for (row, value) in column.enumerated() { bins[feature * count + row] = Self.bin(value, cuts) }
        }
        self.thresholds = thresholds
        self.bins = bins
        var prior = [Float](repeating: 1e-3, count: classes)
        for (label, weight) in zip(labels, weights) { prior[label] += weight }
        let total = prior.reduce(0, +)
        baseScores = prior.map { Float(log(Double($0 / total))) }
        scores = (0..<count).flatMap { _ in prior.map { Float(log(Double($0 / total))) } }
    }

    static func quantiles(_ values: [Float], bins: Int) -> [Float] {
        let sorted = values.sorted()
        guard let first = sorted.first, let last = sorted.last, first < last else { return [] }
        var cuts: [Float] = []
        for step in 1..<bins {
            let value = sorted[min(sorted.count - 1, step * sorted.count / bins)]
            if value < last, cuts.last.map({ value > $0 }) ?? true { cuts.append(value) }
        }
        return cuts
    }

    static func bin(_ value: Float, _ cuts: [Float]) -> UInt8 {
        var low = 0, high = cuts.count
        while low < high {
            let middle = (low + high) / 2
            if value <= cuts[middle] { high = middle } else { low = middle + 1 }
        }
        return UInt8(low)
    }

    /// Fits one tree per class on `sample` and adds their scores to every row.
    mutating func round(sample: [Int32]) -> [BoostedTrees.Tree] {
        var gradients = [Float](repeating: 0, count: count * classes)
        var hessians = [Float](repeating: 0, count: count * classes)
        for row in 0..<count {
            let probabilities = BoostedTrees.softmax(Array(scores[(row * classes)..<((row + 1) * classes)]))
            for k in 0..<classes {
                let target: Float = labels[row] == k ? 1 : 0
                gradients[row * classes + k] = (probabilities[k] - target) * weights[row]
                hessians[row * classes + k] = max(probabilities[k] * (1 - probabilities[k]), 1e-6) * weights[row]
            }
        }
        var trees: [BoostedTrees.Tree] = []
        for k in 0..<classes {
            let g = (0..<count).map { gradients[$0 * classes + k] }
            let h = (0..<count).map { hessians[$0 * classes + k] }
            let built = TreeBuilder(state: self, gradients: g, hessians: h).build(sample: sample)
            trees.append(built.tree)
            for row in 0..<count { scores[row * classes + k] += built.tree.leaves[Int(built.leafOfRow[row])] }
        }
        return trees
    }
}
