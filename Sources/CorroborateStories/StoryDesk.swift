import CorroborateCore

/// Incremental story building as a value-type state machine: articles arrive in batches (ingest
/// runs, over days), each batch goes through the streaming ``StoryClusterer``, and the desk answers
/// which stories changed (their full membership, so the caller can rebuild their briefs from
/// stored articles) and which were merged away. No I/O: the caller loads and saves.
///
/// Term statistics grow with the stream, so an article's TF-IDF vector is weighted by what was seen
/// up to its batch (a batch run weighs by the whole corpus), mixed with the background frequencies
/// while the desk has counted few documents and holds few stories. Story ids are stable while a story
/// grows: they derive from the article that opened it. Only open stories (within the clusterer's
/// window) are kept, so the state stays bounded however long the stream.
public struct StoryDesk: Sendable, Codable {
    /// A story the clusterer still holds open: its stable id and its articles in arrival order.
    public struct Membership: Sendable, Hashable, Codable {
        public var story: String
        public var articles: [String]
    }

    /// What a batch changed.
    public struct Changes: Sendable, Hashable {
        /// Stories to rebuild and save, with every article they now hold.
        public var changed: [Membership]
        /// Ids of stories merged into others: to delete.
        public var removed: [String]
        /// The batch's article ids, all now in a story.
        public var clustered: [String]
    }

    private var clusterer: StoryClusterer
    private var statistics = TermStatistics()
    private var open: [Int: Membership] = [:]

    /// An empty desk clustering with `configuration`.
    public init(configuration: StoryClusterer.Configuration = .init()) {
        clusterer = StoryClusterer(configuration: configuration)
    }

    /// Stories currently open.
    public var openStories: Int { open.count }

    /// The articles of the open stories: the only ones a later batch can make rebuild.
    public var openArticles: Set<String> { Set(open.values.flatMap(\.articles)) }

    /// Clusters a batch (undated first, then in publication order) and returns the stories it changed.
    /// `background` is mixed into the desk's own term statistics as ``StoryBuilder`` does for a batch
    /// (``StoryClusterer/Configuration/backgroundWeight(documents:)`` by the documents the desk has
    /// counted so far, so it fades out as the desk grows), and faded too by the stories it holds
    /// (``receive(keys:background:)``); nil: the desk's own counts alone.
    public mutating func receive(
        _ inputs: [StoryInput], tokenizer: TermTokenizer, background: BackgroundFrequencies? = .shared
    ) -> Changes {
        receive(keys: inputs.inPublicationOrder().map { $0.clusteringKey(tokenizer) }, background: background)
    }

    /// Clusters a batch given as its articles' clustering keys, in the order given (``receive(_:tokenizer:background:)``
    /// passes them undated first, then in publication order); what the evaluation of a stream of small
    /// ingests feeds without annotating.
    ///
    /// The background's weight fades with the desk's documents and with its open stories
    /// (``StoryClusterer/Configuration/deskBackgroundShare(stories:)``): the batch is clustered with the
    /// weight for the stories open before it, and when the stories open after it call for another
    /// weight (a first batch of many stories), clustered again from the same state with that weight.
    public mutating func receive(keys: [ClusteringKey], background: BackgroundFrequencies? = .shared) -> Changes {
        for key in keys { statistics.add(key.terms) }
        let configuration = clusterer.configuration
        let before = self
        let share = configuration.deskBackgroundShare(stories: clusterer.openStories)
        var changes = cluster(keys, background: background, share: share)
        guard background != nil, configuration.backgroundWeight(documents: statistics.documents) > 0 else { return changes }
        let settled = configuration.deskBackgroundShare(stories: clusterer.openStories)
        if settled != share {
            self = before
            changes = cluster(keys, background: background, share: settled)
        }
        return changes
    }

    /// Clusters `keys` (already counted) with `share` of the background's weight for the desk's documents.
    private mutating func cluster(_ keys: [ClusteringKey], background: BackgroundFrequencies?, share: Float) -> Changes {
        if let background {
            statistics.mix(background, asDocuments: share * clusterer.configuration.backgroundWeight(documents: statistics.documents))
        }
        var batch = Batch()
        for key in keys {
            for action in clusterer.receive(key.item(statistics, leadIDFPower: clusterer.configuration.leadIDFPower)) { apply(action, to: &batch) }
        }
        let changed = batch.changed.sorted().compactMap { open[$0] ?? batch.closed[$0] }
        return Changes(changed: changed, removed: batch.removed, clustered: keys.map(\.id))
    }

    /// What one batch touched, by clusterer story number.
    private struct Batch {
        var changed: Set<Int> = []
        var closed: [Int: Membership] = [:]
        var removed: [String] = []
    }

    private mutating func apply(_ action: StoryClusterer.Action, to batch: inout Batch) {
        switch action {
        case .open(let story, let article):
            open[story] = Membership(story: StoryDesk.storyID(opening: article), articles: [article])
            batch.changed.insert(story)
        case .attach(let article, let story, _):
            open[story]?.articles.append(article)
            batch.changed.insert(story)
        case .merge(let story, let into):
            guard let merged = open.removeValue(forKey: story) else { return }
            open[into]?.articles += merged.articles
            batch.removed.append(merged.story)
            batch.changed.remove(story)
            batch.changed.insert(into)
        case .split(let story, let into, let articles):
            guard let first = articles.first else { return }
            let leaving = Set(articles)
            open[story]?.articles.removeAll { leaving.contains($0) }
            open[into] = Membership(story: StoryDesk.storyID(opening: first), articles: articles)
            batch.changed.insert(story)
            batch.changed.insert(into)
        case .close(let story):
            let closed = open.removeValue(forKey: story)
            if batch.changed.contains(story) { batch.closed[story] = closed }
        }
    }

    /// The stable id of a story opened by `article`.
    public static func storyID(opening article: String) -> String {
        "s-" + ContentHash.hex("story:" + article).prefix(12)
    }
}
