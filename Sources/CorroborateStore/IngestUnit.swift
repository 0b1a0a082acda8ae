import Foundation

/// One unit of ingest work: an input file (a page, a WARC, a feed, a JSON-lines file) that is read,
/// extracted and stored as a whole, in one transaction.
public struct IngestUnit: Sendable, Hashable, Codable, Identifiable {
    /// Stable key of this input in this state: the same file with the same size and modification
    /// time gives the same id, so re-running an ingest does not queue it again.
    public var id: String
    /// The file path, as the worker that reads it must open it.
    public var path: String

    public init(id: String, path: String) {
        self.id = id
        self.path = path
    }
}

/// What completing a unit stored.
public struct IngestReceipt: Sendable, Hashable, Codable {
    /// Articles stored by this completion.
    public var newArticles: Int
    /// Articles of the unit that were stored already (same content hash).
    public var storedBefore: Int
    /// Problems recorded.
    public var problems: Int

    public init(newArticles: Int, storedBefore: Int, problems: Int) {
        self.newArticles = newArticles
        self.storedBefore = storedBefore
        self.problems = problems
    }
}

/// The ingest queue by state.
public struct IngestQueueCounts: Sendable, Hashable, Codable {
    public var pending: Int
    /// Claimed and not completed (being worked on, or held by a worker that died until its lease ends).
    public var claimed: Int
    public var done: Int

    public init(pending: Int, claimed: Int, done: Int) {
        self.pending = pending
        self.claimed = claimed
        self.done = done
    }

    /// Units not done yet.
    public var remaining: Int { pending + claimed }
}
