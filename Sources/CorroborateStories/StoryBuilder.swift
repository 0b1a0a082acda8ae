import CorroborateCore

/// Builds the stories of a brief from annotated articles: clusters them into stories (in
/// publication order, as a stream), then gathers each story's copies, entities, quotes, quote
/// groups, citations and timeline.
public struct StoryBuilder: Sendable {
    public var clustering: StoryClusterer.Configuration
    public var tokenizer: TermTokenizer
    public var nearDuplicates: NearDuplicateDetector
    public var quoteGrouper: QuoteGrouper
    public var agreementFinder: AgreementFinder
    public var discrepancyFinder: DiscrepancyFinder
    public var claimBuilder: ClaimBuilder
    /// Which annotated quotes the brief reports; nil reports them all.
    public var credibility: QuoteCredibility? = .bundled()
    /// Document frequencies of a general corpus mixed into a batch's own when clustering, as
    /// `clustering.backgroundWeight(documents:)` documents; nil: the batch's alone.
    public var background: BackgroundFrequencies? = .shared

    public init(
        clustering: StoryClusterer.Configuration = .init(), tokenizer: TermTokenizer = .english(),
        nearDuplicates: NearDuplicateDetector = .init(), quoteGrouper: QuoteGrouper = .init(),
        agreementFinder: AgreementFinder = .init(), discrepancyFinder: DiscrepancyFinder = .init(),
        claimBuilder: ClaimBuilder = .init(), meaning: SentenceMeaning? = nil
    ) {
        self.clustering = clustering
        self.tokenizer = tokenizer
        self.nearDuplicates = nearDuplicates
        self.quoteGrouper = quoteGrouper
        self.agreementFinder = agreementFinder
        self.discrepancyFinder = discrepancyFinder
        self.claimBuilder = claimBuilder
        if let meaning {
            self.quoteGrouper.meaning = meaning
            self.claimBuilder.meaning = meaning
        }
    }

    /// The stories of `inputs`, largest first.
    public func stories(from inputs: [StoryInput]) -> [Story] {
        Self.briefOrder(cluster(inputs).map { story(from: $0) })
    }

    /// Stories as a brief lists them: most articles first, then by id.
    public static func briefOrder(_ stories: [Story]) -> [Story] {
        stories.sorted { $0.articles.count > $1.articles.count || ($0.articles.count == $1.articles.count && $0.id < $1.id) }
    }

    /// The inputs grouped into stories.
    public func cluster(_ inputs: [StoryInput]) -> [[StoryInput]] {
        cluster(keys: inputs.map { $0.clusteringKey(tokenizer) }).map { $0.map { inputs[$0] } }
    }

    /// Articles grouped into stories by their clustering keys: each story the indices of its keys.
    /// An id given twice stands for its first article in publication order.
    public func cluster(keys: [ClusteringKey]) -> [[Int]] {
        var statistics = TermStatistics()
        for key in keys { statistics.add(key.terms) }
        return cluster(ids: keys.map(\.id), days: keys.map(\.publicationDay), statistics: statistics) { keys[$0] }
    }

    /// The same groups when the keys are not all in memory (a batch run keeps them in a spill):
    /// `ids` and `days` are the keys' ids and publication days, `statistics` has counted every
    /// key's terms, and `key` reads key `i` back when the clusterer takes it.
    public func cluster(
        ids: [String], days: [String], statistics: TermStatistics, key: (Int) throws -> ClusteringKey
    ) rethrows -> [[Int]] {
        var statistics = statistics
        clustering.mix(background, into: &statistics)
        let ordered = ClusteringKey.publicationOrder(days: days)
        var clusterer = StoryClusterer(configuration: clustering)
        var assignments = StoryAssignments()
        for index in ordered {
            for action in clusterer.receive(try key(index).item(statistics, leadIDFPower: clustering.leadIDFPower)) { assignments.apply(action) }
        }
        for action in clusterer.settle() { assignments.apply(action) }
        let byID = Dictionary(ordered.map { (ids[$0], $0) }, uniquingKeysWith: { first, _ in first })
        return assignments.stories.map { $0.compactMap { byID[$0] } }
    }

    /// Clusters in brief order (``briefOrder(_:)`` of the stories they make), from their article ids.
    public static func briefOrder<Cluster>(_ clusters: [Cluster], ids: (Cluster) -> [String]) -> [Cluster] {
        let keyed = clusters.map { cluster in
            let articles = ids(cluster)
            return (cluster, count: articles.count, id: storyID(articles: articles))
        }
        return keyed.sorted { $0.count > $1.count || ($0.count == $1.count && $0.id < $1.id) }.map(\.0)
    }

    /// The id of the story of these articles: it does not depend on their order.
    public static func storyID(articles ids: [String]) -> String {
        "s-" + ContentHash.hex(ids.sorted().joined(separator: ",")).prefix(12)
    }

    /// One story from the inputs clustered together.
    public func story(from inputs: [StoryInput]) -> Story {
        let inputs = StoryYears.resolved(inputs)
        let ids = inputs.map(\.article.id)
        let dates = inputs.compactMap(\.article.published).sorted()
        let entities = StoryEntities(inputs.map { ($0.article.id, $0.entities) })
        let found = inputs.flatMap { StoryQuotes.quotes(of: $0, entities: entities) }
        let quotes = credibility.map { found.compactMap($0.reported) } ?? found
        let copies = nearDuplicates.groups(inputs.map { ($0.article.id, $0.annotated.text) })
        let (sentences, statistics) = StorySentence.sentencesAndStatistics(of: inputs, copies: copies, tokenizer: tokenizer)
        return Story(
            id: Self.storyID(articles: ids),
            title: StoryTitle.title(for: inputs.map { ($0.article, $0.annotated.text) }, tokenizer: tokenizer),
            articles: ids,
            nearDuplicates: copies,
            firstPublished: dates.first,
            lastPublished: dates.last,
            entities: entities.entities,
            quotes: quotes,
            quoteGroups: quoteGrouper.groups(quotes, names: entities.entities.flatMap { [$0.name] + $0.aliases }),
            claims: claimBuilder.claims(inputs, entities: entities, quotes: quotes, statistics: statistics),
            agreements: agreementFinder.agreements(sentences),
            discrepancies: discrepancyFinder.discrepancies(inputs, entities: entities),
            exclusives: agreementFinder.exclusives(sentences),
            citations: inputs.flatMap(StoryCitations.citations(of:)),
            timeline: Timeline.events(from: inputs, tokenizer: tokenizer)
        )
    }
}
