import CorroborateCore
import CorroborateStories

/// Story clustering of small batches, as users run `corroborate analyze` (a few events, 5-50
/// articles): each batch is a few gold story groups of a data set, a sample of each group's bodies,
/// clustered alone through ``StoryBuilder/cluster(keys:)`` (the path `analyze` takes, document
/// frequencies counted over the batch only), and scored against the gold groups. Batches are drawn
/// with a seeded ``SplitMix64``, so a run is the same on every machine.
public struct SmallBatchClusteringEvaluation: Sendable {
    /// How batches are drawn.
    public struct Sampling: Sendable {
        /// Batches drawn.
        public var batches: Int = 200
        /// Gold story groups per batch, drawn uniformly from this range.
        public var groups: ClosedRange<Int> = 1...4
        /// Most bodies taken from each group, drawn per group from this range (a group with fewer gives all).
        public var bodies: ClosedRange<Int> = 3...12
        /// Seed of the generator.
        public var seed: UInt64 = 13
        /// Whether each body gets a title: the first headline FNC-1 pairs it with that is not
        /// "unrelated" (as `Benchmarks/brief/fnc_story.py` gives it), as articles have one.
        public var titles = true

        public init() {}
    }

    /// One drawn batch: its bodies (the index in the data set's bodies) in file order.
    public struct Batch: Sendable {
        public var bodies: [Int]
    }

    public var builder: StoryBuilder
    public var sampling: Sampling

    public init(builder: StoryBuilder = StoryBuilder(), sampling: Sampling = Sampling()) {
        self.builder = builder
        self.sampling = sampling
    }

    /// The batches drawn from `dataset`'s gold groups.
    public func batches(of dataset: FNCDataset) -> [Batch] {
        var members: [String: [Int]] = [:]
        for (index, body) in dataset.bodies.enumerated() {
            if let story = dataset.stories[body.id] { members[story, default: []].append(index) }
        }
        let groups = members.keys.sorted().compactMap { members[$0] }
        guard !groups.isEmpty else { return [] }
        var random = SplitMix64(seed: sampling.seed)
        return (0..<max(0, sampling.batches)).map { _ in
            let count = min(Self.uniform(sampling.groups, &random), groups.count)
            let chosen = Self.sample(count, of: groups.count, &random)
            let bodies = chosen.flatMap { group in
                let picked = Self.sample(min(Self.uniform(sampling.bodies, &random), groups[group].count), of: groups[group].count, &random)
                return picked.map { groups[group][$0] }
            }
            return Batch(bodies: bodies.sorted())
        }
    }

    /// Clusters every batch alone and scores it.
    public func score(_ dataset: FNCDataset) -> SmallBatchScore {
        let titles = sampling.titles ? Self.titles(dataset) : [:]
        var score = SmallBatchScore()
        for batch in batches(of: dataset) {
            let predicted = predict(batch, in: dataset, titles: titles)
            score.add(predicted: predicted, gold: dataset.stories, bodies: batch.bodies.map { dataset.bodies[$0].id })
        }
        return score
    }

    /// The predicted story (`p0`, `p1`... in the clusterer's order) of each body of `batch`.
    public func predict(_ batch: Batch, in dataset: FNCDataset, titles: [String: String]) -> [String: String] {
        let keys = batch.bodies.map { index in
            let body = dataset.bodies[index]
            return ClusteringKey(id: body.id, title: titles[body.id], text: body.text, tokenizer: builder.tokenizer)
        }
        var predicted: [String: String] = [:]
        for (story, members) in builder.cluster(keys: keys).enumerated() {
            for member in members { predicted[keys[member].id] = "p\(story)" }
        }
        return predicted
    }

    /// The first headline each body is paired with that is not "unrelated", by Body ID.
    public static func titles(_ dataset: FNCDataset) -> [String: String] {
        var titles: [String: String] = [:]
        for pair in dataset.pairs where pair.stance != "unrelated" && titles[pair.bodyID] == nil {
            titles[pair.bodyID] = pair.headline
        }
        return titles
    }

    /// A uniform draw from `range`.
    private static func uniform(_ range: ClosedRange<Int>, _ random: inout SplitMix64) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    /// `count` distinct indices below `total`, in increasing order (a partial Fisher-Yates shuffle).
    private static func sample(_ count: Int, of total: Int, _ random: inout SplitMix64) -> [Int] {
        var indices = Array(0..<total)
        for position in 0..<min(count, total) {
            let other = position + Int(random.next() % UInt64(total - position))
            indices.swapAt(position, other)
        }
        return indices.prefix(count).sorted()
    }
}
