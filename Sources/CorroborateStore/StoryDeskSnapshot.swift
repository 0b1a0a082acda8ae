import CorroborateCore
import Foundation

/// The saved state of the story desk: an opaque encoded state and its version, which every commit
/// increments (two workers cannot both commit on top of the same version).
public struct StoryDeskSnapshot: Sendable, Hashable {
    public var version: Int
    /// The encoded desk (backends store it as is).
    public var state: Data

    public init(version: Int, state: Data) {
        self.version = version
        self.state = state
    }
}

/// One step of incremental story building, committed atomically by ``ArticleStore/commit(_:)``.
public struct StoryDeskCommit: Sendable, Hashable {
    /// The version this commit builds on; nil when no desk was saved yet.
    public var replacing: Int?
    /// The new encoded desk state.
    public var state: Data
    /// Stories to insert or replace.
    public var stories: [Story]
    /// Ids of stories to delete (merged into others).
    public var removing: [String]
    /// Article ids now clustered into a story.
    public var clustered: [String]
    /// Sentence vectors computed to build these stories, kept so that later commits rebuilding
    /// the same articles' stories read them instead of embedding again.
    public var vectors: [StoredVector]
    /// For stories of this commit, by id: the keys of every text their build asked for (read again
    /// before the story is next rebuilt).
    public var vectorKeys: [String: [String]]

    public init(
        replacing: Int?, state: Data, stories: [Story], removing: [String], clustered: [String], vectors: [StoredVector] = [],
        vectorKeys: [String: [String]] = [:]
    ) {
        self.replacing = replacing
        self.state = state
        self.stories = stories
        self.removing = removing
        self.clustered = clustered
        self.vectors = vectors
        self.vectorKeys = vectorKeys
    }
}
