import Foundation
import CorroborateStories

/// FNC-1's score and per-class measures for stance predictions, as the FNC-1 README (`scorer.py`) defines:
/// +0.25 per pair whose related/unrelated decision is right, a further +0.75 when a related gold label is
/// predicted exactly; reported as a percentage of the maximum `0.25·N + 0.75·N_related`.
public struct FNCScore: Sendable, Hashable, CustomStringConvertible {
    /// Pair counts, `confusion[gold.index][predicted.index]`.
    public private(set) var confusion: [[Int]]

    /// The score of `predicted` against `gold`, aligned.
    public init(gold: [StanceLabel], predicted: [StanceLabel]) {
        confusion = Array(repeating: Array(repeating: 0, count: StanceLabel.allCases.count), count: StanceLabel.allCases.count)
        for (truth, guess) in zip(gold, predicted) { confusion[truth.index][guess.index] += 1 }
    }

    /// The FNC score obtained.
    public var score: Double {
        var total = 0.0
        for truth in StanceLabel.allCases {
            for guess in StanceLabel.allCases {
                let pairs = Double(confusion[truth.index][guess.index])
                if truth.isRelated == guess.isRelated { total += 0.25 * pairs }
                if truth.isRelated, truth == guess { total += 0.75 * pairs }
            }
        }
        return total
    }

    /// The best score possible on these gold labels.
    public var maximum: Double {
        StanceLabel.allCases.reduce(0.0) { sum, truth in
            let pairs = Double(confusion[truth.index].reduce(0, +))
            return sum + pairs * (truth.isRelated ? 1 : 0.25)
        }
    }

    /// `score` as a percentage of `maximum` (0 when there are no pairs).
    public var percentage: Double { maximum > 0 ? 100 * score / maximum : 0 }

    /// Precision of `stance` (0 when never predicted).
    public func precision(_ stance: StanceLabel) -> Double {
        let predicted = StanceLabel.allCases.reduce(0) { $0 + confusion[$1.index][stance.index] }
        return predicted > 0 ? Double(confusion[stance.index][stance.index]) / Double(predicted) : 0
    }

    /// Recall of `stance` (0 when absent from the gold labels).
    public func recall(_ stance: StanceLabel) -> Double {
        let gold = confusion[stance.index].reduce(0, +)
        return gold > 0 ? Double(confusion[stance.index][stance.index]) / Double(gold) : 0
    }

    /// F1 of `stance`.
    public func f1(_ stance: StanceLabel) -> Double {
        let p = precision(stance), r = recall(stance)
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// Mean F1 over the four classes.
    public var macroF1: Double {
        StanceLabel.allCases.reduce(0.0) { $0 + f1($1) } / Double(StanceLabel.allCases.count)
    }

    /// The score, per-class precision/recall/F1, macro-F1 and the confusion matrix as text.
    public var description: String {
        func format(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = [
            "FNC score \(String(format: "%.2f", score)) of \(String(format: "%.2f", maximum)): "
                + "\(String(format: "%.2f", percentage)) %",
            "class      precision recall f1",
        ]
        for stance in StanceLabel.allCases {
            lines.append(stance.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                + "\(format(precision(stance)))     \(format(recall(stance))) \(format(f1(stance)))")
        }
        lines.append("macro-F1 \(format(macroF1))")
        lines.append("confusion (rows gold, columns predicted: agree disagree discuss unrelated)")
        for stance in StanceLabel.allCases {
            lines.append(stance.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                + confusion[stance.index].map { String($0).leftPadded(to: 7) }.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
