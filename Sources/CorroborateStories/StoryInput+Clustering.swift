import CorroborateCore

extension StoryInput {
    /// The entity names the clusterer compares: every entity but those of kind `other`, lowercased.
    public static func clusteringNames(_ entities: [Entity]) -> Set<String> {
        Set(entities.filter { $0.kind != .other }.map { $0.name.lowercased() })
    }
}
