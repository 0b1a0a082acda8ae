import Synchronization

/// Sentence embeddings already computed, by text, so that a story rebuilt as its articles arrive
/// (`ingest` rebuilds every changed story from all its articles) does not embed its earlier
/// sentences again. Bounded: texts live in two generations of at most `capacity / 2` each; when the
/// newer one fills, the older one is dropped, so the memo never holds more than `capacity` texts and
/// the texts used since the last turn stay.
public final class EmbeddingMemo: Sendable {
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

    /// The embedding of each of `texts`, in order: remembered ones looked up, the others computed
    /// by `embed` in one call (each distinct text once) and remembered.
    public func embeddings(of texts: [String], embed: ([String]) -> [[Float]]) -> [[Float]] {
        var found = [[Float]?](repeating: nil, count: texts.count)
        var missing: [String] = []
        generations.withLock { memo in
            var seen = Set<String>()
            for (index, text) in texts.enumerated() {
                if let vector = Self.lookUp(text, in: &memo, capacity: capacity) {
                    found[index] = vector
                } else if seen.insert(text).inserted {
                    missing.append(text)
                }
            }
        }
        guard !missing.isEmpty else { return found.map { $0 ?? [] } }
        let computed = embed(missing)
        guard computed.count == missing.count else { return embed(texts) }
        let fresh = Dictionary(zip(missing, computed), uniquingKeysWith: { first, _ in first })
        generations.withLock { memo in
            for (text, vector) in fresh { Self.remember(text, vector, in: &memo, capacity: capacity) }
        }
        return zip(texts, found).map { text, vector in vector ?? fresh[text] ?? [] }
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
