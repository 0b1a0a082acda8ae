import CorroborateCore
import CorroborateStories

/// Story clustering of a stream of ingests (`predictStream`, `scoreStream`), as `corroborate ingest` clusters them: a data set's bodies,
/// in a given order, dealt into steps of `step` bodies, each step received by one ``StoryDesk`` (its
/// term statistics growing with the stream, the background faded by what it has counted), and the
/// stories as a store would hold them (each step's changed stories replaced, merged ones removed)
/// scored against the gold ones. Each body is titled with its first related FNC-1 headline, as
/// `Benchmarks/desk/fnc_stream.py` writes the ingest batches. No annotation: the desk gets the
/// clustering keys `ingest` makes (entity names aside, which weigh nothing by default).
extension StoryClusteringEvaluation {
    /// The body ids of `dataset` in file order, shuffled with a seeded ``SplitMix64`` (Fisher-Yates).
    public static func shuffled(_ dataset: FNCDataset, seed: UInt64) -> [String] {
        var ids = dataset.bodies.map(\.id)
        var random = SplitMix64(seed: seed)
        for position in ids.indices.dropLast() {
            let other = position + Int(random.next() % UInt64(ids.count - position))
            ids.swapAt(position, other)
        }
        return ids
    }

    /// The stories after each step: the story of every body received so far, by body id (a story is
    /// named by the desk's stable id). `order` lists the body ids to stream; ids not in `dataset` are skipped.
    public func predictStream(_ dataset: FNCDataset, order: [String], step: Int) -> [[String: String]] {
        let texts = Dictionary(dataset.bodies.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let titles = SmallBatchClusteringEvaluation.titles(dataset)
        let keys = order.compactMap { id in
            texts[id].map { ClusteringKey(id: id, title: titles[id], text: $0, tokenizer: tokenizer) }
        }
        var desk = StoryDesk(configuration: configuration)
        var stories: [String: [String]] = [:]
        var snapshots: [[String: String]] = []
        for start in stride(from: 0, to: keys.count, by: max(1, step)) {
            let changes = desk.receive(keys: Array(keys[start..<min(start + max(1, step), keys.count)]), background: background)
            for removed in changes.removed { stories[removed] = nil }
            for story in changes.changed { stories[story.story] = story.articles }
            var predicted: [String: String] = [:]
            for (story, articles) in stories {
                for article in articles { predicted[article] = story }
            }
            snapshots.append(predicted)
        }
        return snapshots
    }

    /// The score after each step, over the bodies received so far.
    public func scoreStream(_ dataset: FNCDataset, order: [String], step: Int) -> [ClusteringScore] {
        predictStream(dataset, order: order, step: step).map { ClusteringScore(predicted: $0, gold: dataset.stories) }
    }
}
