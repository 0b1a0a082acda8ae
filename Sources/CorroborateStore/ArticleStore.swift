import CorroborateCore

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
}
