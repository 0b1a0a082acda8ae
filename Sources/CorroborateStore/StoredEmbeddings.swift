import CorroborateEmbeddings
import CorroborateStories
import Foundation
import Synchronization

/// The ``EmbeddingCache`` of an ingest: the process's ``EmbeddingMemo``, then the vectors read
/// from the store for the story step being built; vectors the encoder computes go to the memo and
/// wait, unsaved, until a story commit stores them (in its transaction). Rows of another model,
/// or that do not decode, are not read: their texts are embedded again and the row replaced.
public final class StoredEmbeddings: EmbeddingCache {
    private struct State {
        /// Read from the store for the current step, by key.
        var loaded: [String: [Float]] = [:]
        /// Computed and not yet committed, by text.
        var unsaved: [String: [Float]] = [:]
    }

    /// Where the texts asked in the current task are noted (``StoryUpdater`` sets one per story).
    @TaskLocal public static var asked: VectorKeyRecorder?

    /// The identity of the model whose vectors are read and written.
    public let model: String
    /// Components per vector.
    public let dimension: Int
    private let memo: EmbeddingMemo
    private let state = Mutex(State())

    public init(model: String, dimension: Int, memo: EmbeddingMemo = EmbeddingMemo()) {
        self.model = model
        self.dimension = dimension
        self.memo = memo
    }

    /// A cache for the vectors of `meaning`'s encoder, over its in-process cache when that is a memo.
    public convenience init(for meaning: SentenceMeaning) {
        self.init(model: meaning.encoder.modelIdentity, dimension: meaning.encoder.dimension,
                  memo: meaning.cache as? EmbeddingMemo ?? EmbeddingMemo())
    }

    public func vectors(of texts: [String]) -> [String: [Float]] {
        Self.asked?.record(texts)
        var found = memo.vectors(of: texts)
        state.withLock { state in
            for text in texts where found[text] == nil {
                if let vector = state.unsaved[text] ?? state.loaded[StoredVector.key(of: text)] { found[text] = vector }
            }
        }
        return found
    }

    public func remember(_ vectors: [String: [Float]]) {
        memo.remember(vectors)
        state.withLock { state in state.unsaved.merge(vectors) { _, new in new } }
    }

    /// Reads from `store`, replacing the previous step's, the vectors of those of `texts` not in
    /// memory and every vector the last builds of `stories` asked for; returns how many were read.
    /// Rows that do not decode are left out.
    @discardableResult
    public func load(_ texts: [String], stories: [String] = [], from store: any ArticleStore) async throws -> Int {
        let known = memo.vectors(of: texts)
        var keys = Set(texts.filter { known[$0] == nil }.map(StoredVector.key(of:)))
        if !stories.isEmpty { keys.formUnion(try await store.vectorKeys(ofStories: stories)) }
        var loaded: [String: [Float]] = [:]
        if !keys.isEmpty {
            for row in try await store.storedVectors(keys: keys.sorted(), model: model) where row.model == model {
                if let vector = row.vector(dimension: dimension) { loaded[row.key] = vector }
            }
        }
        state.withLock { $0.loaded = loaded }
        return loaded.count
    }
    /// The computed vectors no commit has stored yet, one per key, in key order.
    public func unsaved() -> [StoredVector] {
        let vectors = state.withLock { $0.unsaved }
        var byKey: [String: StoredVector] = [:]
        for (text, vector) in vectors where vector.count == dimension {
            let row = StoredVector(text: text, model: model, vector: vector)
            byKey[row.key] = row
        }
        return byKey.keys.sorted().compactMap { byKey[$0] }
    }

    /// Forgets as unsaved the vectors of `rows` (a commit stored them).
    public func saved(_ rows: [StoredVector]) {
        let keys = Set(rows.map(\.key))
        state.withLock { state in state.unsaved = state.unsaved.filter { !keys.contains(StoredVector.key(of: $0.key)) } }
    }

    /// Vectors computed and not stored yet.
    public var unsavedCount: Int { state.withLock { $0.unsaved.count } }
}
