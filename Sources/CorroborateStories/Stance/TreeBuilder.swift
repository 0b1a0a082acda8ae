/// A tree fitted by `TreeBuilder`, with the leaf every training row falls in.
struct BuiltTree {
    var tree: BoostedTrees.Tree
    var leafOfRow: [Int32]
}

/// Grows one complete tree level by level from gradient/hessian histograms over the binned features.
struct TreeBuilder {
    let state: BoostingState
    let gradients: [Float]
    let hessians: [Float]

    private static let binSlots = 256

    /// The tree fitted on the rows in `sample`; every row (sampled or not) is routed to a leaf.
    func build(sample: [Int32]) -> BuiltTree {
        let depth = state.configuration.depth
        let internalCount = (1 << depth) - 1
        var features = [Int](repeating: -1, count: internalCount)
        var thresholds = [Float](repeating: 0, count: internalCount)
        var splitBins = [Int](repeating: Self.binSlots, count: internalCount)
        var nodeOfRow = [Int32](repeating: 0, count: state.count)
        for level in 0..<depth {
            let first = (1 << level) - 1
            let width = 1 << level
            let sums = histograms(sample: sample, nodeOfRow: nodeOfRow, first: first, width: width)
            for offset in 0..<width {
                guard let split = bestSplit(sums, node: offset) else { continue }
                features[first + offset] = split.feature
                splitBins[first + offset] = split.bin
                thresholds[first + offset] = state.thresholds[split.feature][split.bin]
            }
            route(&nodeOfRow, features: features, splitBins: splitBins)
        }
        var leafG = [Float](repeating: 0, count: 1 << depth)
        var leafH = [Float](repeating: 0, count: 1 << depth)
        for row in sample.lazy.map({ Int($0) }) {
            let leaf = Int(nodeOfRow[row]) - internalCount
            leafG[leaf] += gradients[row]
            leafH[leaf] += hessians[row]
        }
        let rate = state.configuration.learningRate, lambda = state.configuration.lambda
        let leaves = zip(leafG, leafH).map { -rate * $0 / ($1 + lambda) }
        let leafOfRow = nodeOfRow.map { $0 - Int32(internalCount) }
        return BuiltTree(tree: .init(features: features, thresholds: thresholds, leaves: leaves), leafOfRow: leafOfRow)
    }

    /// Gradient and hessian sums per (node of the level, feature, bin).
    private struct Histograms {
        var gradients: [Float]
        var hessians: [Float]
    }

    private func histograms(sample: [Int32], nodeOfRow: [Int32], first: Int, width: Int) -> Histograms {
        let featureCount = state.featureCount, count = state.count
        var histG = [Float](repeating: 0, count: width * featureCount * Self.binSlots)
        var histH = histG
        histG.withUnsafeMutableBufferPointer { hg in
            histH.withUnsafeMutableBufferPointer { hh in
                state.bins.withUnsafeBufferPointer { bins in
                    for feature in 0..<featureCount {
                        let column = feature * count
                        for row32 in sample {
                            let row = Int(row32)
                            let node = Int(nodeOfRow[row]) - first
                            let slot = (node * featureCount + feature) * Self.binSlots + Int(bins[column + row])
                            hg[slot] += gradients[row]
                            hh[slot] += hessians[row]
                        }
                    }
                }
            }
        }
        return Histograms(gradients: histG, hessians: histH)
    }

    private struct Split {
        var feature: Int
        var bin: Int
        var gain: Float
    }

    /// The split of `node` with the largest positive gain, if any.
    private func bestSplit(_ sums: Histograms, node: Int) -> Split? {
        let histG = sums.gradients, histH = sums.hessians
        let lambda = state.configuration.lambda, minimum = state.configuration.minimumChildWeight
        let featureCount = state.featureCount
        var totalG: Float = 0, totalH: Float = 0
        for bin in 0..<Self.binSlots {
            totalG += histG[node * featureCount * Self.binSlots + bin]
            totalH += histH[node * featureCount * Self.binSlots + bin]
        }
        let parent = totalG * totalG / (totalH + lambda)
        var best: Split?
        for feature in 0..<featureCount {
            let base = (node * featureCount + feature) * Self.binSlots
            var leftG: Float = 0, leftH: Float = 0
            for bin in 0..<state.thresholds[feature].count {
                leftG += histG[base + bin]
                leftH += histH[base + bin]
                let rightG = totalG - leftG, rightH = totalH - leftH
                guard leftH >= minimum, rightH >= minimum else { continue }
                let gain = leftG * leftG / (leftH + lambda) + rightG * rightG / (rightH + lambda) - parent
                if gain > (best?.gain ?? 1e-6) { best = Split(feature: feature, bin: bin, gain: gain) }
            }
        }
        return best
    }

    /// Moves every row one level down.
    private func route(_ nodeOfRow: inout [Int32], features: [Int], splitBins: [Int]) {
        let count = state.count
        for row in 0..<count {
            let node = Int(nodeOfRow[row])
            let feature = features[node]
            let goLeft = feature < 0 || Int(state.bins[feature * count + row]) <= splitBins[node]
            nodeOfRow[row] = Int32(2 * node + (goLeft ? 1 : 2))
        }
    }
}
