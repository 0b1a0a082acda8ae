/// The split of a story that mixed two claims on one subject (Kim Jong-un's ankles and his sister; Bale
/// as Jobs and Rogen as Wozniak): the words all its members' leads share (the subject) are left out, the
/// members' leads are parted in two by 2-means (seeded by the least alike pair), and the parts are kept
/// only when each has claim terms of its own (in most of its leads, few of the other's) and the members
/// are clearly more alike within a part than across (by a margin, and across at most `acrossShare` of within). Copies of one wire story share rare words too, but
/// not two sets of them that part the members, so a single-claim story stays whole.
struct StorySplit: Sendable, Equatable {
    /// Least members on each side.
    var minimumSide = 3
    /// A side's own claim terms are in the leads of at least this share of its members...
    var ownShare: Float = 0.7
    /// ...and of at most this share of the other side's.
    var otherShare: Float = 0.15
    /// ...and in the whole text of at most this share of the other side's (1: not checked).
    var otherTextShare: Float = 0.3
    /// Least difference between the mean similarity within the sides and the mean across them.
    var margin: Float = 0.1
    /// Most mean similarity across the sides, as a share of that within them.
    var acrossShare: Float = 1

    /// The indices of the members that leave, in order, when the story splits; nil when it does not.
    /// `similarity[i][j]` scores two members (as an arriving article is scored against a member).
    /// The parts tried: 2-means seeded by the least alike pair, and by each lead term's carriers; the
    /// one kept is the valid part with the widest margin.
    func part(_ leads: [SparseVector], texts: [SparseVector], similarity: () -> [[Float]]) -> [Int]? {
        guard let sides = best(leads, texts: texts, similarity: similarity) else { return nil }
        // The side holding the oldest member stays; the other leaves.
        return sides.indices.filter { sides[$0] != sides[0] }
    }

    /// The valid partition with the widest margin, and that margin.
    /// With `acrossShare` below 1 the similarities are asked for first: when no pair of members is
    /// that much less alike than the most alike pair, no partition can pass, and none is tried (the
    /// 2-means are most of the cost). Otherwise they are asked for only when some partition passes the claim tests.
    func best(_ leads: [SparseVector], texts: [SparseVector], similarity: () -> [[Float]]) -> [Bool]? {
        let count = leads.count
        guard count >= 2 * minimumSide, leads.allSatisfy({ !$0.isEmpty }) else { return nil }
        var early: [[Float]]?
        if acrossShare < 1 {
            let scores = similarity()
            guard Self.spread(scores, allows: acrossShare) else { return nil }
            early = scores
        }
        let common = Self.terms(in: leads, atLeast: ownShare)
        let vectors = leads.map { $0.removing(common) }
        var tried: [[Bool]] = []
        if let sides = Self.twoMeans(vectors, from: nil) { tried.append(sides) }
        var carriers: [UInt64: [Bool]] = [:]
        for (index, vector) in vectors.enumerated() {
            for term in vector.terms { carriers[term, default: Array(repeating: false, count: count)][index] = true }
        }
        var started: Set<[Bool]> = []
        for (_, sides) in carriers.sorted(by: { $0.key < $1.key }) {
            let size = sides.filter { $0 }.count
            guard size >= minimumSide, count - size >= minimumSide, started.insert(sides).inserted else { continue }
            tried.append(sides)
            if let refined = Self.twoMeans(vectors, from: sides) { tried.append(refined) }
        }
        var seen: Set<[Bool]> = []
        let valid = tried.filter { sides in
            guard seen.insert(sides).inserted else { return false }
            let first = sides.indices.filter { !sides[$0] }, second = sides.indices.filter { sides[$0] }
            return first.count >= minimumSide && second.count >= minimumSide
                && hasOwnClaim(first, against: second, leads, texts) && hasOwnClaim(second, against: first, leads, texts)
        }
        guard !valid.isEmpty else { return nil }
        let matrix = early ?? similarity()
        var chosen: (sides: [Bool], margin: Float)?
        for sides in valid {
            guard let means = Self.means(sides, matrix) else { continue }
            let gap = means.within - means.across
            if gap >= margin, means.across <= acrossShare * means.within, gap > chosen?.margin ?? -.infinity { chosen = (sides, gap) }
        }
        return chosen?.sides
    }

