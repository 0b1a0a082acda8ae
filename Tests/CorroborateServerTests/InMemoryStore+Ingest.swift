import CorroborateCore
import CorroborateStore

/// The ingest side is not what the server uses: the in-memory test store refuses it.
extension InMemoryStore {
    struct Unsupported: Error, CustomStringConvertible {
        var description: String { "the in-memory test store has no ingest queue or story desk" }
    }

    func problems(limit: Int) async throws -> [Problem] { [] }
    func enqueue(_ units: [IngestUnit]) async throws -> Int { throw Unsupported() }
    func claimUnits(worker: String, limit: Int, lease: Duration) async throws -> [IngestUnit] { throw Unsupported() }
    func claims() async throws -> [IngestClaim] { throw Unsupported() }
    func releaseClaims(of worker: String) async throws -> Int { throw Unsupported() }
    func renewLeases(worker: String, lease: Duration) async throws { throw Unsupported() }
    func complete(_ unit: IngestUnit, articles: [Article], problems: [Problem]) async throws -> IngestReceipt { throw Unsupported() }
    func queueCounts() async throws -> IngestQueueCounts { throw Unsupported() }
    func storyDesk() async throws -> StoryDeskSnapshot? { nil }
    func unclusteredArticles(limit: Int) async throws -> [Article] { [] }
    func commit(_ commit: StoryDeskCommit) async throws -> Bool { throw Unsupported() }
    func storedVectors(keys: [String], model: String) async throws -> [StoredVector] { [] }
    func vectorKeys(ofStories ids: [String]) async throws -> [String] { [] }
}
