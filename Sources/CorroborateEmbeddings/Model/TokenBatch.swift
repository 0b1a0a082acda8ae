/// Several token sequences packed end to end, with no padding: the dense layers run on all
/// tokens at once, attention runs on each sequence's own rows.
struct TokenBatch: Sendable {
    /// All ids, sequence after sequence.
    var ids: [Int32] = []
    /// Each sequence's rows in `ids`.
    var sequences: [Range<Int>] = []

    /// Appends one sequence.
    mutating func append(_ sequence: [Int32]) {
        sequences.append(ids.count..<(ids.count + sequence.count))
        ids += sequence
    }

    /// Total tokens.
    var tokenCount: Int { ids.count }
    /// Longest sequence.
    var longest: Int { sequences.map(\.count).max() ?? 0 }
}
