#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts, over related (body, stance) examples, which stems occur in bodies of each stance and in how
/// many stories, and turns the counts into a `StanceLexicon`.
public struct StanceLexiconBuilder: Sendable {
    /// A stem is kept when bodies of at least this many groups (stories) contain it (default 5).
    public var minimumGroups = 5
    /// Add-alpha smoothing of the counts (default 1).
    public var smoothing: Float = 1

    private struct Count: Sendable {
        var stem: String
        var perClass: [Float] = [0, 0, 0]
        var groups: Set<String> = []
    }

    private var counts: [UInt64: Count] = [:]
    private var examples: [Float] = [0, 0, 0]

    public init() {}

    /// Counts the distinct terms of `body` as evidence for `label` (unrelated labels are ignored).
    public mutating func add(body: StanceDocument, label: StanceLabel, group: String) {
        guard label.isRelated else { return }
        examples[label.index] += 1
        var seen: Set<UInt64> = []
        for word in body.text.words {
            guard let term = word.term, seen.insert(term).inserted else { continue }
            if counts[term] == nil { counts[term] = Count(stem: StanceText.stem(word.text)) }
            counts[term]?.perClass[label.index] += 1
            counts[term]?.groups.insert(group)
        }
    }

    /// The lexicon of the stems seen in enough groups.
    public func lexicon() -> StanceLexicon {
        let total = examples.reduce(0, +)
        var weights: [String: [Float]] = [:]
        for count in counts.values where count.groups.count >= minimumGroups {
            let all = count.perClass.reduce(0, +)
            weights[count.stem] = (0..<3).map { k in
                let inClass = (count.perClass[k] + smoothing) / (examples[k] + 2 * smoothing)
                let inOthers = (all - count.perClass[k] + smoothing) / (total - examples[k] + 2 * smoothing)
                return Float(log(Double(inClass / inOthers)))
            }
        }
        return StanceLexicon(weights: weights)
    }
}