    /// Whether the least alike pair scores at most `share` of the most alike one: necessary for any
    /// partition's mean across to be at most `share` of its mean within.
    static func spread(_ similarity: [[Float]], allows share: Float) -> Bool {
        var least = Float.infinity, most = -Float.infinity
        for i in similarity.indices {
            for j in similarity[i].indices where j > i {
                least = min(least, similarity[i][j])
                most = max(most, similarity[i][j])
            }
        }
        return least <= share * most
    }

    /// Mean similarity of the member pairs within the sides minus that of the pairs across.
    static func margin(_ sides: [Bool], _ similarity: [[Float]]) -> Float {
        means(sides, similarity).map { $0.within - $0.across } ?? -.infinity
    }

    /// Mean similarity of the member pairs within the sides and of the pairs across; nil without both kinds of pair.
    static func means(_ sides: [Bool], _ similarity: [[Float]]) -> (within: Float, across: Float)? {
        var within: Float = 0, across: Float = 0, withinPairs = 0, acrossPairs = 0
        for i in sides.indices {
            for j in sides.indices where j > i {
                if sides[i] == sides[j] { within += similarity[i][j]; withinPairs += 1 }
                else { across += similarity[i][j]; acrossPairs += 1 }
            }
        }
        guard withinPairs > 0, acrossPairs > 0 else { return nil }
        return (within / Float(withinPairs), across / Float(acrossPairs))
    }

    /// Whether some term is in the leads of at least `ownShare` of `side`, of at most `otherShare` of
    /// `other`, and in the texts of at most `otherTextShare` of `other`.
    private func hasOwnClaim(_ side: [Int], against other: [Int], _ leads: [SparseVector], _ texts: [SparseVector]) -> Bool {
        let own = Self.terms(in: side.map { leads[$0] }, atLeast: ownShare)
        let limit = otherShare * Float(other.count) + 0.001, textLimit = otherTextShare * Float(other.count) + 0.001
        return own.contains { term in
            Float(other.filter { leads[$0].contains(term) }.count) <= limit
                && Float(other.filter { texts[$0].contains(term) }.count) <= textLimit
        }
    }

    /// The terms in at least `share` of `vectors`.
    static func terms(in vectors: [SparseVector], atLeast share: Float) -> Set<UInt64> {
        var counts: [UInt64: Int] = [:]
        for vector in vectors {
            for term in vector.terms { counts[term, default: 0] += 1 }
        }
        let least = share * Float(vectors.count) - 0.001
        return Set(counts.filter { Float($0.value) >= least }.keys)
    }

    /// Two-means of unit vectors by cosine, from the partition `start` or else seeded by the least
    /// alike pair (the first such pair on ties); true marks the second side. Nil when every vector is
    /// empty or all fall on one side.
    static func twoMeans(_ vectors: [SparseVector], from start: [Bool]?) -> [Bool]? {
        var sides: [Bool]
        if let start {
            sides = start
        } else {
            var seeds: (Int, Int)?
            var least = Float.infinity
            for i in vectors.indices where !vectors[i].isEmpty {
                for j in vectors.indices where j > i && !vectors[j].isEmpty {
                    let similarity = vectors[i].dot(vectors[j])
                    if similarity < least { least = similarity; seeds = (i, j) }
                }
            }
            guard let (a, b) = seeds else { return nil }
            let centres = [dense(vectors[a]), dense(vectors[b])]
            sides = vectors.map { score($0, centres[1]) > score($0, centres[0]) }
        }
        for _ in 0 ..< 10 {
            guard sides.contains(true), sides.contains(false) else { return nil }
            let centres = [false, true].map { side in
                var sum: [UInt64: Float] = [:]
                for (vector, onSide) in zip(vectors, sides) where onSide == side {
                    for (term, weight) in zip(vector.terms, vector.weights) { sum[term, default: 0] += weight }
                }
                let norm = sum.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return norm > 0 ? sum.mapValues { $0 / norm } : sum
            }
            let next = vectors.map { score($0, centres[1]) > score($0, centres[0]) }
            if next == sides { break }
            sides = next
        }
        return sides.contains(true) && sides.contains(false) ? sides : nil
    }

    private static func dense(_ vector: SparseVector) -> [UInt64: Float] {
        Dictionary(zip(vector.terms, vector.weights), uniquingKeysWith: +)
    }

    private static func score(_ vector: SparseVector, _ centre: [UInt64: Float]) -> Float {
        zip(vector.terms, vector.weights).reduce(0) { $0 + $1.1 * (centre[$1.0] ?? 0) }
    }
}
