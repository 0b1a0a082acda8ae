import CorroborateCore
import CorroborateStore
import Foundation
import Testing

/// Sentence vectors kept by every backend: written with a story commit, read by key and model.
@Suite("Stored vector conformance")
struct StoredVectorConformanceTests {
    static func commit(_ store: any ArticleStore, _ vectors: [StoredVector], replacing version: Int? = nil) async throws -> Bool {
        try await store.commit(StoryDeskCommit(
            replacing: version, state: Data([1]), stories: [], removing: [], clustered: [], vectors: vectors))
    }

    @Test(arguments: StoreBackends.all)
    func vectorsCommittedAreReadBackByKeyAndModel(_ backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        let a = StoredVector(text: "First sentence.", model: "m@1", vector: [1, 0, 0])
        let b = StoredVector(text: "Second sentence.", model: "m@1", vector: [0, 0.6, 0.8])
        #expect(try await Self.commit(store, [a, b]))
        let found = try await store.storedVectors(keys: [a.key, b.key, StoredVector.key(of: "Never stored.")], model: "m@1")
        #expect(Set(found) == [a, b])
        #expect(try await store.storedVectors(keys: [], model: "m@1").isEmpty)
    }

    /// The same text embedded by two models keeps two rows; each model reads only its own.
    @Test(arguments: StoreBackends.all)
    func anotherModelsVectorIsNotRead(_ backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        let mine = StoredVector(text: "Same words.", model: "m@1", vector: [1, 0])
        let theirs = StoredVector(text: "Same words.", model: "other@2", vector: [0, 1, 0])
        #expect(try await Self.commit(store, [mine, theirs]))
        #expect(try await store.storedVectors(keys: [mine.key], model: "m@1") == [mine])
        #expect(try await store.storedVectors(keys: [mine.key], model: "other@2") == [theirs])
        #expect(try await store.storedVectors(keys: [mine.key], model: "m@3").isEmpty)
    }

    /// A later commit replaces the vector of a key and model (how a damaged row is mended); a
    /// commit that lost the desk version stores none of its vectors.
    @Test(arguments: StoreBackends.all)
    func aCommitReplacesAVectorAndALosingCommitStoresNone(_ backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        let damaged = StoredVector(key: StoredVector.key(of: "Text."), model: "m@1", bytes: Data([1, 2, 3]))
        #expect(try await Self.commit(store, [damaged]))
        let mended = StoredVector(text: "Text.", model: "m@1", vector: [0.5, 0.5])
        let late = StoredVector(text: "Late.", model: "m@1", vector: [1, 1])
        #expect(try await Self.commit(store, [late], replacing: nil) == false)
        #expect(try await Self.commit(store, [mended], replacing: 1))
        #expect(try await store.storedVectors(keys: [mended.key, late.key], model: "m@1") == [mended])
    }

    /// Through ``StoredEmbeddings``: stored rows are read for the texts asked, a damaged row or
    /// one of another model is left out (its text counts as unknown), and what is remembered
    /// waits, unsaved, until a commit stores it.
    @Test(arguments: StoreBackends.all)
    func theStoresCacheReadsGoodRowsAndKeepsNewOnesUntilSaved(_ backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        let good = StoredVector(text: "Good.", model: "m@1", vector: [0.6, 0.8])
        let damaged = StoredVector(key: StoredVector.key(of: "Damaged."), model: "m@1", bytes: Data([0, 0, 0xC0, 0x7F, 0, 0, 0, 0]))
        let stale = StoredVector(text: "Stale.", model: "old@0", vector: [1, 0])
        #expect(try await Self.commit(store, [good, damaged, stale]))
        let cache = StoredEmbeddings(model: "m@1", dimension: 2)
        #expect(try await cache.load(["Good.", "Damaged.", "Stale.", "New."], from: store) == 1)
        #expect(cache.vectors(of: ["Good.", "Damaged.", "Stale.", "New."]) == ["Good.": [0.6, 0.8]])
        cache.remember(["Damaged.": [0, 1], "New.": [1, 0]])
        let unsaved = cache.unsaved()
        #expect(Set(unsaved.map(\.key)) == [damaged.key, StoredVector.key(of: "New.")])
        #expect(try await Self.commit(store, unsaved, replacing: 1))
        cache.saved(unsaved)
        #expect(cache.unsaved().isEmpty)
        let fresh = StoredEmbeddings(model: "m@1", dimension: 2)
        #expect(try await fresh.load(["Damaged.", "New."], from: store) == 2)
        #expect(fresh.vectors(of: ["Damaged.", "New."]) == ["Damaged.": [0, 1], "New.": [1, 0]])
    }

    /// The keys a story's build asked for are kept with the story, replaced when it is rebuilt,
    /// and gone when it is removed; keys for a story not in the commit are not kept.
    @Test(arguments: StoreBackends.all)
    func aStorysVectorKeysLiveAndDieWithIt(_ backend: StoreBackend) async throws {
        guard let store = try await backend.emptyStore() else { return }
        _ = try await store.insert(StoreFixtures.articles)
        let story = StoreFixtures.bridgeStory
        #expect(try await store.commit(StoryDeskCommit(
            replacing: nil, state: Data([1]), stories: [story], removing: [], clustered: [],
            vectorKeys: [story.id: ["k1-3", "k2-4"], "s-absent": ["k9-1"]])))
        #expect(try await store.vectorKeys(ofStories: [story.id, "s-absent"]).sorted() == ["k1-3", "k2-4"])
        #expect(try await store.commit(StoryDeskCommit(
            replacing: 1, state: Data([2]), stories: [story], removing: [], clustered: [], vectorKeys: [story.id: ["k3-5"]])))
        #expect(try await store.vectorKeys(ofStories: [story.id]) == ["k3-5"])
        #expect(try await store.commit(StoryDeskCommit(replacing: 2, state: Data([3]), stories: [], removing: [story.id], clustered: [])))
        #expect(try await store.vectorKeys(ofStories: [story.id]).isEmpty)
    }
}
