import CorroborateCore
import CorroborateStories

/// Clusters a data set's bodies with `StoryClusterer`, in file order as a stream, and scores the
/// stories against the gold ones; the small stories left at the end are settled (`StoryClusterer.settle()`). Document frequencies are counted over all bodies first (as a
/// long-running system's statistics would be warm). The bodies have no title: the lead is the
/// first words of the text. Embeddings, when given, are one unit vector per
/// body in the same order (the clusterer then mixes their cosine in with `embeddingWeight`);
/// entities, when given, are each body's entity names as `StoryInput.clusteringNames` gives them,
/// as `analyze` and `ingest` feed them (weighed with `entityWeight`).
public struct StoryClusteringEvaluation: Sendable {
    public var configuration: StoryClusterer.Configuration
    public var tokenizer: TermTokenizer
    /// Mixed into the counted frequencies as `configuration.backgroundDocuments` documents, as ``StoryBuilder`` does.
    public var background: BackgroundFrequencies?

    public init(
        configuration: StoryClusterer.Configuration = .init(), tokenizer: TermTokenizer = .english(),
        background: BackgroundFrequencies? = .shared
    ) {
        self.configuration = configuration
        self.tokenizer = tokenizer
        self.background = background
    }

    /// Predicted story per document id, named `p0`, `p1`... in order of first member.
    public func predict(
        _ documents: [(id: String, text: String)], embeddings: [[Float]]? = nil, entities: [Set<String>]? = nil
    ) -> [String: String] {
        let terms = documents.map { tokenizer.terms(in: $0.text) }
        var statistics = TermStatistics()
        for documentTerms in terms { statistics.add(terms: documentTerms) }
        configuration.mix(background, into: &statistics)
        var clusterer = StoryClusterer(configuration: configuration)
        var assignments = StoryAssignments()
        for (index, (document, documentTerms)) in zip(documents, terms).enumerated() {
            let embedding = embeddings.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            let lead = statistics.vector(terms: tokenizer.leadTerms(in: document.text), idfPower: configuration.leadIDFPower)
            let names = entities.flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? []
            let item = StoryClusterer.Item(
                id: document.id, vector: statistics.vector(terms: documentTerms), lead: lead, entities: names, embedding: embedding)
            for action in clusterer.receive(item) { assignments.apply(action) }
        }
        for action in clusterer.settle() { assignments.apply(action) }
        var result: [String: String] = [:]
        for (index, story) in assignments.stories.enumerated() {
            for id in story { result[id] = "p\(index)" }
        }
        return result
    }

    /// Scores the prediction for `dataset` against its gold stories.
    public func score(
        _ dataset: FNCDataset, embeddings: [[Float]]? = nil, entities: [Set<String>]? = nil
    ) -> (predicted: [String: String], score: ClusteringScore) {
        let predicted = predict(dataset.bodies, embeddings: embeddings, entities: entities)
        return (predicted, ClusteringScore(predicted: predicted, gold: dataset.stories))
    }
}
