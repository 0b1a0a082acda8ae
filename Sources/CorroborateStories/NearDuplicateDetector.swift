import CorroborateCore

/// Finds articles that are copies of one text (wire copy, syndication, light rewrites) with
/// MinHash signatures over word shingles and locality-sensitive hashing on signature bands.
///
/// Words are lower-cased letter/digit runs (stopwords kept: copies share them too); a shingle is
/// `shingleSize` consecutive words. Two texts are copies when the estimated Jaccard similarity of
/// their shingle sets reaches `threshold`. Texts shorter than one shingle are never grouped.
public struct NearDuplicateDetector: Sendable {
    /// Words per shingle.
    public var shingleSize = 4
    /// Hash functions in a signature (`bands * rows`).
    public var bands = 20
    public var rows = 5
    /// Minimum estimated Jaccard similarity of shingle sets for two texts to count as copies.
    public var threshold: Double = 0.5
    private let tokenizer = TermTokenizer(stopwords: [])

    public init() {}

    /// The MinHash signature of `text`, or nil when it has fewer words than a shingle.
    public func signature(of text: String) -> [UInt64]? {
        let words = tokenizer.words(in: text).map { ContentHash.fnv1a($0.utf8) }
        guard words.count >= shingleSize else { return nil }
        var minima = [UInt64](repeating: .max, count: bands * rows)
        for start in 0...(words.count - shingleSize) {
            var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
            for word in words[start..<(start + shingleSize)] { shingle = (shingle ^ word) &* 0x0000_0100_0000_01b3 }
            for k in minima.indices {
                let value = Self.mix(shingle &+ UInt64(k) &* 0x9e37_79b9_7f4a_7c15)
                if value < minima[k] { minima[k] = value }
            }
        }
        return minima
    }

    /// Estimated Jaccard similarity of two signatures: the share of equal positions.
    public func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        return Double(zip(a, b).filter { $0 == $1 }.count) / Double(a.count)
    }

    /// Groups of ids (two or more each) whose texts are copies of one another, in first-seen order.
    public func groups(_ documents: [(id: String, text: String)]) -> [[String]] {
        let signatures = documents.map { signature(of: $0.text) }
        var union = UnionFind(count: documents.count)
        var buckets: [UInt64: [Int]] = [:]
        for (index, signature) in signatures.enumerated() {
            guard let signature else { continue }
            for band in 0..<bands {
                let key = ContentHash.fnv1a(bandBytes(signature, band: band)) &+ UInt64(band)
                for other in buckets[key, default: []] where union.find(other) != union.find(index) {
                    if let otherSignature = signatures[other], similarity(signature, otherSignature) >= threshold {
                        union.join(other, index)
                    }
                }
                buckets[key, default: []].append(index)
            }
        }
        return union.groups().filter { $0.count > 1 }.map { $0.map { documents[$0].id } }
    }

    private func bandBytes(_ signature: [UInt64], band: Int) -> [UInt8] {
        signature[(band * rows)..<((band + 1) * rows)].flatMap { value in
            (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
        }
    }

    /// SplitMix64 finaliser: a fast, well-mixed 64-bit hash of a 64-bit value.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Disjoint sets over `0..<count` with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func join(_ a: Int, _ b: Int) {
        var rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        size[rootA] += size[rootB]
    }

    /// Every set as ascending members, sets ordered by their smallest member.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for element in parent.indices { byRoot[find(element), default: []].append(element) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }

    /// The groups of `items` that `related` joins, pair by pair (every pair compared once), as `groups()` orders
    /// them.
    static func groups<Item>(of items: [Item], related: (Item, Item) -> Bool) -> [[Int]] {
        var union = UnionFind(count: items.count)
        for i in items.indices {
            for j in items.indices where j > i && related(items[i], items[j]) { union.join(i, j) }
        }
        return union.groups()
    }
}
