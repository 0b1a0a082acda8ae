import CorroborateStories
import Synchronization

/// Annotated articles kept between story updates of one run, so growing stories are rebuilt
/// without annotating their earlier articles again. Holds only the articles of open stories.
public final class AnnotationCache: Sendable {
    private let inputs = Mutex<[String: StoryInput]>([:])

    public init() {}

    /// The cached inputs among `ids`.
    func inputs(_ ids: some Sequence<String>) -> [String: StoryInput] {
        inputs.withLock { cached in
            var found: [String: StoryInput] = [:]
            for id in ids { if let input = cached[id] { found[id] = input } }
            return found
        }
    }

    /// Adds `new` and drops everything not in `keeping`.
    func update(adding new: [StoryInput], keeping: Set<String>) {
        inputs.withLock { cached in
            for input in new where keeping.contains(input.article.id) { cached[input.article.id] = input }
            cached = cached.filter { keeping.contains($0.key) }
        }
    }

    /// Articles held.
    public var count: Int { inputs.withLock { $0.count } }
}
