/// A document's terms as TF-IDF needs them: each distinct term once, ascending, with how often
/// it occurs. Holds a long text's terms in a fraction of the space of the term list itself, so a
/// batch run can keep every article's terms for clustering without keeping the articles.
public struct TermCounts: Sendable, Hashable {
    /// Distinct terms, ascending.
    public private(set) var terms: [UInt64]
    /// Occurrences, aligned with `terms`.
    public private(set) var counts: [UInt32]

    /// The counts of `terms` (in any order, with repeats).
    public init(_ terms: some Sequence<UInt64>) {
        var counts: [UInt64: UInt32] = [:]
        for term in terms { counts[term, default: 0] += 1 }
        let sorted = counts.sorted { $0.key < $1.key }
        self.terms = sorted.map(\.key)
        self.counts = sorted.map(\.value)
    }

    /// Counts as they were: `terms` distinct and ascending, `counts` aligned with them.
    init(terms: [UInt64], counts: [UInt32]) {
        self.terms = terms
        self.counts = counts
    }

    public var isEmpty: Bool { terms.isEmpty }
}
