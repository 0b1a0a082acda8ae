import Synchronization

/// Sentence embeddings already computed, by text, so that a story rebuilt as its articles arrive
/// (`ingest` rebuilds every changed story from all its articles) does not embed its earlier
/// sentences again. Bounded: texts live in two generations of at most `capacity / 2` each; when the
/// newer one fills, the older one is dropped, so the memo never holds more than `capacity` texts and
/// the texts used since the last turn stay. The in-process ``EmbeddingCache``.
public final class EmbeddingMemo: EmbeddingCache {
    private struct Generations {
        var current: [String: [Float]] = [:]
        var previous: [String: [Float]] = [:]
    }

    private let generations = Mutex(Generations())
    /// Most texts held.
    public let capacity: Int

    public init(capacity: Int = 20_000) {
        self.capacity = max(capacity, 2)
    }

    /// The remembered vectors of `texts` (a text found in the older generation moves to the newer).
    public func vectors(of texts: [String]) -> [String: [Float]] {
        generations.withLock { memo in
            var found: [String: [Float]] = [:]
            for text in texts where found[text] == nil {
                if let vector = Self.lookUp(text, in: &memo, capacity: capacity) { found[text] = vector }
            }
            return found
        }
    }

    /// Remembers `vectors`, in the newer generation.
    public func remember(_ vectors: [String: [Float]]) {
        generations.withLock { memo in
            for (text, vector) in vectors { Self.remember(text, vector, in: &memo, capacity: capacity) }
        }
    }

    /// Texts held.
    public var count: Int {
        generations.withLock { $0.current.count + $0.previous.count }
    }

    private static func lookUp(_ text: String, in memo: inout Generations, capacity: Int) -> [Float]? {
        if let vector = memo.current[text] { return vector }
        guard let vector = memo.previous.removeValue(forKey: text) else { return nil }
        remember(text, vector, in: &memo, capacity: capacity)
        return vector
    }

    private static func remember(_ text: String, _ vector: [Float], in memo: inout Generations, capacity: Int) {
        if memo.current.count >= capacity / 2 {
            memo.previous = memo.current
            memo.current = [:]
        }
        memo.current[text] = vector
    }
}
