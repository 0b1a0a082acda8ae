import Synchronization

/// The keys (``StoredVector/key(of:)``) of the texts a story's build asked ``StoredEmbeddings``
/// for, gathered while ``StoredEmbeddings/asked`` names it. ``StoryUpdater`` keeps them with the
/// story, so the next rebuild reads every vector the last one used, not only those it can foresee
/// from the articles (claims, compared clauses and their stance sentences among them).
public final class VectorKeyRecorder: Sendable {
    private let keys = Mutex(Set<String>())

    public init() {}

    /// Notes the keys of `texts`.
    public func record(_ texts: [String]) {
        let found = texts.map(StoredVector.key(of:))
        keys.withLock { $0.formUnion(found) }
    }

    /// Every key noted, sorted.
    public var recorded: [String] { keys.withLock { $0.sorted() } }
}
