import CorroborateStories

/// One article of a run whose story inputs wait in a ``StoryInputSpill``: what clustering needs of
/// it, and the index of its input's record.
public struct SpilledStoryInput: Sendable, Hashable {
    public var key: ClusteringKey
    public var record: Int

    public init(key: ClusteringKey, record: Int) {
        self.key = key
        self.record = record
    }
}
