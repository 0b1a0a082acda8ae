/// Keeps each repeated passage of the body once, at paragraph and at sentence level.
///
/// Paragraphs are read in order; each is cut into pieces (`PassageSegments`). A run of consecutive pieces that
/// all appeared earlier (in kept text) is cut out when it holds at least `minimumRunLength` letters and digits:
/// a whole repeated paragraph goes, and so does a copy glued onto the end of another line. What is cut out is
/// returned so it can be recorded as removed (`duplicate`).
struct PassageDeduplicator: Sendable {
    /// Shortest repeated run, in key characters, that is removed ("He said." may legitimately repeat).
    var minimumRunLength = 40

    /// One paragraph after deduplication.
    struct Outcome: Sendable, Hashable {
        /// The paragraph without its repeated runs; nil when nothing is left.
        var kept: String?
        /// The repeated runs, as written.
        var duplicates: [String]
    }

    private var seen: Set<String> = []

    mutating func deduplicate(_ paragraph: String) -> Outcome {
        let scalars = Array(paragraph.unicodeScalars)
        let pieces = PassageSegments.ranges(in: scalars)
        let keys = pieces.map { PassageSegments.key(scalars[$0]) }
        var keepPiece = [Bool](repeating: true, count: pieces.count)
        var duplicates: [String] = []
        var index = 0
        while index < pieces.count {
            guard isRepeat(keys[index]) else { index += 1; continue }
            var end = index
            while end < pieces.count, isRepeat(keys[end]) { end += 1 }
            let length = keys[index..<end].reduce(0) { $0 + $1.count }
            if length >= minimumRunLength {
                for piece in index..<end { keepPiece[piece] = false }
                duplicates.append(text(scalars, pieces[index].lowerBound..<pieces[end - 1].upperBound))
            }
            index = end
        }
        for (piece, key) in keys.enumerated() where keepPiece[piece] && !key.isEmpty { seen.insert(key) }
        return Outcome(kept: keptText(scalars, pieces, keepPiece), duplicates: duplicates)
    }

    private func isRepeat(_ key: String) -> Bool { !key.isEmpty && seen.contains(key) }

    /// The kept pieces: consecutive ones as the original slice, separate runs joined by a space.
    private func keptText(_ scalars: [Unicode.Scalar], _ pieces: [Range<Int>], _ keep: [Bool]) -> String? {
        guard keep.contains(true) else { return nil }
        if !keep.contains(false) { return String(String.UnicodeScalarView(scalars)).trimmingWhitespace() }
        var runs: [String] = []
        var index = 0
        while index < pieces.count {
            guard keep[index] else { index += 1; continue }
            var end = index
            while end < pieces.count, keep[end] { end += 1 }
            runs.append(text(scalars, pieces[index].lowerBound..<pieces[end - 1].upperBound))
            index = end
        }
        let joined = runs.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }

    private func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range])).trimmingWhitespace()
    }
}
