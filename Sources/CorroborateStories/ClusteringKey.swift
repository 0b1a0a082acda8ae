import CorroborateCore

/// What the story clusterer needs of one article, and no more: its id, day of publication, the
/// names of its entities and the counts of its text's and lead's terms. A batch run keeps one key
/// per article in memory while the article's ``StoryInput`` waits in a ``StoryInputSpill``;
/// ``StoryBuilder/cluster(keys:)`` groups the keys exactly as ``StoryBuilder/cluster(_:)`` groups
/// the inputs.
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

extension StoryInput {
    /// This input's clustering key, its terms found by `tokenizer`.
    public func clusteringKey(_ tokenizer: TermTokenizer) -> ClusteringKey {
        ClusteringKey(
            id: article.id, publicationDay: article.published?.day ?? "",
            day: article.published?.calendarDay?.daysSinceEpoch, entities: Self.clusteringNames(entities),
            terms: TermCounts(clusteringTerms(tokenizer)), lead: TermCounts(clusteringLeadTerms(tokenizer)))
    }
}

extension Array where Element == ClusteringKey {
    /// Indices of the keys in the order the story clusterer takes them (as
    /// `[StoryInput].inPublicationOrder()`): undated first, then by day, stable within a day.
    func publicationOrder() -> [Int] {
        indices.sorted { a, b in
            self[a].publicationDay != self[b].publicationDay ? self[a].publicationDay < self[b].publicationDay : a < b
        }
    }
}
