import CorroborateText

/// Chooses `CueModel`'s thresholds per speaker kind from out-of-fold probabilities: the content
/// and speaker thresholds with the best content overlap F1 (rules plus kept proposals) whose
/// estimated speaker accuracy stays at or above `speakerFloor`. Lagrangian search: for each price
/// of a speaker error (`prices`), each kind independently takes the pair that maximises its words'
/// linearised F1 gain (right words minus F1/2 per kept word) plus the price times its speaker
/// surplus over the floor; the best feasible result wins, and `rounds` rounds refine the F1 slope.
/// A kind whose proposals never pay gets `never`.
public struct CueThresholdSearch: Sendable {
    /// The lowest estimated speaker accuracy accepted.
    public var speakerFloor = 0.895
    /// Candidate content thresholds (0.20 to 0.99 by 0.01).
    public var candidates: [Double] = (20...99).map { Double($0) / 100 }
    /// Candidate speaker thresholds (0, then 0.30 to 0.95 by 0.05).
    public var speakerCandidates: [Double] = [0] + (6...19).map { Double($0) / 20 }
    /// Prices of a speaker error in content words (0 to 400 by 2).
    public var prices: [Double] = (0...200).map { Double($0) * 2 }
    /// Rounds of refining the F1 slope.
    public var rounds = 3
    /// The threshold that keeps nothing.
    public static let never = 1.01

    /// The defaults above.
    public init() {}

    /// One proposal scored out of fold.
    public struct Scored: Sendable {
        /// Its content probability.
        public var probability: Double
        /// Its speaker probability.
        public var speakerProbability: Double
        /// The labelled proposal.
        public var example: CueExample

        /// A scored proposal from explicit parts.
        public init(probability: Double, speakerProbability: Double, example: CueExample) {
            self.probability = probability
            self.speakerProbability = speakerProbability
            self.example = example
        }
    }

    /// The content and speaker thresholds of one speaker kind.
    public struct Pair: Sendable, Hashable {
        /// The lowest content probability kept.
        public var content: Double
        /// The lowest speaker probability kept.
        public var speaker: Double
    }

    /// Content word and speaker counts of rules plus kept proposals.
    public struct Tally: Sendable, Hashable {
        /// Predicted content words inside gold contents.
        public var right = 0.0
        /// Predicted content words.
        public var predicted = 0.0
        /// Gold content words.
        public var gold = 0.0
        /// Matches whose speaker is scored.
        public var speakerScored = 0.0
        /// Of those, speaker right.
        public var speakerRight = 0.0

        /// Counts from explicit parts.
        public init(right: Double = 0, predicted: Double = 0, gold: Double = 0, speakerScored: Double = 0, speakerRight: Double = 0) {
            self.right = right
            self.predicted = predicted
            self.gold = gold
            self.speakerScored = speakerScored
            self.speakerRight = speakerRight
        }

        /// Content overlap F1.
        public var f1: Double { predicted + gold == 0 ? 0 : 2 * right / (predicted + gold) }
        /// Speaker accuracy (1 with nothing scored).
        public var speakerAccuracy: Double { speakerScored == 0 ? 1 : speakerRight / speakerScored }

        static func + (lhs: Tally, rhs: Tally) -> Tally {
            Tally(
                right: lhs.right + rhs.right, predicted: lhs.predicted + rhs.predicted, gold: lhs.gold + rhs.gold,
                speakerScored: lhs.speakerScored + rhs.speakerScored, speakerRight: lhs.speakerRight + rhs.speakerRight)
        }
    }

    /// Speaker kind -> thresholds, and the tally they give, for `scored` proposals over the rules' `base`.
    public func thresholds(_ scored: [Scored], base: Tally) -> ([String: Pair], Tally) {
        let byKind = Dictionary(grouping: scored) { CueModel.speakerKind($0.example.features) ?? "none" }
        let curves = byKind.mapValues { items in
            speakerCandidates.map { floor in KindCurve(items.filter { $0.speakerProbability >= floor }) }
        }
        let none = Pair(content: Self.never, speaker: 0)
        var chosen = curves.mapValues { _ in none }
        func total(_ pairs: [String: Pair]) -> Tally {
            curves.reduce(base) { sum, entry in
                let pair = pairs[entry.key] ?? none
                let floor = speakerCandidates.firstIndex(of: pair.speaker) ?? 0
                return sum + entry.value[floor].tally(from: pair.content)
            }
        }
        let pairs = speakerCandidates.flatMap { speaker in (candidates + [Self.never]).map { Pair(content: $0, speaker: speaker) } }
        var best = (pairs: chosen, tally: base)
        for _ in 0..<max(1, rounds) {
            let slope = best.tally.f1 / 2
            for price in prices {
                var trial = chosen
                for (kind, kindCurves) in curves {
                    let gains = pairs.map { pair -> Double in
                        let tally = kindCurves[speakerCandidates.firstIndex(of: pair.speaker) ?? 0].tally(from: pair.content)
                        return tally.right - slope * tally.predicted + price * (tally.speakerRight - speakerFloor * tally.speakerScored)
                    }
                    if let top = gains.indices.max(by: { gains[$0] < gains[$1] }) { trial[kind] = pairs[top] }
                }
                let tally = total(trial)
                if tally.speakerAccuracy >= speakerFloor, tally.f1 > best.tally.f1 { best = (trial, tally) }
            }
        }
        chosen = best.pairs
        return (chosen, total(chosen))
    }
}

/// One speaker kind's proposals by descending probability, with running tallies, so the tally
/// of a threshold is a binary search.
private struct KindCurve {
    let probabilities: [Double]
    let running: [CueThresholdSearch.Tally]

    init(_ items: [CueThresholdSearch.Scored]) {
        let sorted = items.sorted { $0.probability > $1.probability }
        probabilities = sorted.map(\.probability)
        var sums = [CueThresholdSearch.Tally()]
        for item in sorted {
            let example = item.example
            sums.append(sums[sums.count - 1] + CueThresholdSearch.Tally(
                right: example.right, predicted: example.right + example.wrong,
                speakerScored: example.speakerScored ? 1 : 0, speakerRight: example.speakerScored && example.speakerRight ? 1 : 0))
        }
        running = sums
    }

    /// The tally of the proposals with probability at least `threshold`.
    func tally(from threshold: Double) -> CueThresholdSearch.Tally {
        var low = 0, high = probabilities.count
        while low < high {
            let mid = (low + high) / 2
            if probabilities[mid] >= threshold { low = mid + 1 } else { high = mid }
        }
        return running[low]
    }
}
