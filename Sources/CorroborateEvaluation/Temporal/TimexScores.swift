import CorroborateCore

/// TempEval-3 timex scores: relaxed (overlapping spans) and strict (identical spans) span
/// precision/recall/F1, and value and type F1 over the relaxed matches.
///
/// Matching is one-to-one: each gold timex takes the system timex with an identical span if there
/// is one, else the first unmatched overlapping one.
public struct TimexScores: Sendable, Hashable {
    /// System timexes, gold timexes.
    public var system = 0, gold = 0
    /// Matches: overlapping, identical span, overlapping with equal value, overlapping with equal type.
    public var relaxed = 0, strict = 0, value = 0, type = 0

    /// Empty counts.
    public init() {}

    /// One matched or unmatched pair, for failure listings.
    public struct Pair: Sendable, Hashable {
        /// The gold timex, nil for a false positive.
        public var gold: Timex?
        /// The system timex, nil for a miss.
        public var system: Timex?
    }

    /// Adds the counts of one document and returns its pairs (matched, missed and spurious).
    @discardableResult
    public mutating func add(system: [Timex], gold: [Timex]) -> [Pair] {
        self.system += system.count
        self.gold += gold.count
        var used = Set<Int>()
        var pairs: [Pair] = []
        for goldTimex in gold {
            let exact = system.indices.first { !used.contains($0) && system[$0].start == goldTimex.start && system[$0].end == goldTimex.end }
            let overlapping = exact ?? system.indices.first {
                !used.contains($0) && system[$0].start < goldTimex.end && goldTimex.start < system[$0].end
            }
            guard let match = overlapping else { pairs.append(Pair(gold: goldTimex, system: nil)); continue }
            used.insert(match)
            let found = system[match]
            relaxed += 1
            if exact != nil { strict += 1 }
            if found.value == goldTimex.value { value += 1 }
            if found.type == goldTimex.type { type += 1 }
            pairs.append(Pair(gold: goldTimex, system: found))
        }
        for index in system.indices where !used.contains(index) { pairs.append(Pair(gold: nil, system: system[index])) }
        return pairs
    }

    /// Precision, recall and F1 for `matches`.
    public func measure(_ matches: Int) -> Measure {
        Measure(matched: matches, predicted: system, expected: gold)
    }

    /// Precision, recall and F1 of one count of matches.
    public struct Measure: Sendable, Hashable {
        /// matched / predicted.
        public var precision: Double
        /// matched / expected.
        public var recall: Double
        /// The harmonic mean of precision and recall.
        public var f1: Double

        /// Computes the three measures (0 when a denominator is 0).
        public init(matched: Int, predicted: Int, expected: Int) {
            precision = predicted == 0 ? 0 : Double(matched) / Double(predicted)
            recall = expected == 0 ? 0 : Double(matched) / Double(expected)
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }
}
