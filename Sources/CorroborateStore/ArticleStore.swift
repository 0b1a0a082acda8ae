import CorroborateCore
import Foundation

/// Where Corroborate keeps its history: articles keyed by content hash, the stories they form,
/// and the briefs of those stories. Two backends conform: ``SQLiteStore`` (GRDB, the embedded
/// default) and ``PostgresStore`` (PostgresNIO, for several machines ingesting into one database).
/// One conformance suite runs against both.
///
/// The read side is what the server and API need; the write side is what ingest needs. Every
/// write is one transaction: a crash leaves either all of it or none of it.
public protocol ArticleStore: Sendable {
    // MARK: Articles

    /// Stores the articles not stored yet (same `Article.id`, same content: stored once) and
    /// returns the ids that were new.
    @discardableResult
    func insert(_ articles: [Article]) async throws -> [String]

    func article(id: String) async throws -> Article?

    /// The stored articles among `ids`, in the order of `ids`.
    func articles(ids: [String]) async throws -> [Article]

    func articleCount() async throws -> Int

    // MARK: Stories

    /// Inserts or replaces stories (their briefs, members, quotes, claims and search text), and
    /// deletes the stories in `removing` (merged into others).
    func save(_ stories: [Story], removing: [String]) async throws

    func story(id: String) async throws -> Story?

    /// A page of story summaries, newest first, filtered as the query says.
    func stories(matching query: StoryQuery) async throws -> StoryPage

    func storyCount() async throws -> Int

    // MARK: Across stories

    /// Everything a person (or organization) said, by story: quotes whose speaker's name or
    /// alias matches `name` (case-insensitive).
    func quotes(bySpeakerNamed name: String) async throws -> [StoryQuote]

    /// Claims across stories, with the story they belong to; `status` nil means every status.
    func claims(status: ClaimStatus?, limit: Int) async throws -> [StoryClaim]

    /// Per outlet: articles, stories, exclusives, and how often it is the one out of line in
    /// a discrepancy.
    func outletRecords() async throws -> [OutletRecord]

    // MARK: Problems

    /// The problems recorded by ingest (inputs or records that could not be read), oldest first.
    func problems(limit: Int) async throws -> [Problem]

    // MARK: Ingest queue

    /// Adds the units not queued yet (same `IngestUnit.id`: queued once, whatever its state) and
    /// returns how many were new.
    @discardableResult
    func enqueue(_ units: [IngestUnit]) async throws -> Int

    /// Claims up to `limit` units for `worker`: pending ones, and claimed ones whose lease has run
    /// out (their worker died). Each claim holds for `lease` from now. Units are handed out in
    /// queue order; two concurrent callers never get the same unit while its lease holds.
    func claimUnits(worker: String, limit: Int, lease: Duration) async throws -> [IngestUnit]

    /// The units claimed now, one entry per worker holding any: who, how many, since when, until when.
    func claims() async throws -> [IngestClaim]

    /// Puts the units `worker` has claimed back in the queue as pending (a worker known to be dead,
    /// so its leases need not be waited out); returns how many.
    @discardableResult
    func releaseClaims(of worker: String) async throws -> Int

    /// Extends every lease `worker` holds to `lease` from now (a heartbeat while it works, so
    /// leases can be short and a dead worker's units are retaken soon).
    func renewLeases(worker: String, lease: Duration) async throws

    /// In ONE transaction: stores the unit's articles not stored yet (marked not yet clustered),
    /// records its problems, and marks the unit done. A crash before it leaves nothing of it; after
    /// it, all of it. Completing a unit already done stores nothing again.
    @discardableResult
    func complete(_ unit: IngestUnit, articles: [Article], problems: [Problem]) async throws -> IngestReceipt

    /// How many units are pending, claimed and done.
    func queueCounts() async throws -> IngestQueueCounts

    // MARK: Incremental stories

    /// The saved state of the story desk (the clusterer between runs), nil before the first commit.
    func storyDesk() async throws -> StoryDeskSnapshot?

    /// Stored articles not yet clustered into a story, in the order they were stored.
    func unclusteredArticles(limit: Int) async throws -> [Article]

    /// In ONE transaction, only when the saved desk is still at `commit.replacing` (optimistic
    /// concurrency between workers): saves and removes the stories as `save(_:removing:)` does,
    /// marks `commit.clustered` clustered, stores `commit.vectors` (replacing a stored vector of the
    /// same key and model) and `commit.vectorKeys` (replacing a story's; removed with the story),
    /// and saves the new desk state with the next version.
    /// Returns false, changing nothing, when another worker committed first.
    func commit(_ commit: StoryDeskCommit) async throws -> Bool

    /// The stored sentence vectors of `model` among `keys` (``StoredVector/key(of:)``), in no
    /// particular order; keys with no vector of that model are left out.
    func storedVectors(keys: [String], model: String) async throws -> [StoredVector]

    /// The vector keys the last builds of the stories among `ids` asked for (``StoryDeskCommit/vectorKeys``),
    /// all together, in no particular order.
    func vectorKeys(ofStories ids: [String]) async throws -> [String]
}
