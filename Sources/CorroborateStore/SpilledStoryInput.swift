import CorroborateStories

/// One article of a run whose clustering key and story input wait in a ``StoryInputSpill``: what
/// stays in memory is its id, its publication day and the indices of its two records.
public struct SpilledStoryInput: Sendable, Hashable {
    public var id: String
    /// `YYYY-MM-DD` of publication, "" when undated (``ClusteringKey/publicationDay``).
    public var publicationDay: String
    /// The record of its ``ClusteringKey`` (``ClusteringKey/record()``).
    public var key: Int
    /// The record of its compact ``StoryInput`` (``StoryInput/spillRecord()``).
    public var input: Int

    public init(id: String, publicationDay: String, key: Int, input: Int) {
        self.id = id
        self.publicationDay = publicationDay
        self.key = key
        self.input = input
    }
}

/// The articles of a spilled run in input order, and the document frequencies of their terms
/// (counted as they arrived, so clustering needs no first pass over the keys).
public struct SpilledStoryInputs: Sendable {
    public var articles: [SpilledStoryInput]
    public var statistics: TermStatistics
}
