import CorroborateCore
import CorroborateStories
import Foundation

/// Brings stored stories up to date with stored articles: clusters the articles not yet in a story
/// with the saved ``StoryDesk``, rebuilds the brief of every changed story from its stored articles,
/// and commits it all in one transaction. When another worker commits first, the step starts over
/// from the new desk, so several workers may run it.
public struct StoryUpdater: Sendable {
    public var store: any ArticleStore
    public var analysis: CoverageAnalysis
    /// Articles clustered per step (one commit).
    public var batchSize: Int
    /// Concurrent annotation tasks.
    public var workers: Int
    /// Annotated articles of open stories, kept between steps.
    public var cache: AnnotationCache
    /// Sentence vectors kept in the store: read for the members of changed stories before their
    /// briefs are built, and the new ones saved with the commit. Nil: every brief embeds its
    /// sentences (those the process has not embedded yet). It must be the cache of
    /// `analysis.meaning` (`analysis.meaning?.cache === vectors`).
    public var vectors: StoredEmbeddings?

    public init(
        store: any ArticleStore, analysis: CoverageAnalysis, batchSize: Int = 500, workers: Int = 1,
        cache: AnnotationCache = AnnotationCache(), vectors: StoredEmbeddings? = nil
    ) {
        self.store = store
        self.analysis = analysis
        self.batchSize = batchSize
        self.workers = workers
        self.cache = cache
        self.vectors = vectors
    }

    /// What story updates did.
    public struct Outcome: Sendable, Hashable {
        public var articles = 0
        public var storiesSaved = 0
        public var storiesRemoved = 0

        public init() {}
    }

    /// Steps until every stored article is in a story.
    public func run() async throws -> Outcome {
        var total = Outcome()
        while let step = try await step() {
            total.articles += step.articles
            total.storiesSaved += step.storiesSaved
            total.storiesRemoved += step.storiesRemoved
        }
        return total
    }

    /// Clusters one batch of waiting articles and commits the changed stories; nil when none waits.
    public func step() async throws -> Outcome? {
        for _ in 0..<8 {
            let snapshot = try await store.storyDesk()
            var desk = try snapshot.map(Self.decode) ?? StoryDesk(configuration: analysis.builder.clustering)
            let pending = try await store.unclusteredArticles(limit: batchSize)
            guard !pending.isEmpty else { return nil }
            let inputs = await pending.concurrentMap(workers: workers) { analysis.annotated($0) }
            let changes = desk.receive(inputs, tokenizer: analysis.builder.tokenizer, background: analysis.builder.background)
            let rebuilt = try await briefs(of: changes.changed, removed: changes.removed, known: inputs)
            let stories = rebuilt.stories
            let commit = StoryDeskCommit(
                replacing: snapshot?.version, state: try JSONEncoder().encode(desk), stories: stories,
                removing: changes.removed, clustered: changes.clustered, vectors: vectors?.unsaved() ?? [],
                vectorKeys: rebuilt.vectorKeys)
            if try await store.commit(commit) {
                vectors?.saved(commit.vectors)
                cache.update(adding: rebuilt.inputs, keeping: desk.openArticles)
                var outcome = Outcome()
                outcome.articles = pending.count
                outcome.storiesSaved = stories.count
                outcome.storiesRemoved = changes.removed.count
                return outcome
            }
        }
        throw StoreError(.corruptValue, database: "story_desk", message: "other workers kept committing stories first; try again")
    }

    /// What rebuilding the changed stories gave.
    private struct Rebuilt {
        /// The stories, with their ids.
        var stories: [Story] = []
        /// Every annotated input used.
        var inputs: [StoryInput] = []
        /// By story id, the keys of the texts its build asked for (empty without `vectors`).
        var vectorKeys: [String: [String]] = [:]
    }

    /// The brief of each changed story, rebuilt from all its articles (stored ones not in the cache
    /// annotated again). When `vectors` is set, the sentence vectors of its articles and those the
    /// last builds of these stories (and of `removed` ones merged into them) asked for are read
    /// from the store first.
    private func briefs(of memberships: [StoryDesk.Membership], removed: [String], known: [StoryInput]) async throws -> Rebuilt {
        let members = Set(memberships.flatMap(\.articles))
        var inputs = cache.inputs(members)
        for input in known { inputs[input.article.id] = input }
        let loaded = try await store.articles(ids: Array(members.subtracting(inputs.keys)).sorted())
        for input in await loaded.concurrentMap(workers: workers, { analysis.annotated($0) }) { inputs[input.article.id] = input }
        if let vectors {
            let texts = inputs.values.sorted { $0.article.id < $1.article.id }.flatMap(analysis.embeddedTexts)
            try await vectors.load(texts, stories: memberships.map(\.story) + removed, from: store)
        }
        let builder = analysis.builder, all = inputs, keeping = vectors != nil
        let built = await memberships.concurrentMap(workers: workers) { membership in
            let asked = VectorKeyRecorder()
            var story = StoredEmbeddings.$asked.withValue(keeping ? asked : nil) {
                builder.story(from: membership.articles.compactMap { all[$0] })
            }
            story.id = membership.story
            return (story, asked.recorded)
        }
        var rebuilt = Rebuilt(stories: built.map(\.0), inputs: Array(all.values))
        if keeping { for (story, keys) in built { rebuilt.vectorKeys[story.id] = keys } }
        return rebuilt
    }

    private static func decode(_ snapshot: StoryDeskSnapshot) throws -> StoryDesk {
        do {
            return try JSONDecoder().decode(StoryDesk.self, from: snapshot.state)
        } catch {
            throw StoreError(.corruptValue, database: "story_desk", message: "the saved story desk cannot be decoded", cause: error)
        }
    }
}
