import CorroborateCore

/// What the story clusterer needs of one article, and no more: its id, day of publication, the
/// names of its entities and the counts of its text's and lead's terms. ``StoryBuilder/cluster(keys:)``
/// groups keys exactly as ``StoryBuilder/cluster(_:)`` groups the inputs; a batch run keeps each
/// key as a ``record()`` in a ``StoryInputSpill`` beside its article's input and reads it back
/// when the clusterer takes it (``StoryBuilder/cluster(ids:days:statistics:key:)``).
public struct ClusteringKey: Sendable, Hashable {
    public var id: String
    /// `YYYY-MM-DD` of publication, "" when undated: the order the clusterer takes articles in.
    public var publicationDay: String
    /// Publication day as days since 1970-01-01, when known.
    public var day: Int?
    /// The entity names the clusterer compares (``StoryInput/clusteringNames(_:)``).
    public var entities: Set<String>
    /// Terms of the title and the text.
    public var terms: TermCounts
    /// Terms of the lead: the title and the first words of the text.
    public var lead: TermCounts
}

extension ClusteringKey {
    /// The key of an article with this title and text, its terms (the title's and the text's) and its
    /// lead's (the title and the first words of the text) found by `tokenizer`: what
    /// ``StoryInput/clusteringKey(_:)`` makes of an annotated article, and what the evaluation's
    /// small batches feed ``StoryBuilder/cluster(keys:)``.
    public init(
        id: String, title: String?, text: String, publicationDay: String = "", day: Int? = nil, entities: Set<String> = [],
        tokenizer: TermTokenizer
    ) {
        let whole = [title ?? "", text].joined(separator: "\n")
        self.init(
            id: id, publicationDay: publicationDay, day: day, entities: entities,
            terms: TermCounts(tokenizer.terms(in: whole)), lead: TermCounts(tokenizer.leadTerms(in: whole)))
    }
}

extension StoryInput {
    /// This input's clustering key, its terms found by `tokenizer`.
    public func clusteringKey(_ tokenizer: TermTokenizer) -> ClusteringKey {
        ClusteringKey(
            id: article.id, title: article.title, text: annotated.text, publicationDay: article.published?.day ?? "",
            day: article.published?.calendarDay?.daysSinceEpoch, entities: Self.clusteringNames(entities), tokenizer: tokenizer)
    }
}

extension ClusteringKey {
    /// This article as the clusterer takes it: its TF-IDF vectors under `statistics` (the lead's
    /// IDF raised to `leadIDFPower`), its day and its entity names.
    func item(_ statistics: TermStatistics, leadIDFPower: Float) -> StoryClusterer.Item {
        StoryClusterer.Item(
            id: id, vector: statistics.vector(terms), lead: statistics.vector(lead, idfPower: leadIDFPower), day: day, entities: entities)
    }

    /// Indices of keys with these publication days in the order the story clusterer takes them
    /// (as `[StoryInput].inPublicationOrder()`): undated first, then by day, stable within a day.
    static func publicationOrder(days: [String]) -> [Int] {
        days.indices.sorted { a, b in days[a] != days[b] ? days[a] < days[b] : a < b }
    }
}
