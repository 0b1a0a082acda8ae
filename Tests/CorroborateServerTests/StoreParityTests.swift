import CorroborateStore
import Testing

/// The server answers alike over the in-memory test store and over SQLiteStore: same statuses,
/// same stories listed, so the route tests (run on SQLite) say nothing backend-specific.
struct StoreParityTests {
    static let uris = [
        "/api/stories", "/api/stories?outlet=TRT%20World", "/api/stories?entity=peskov", "/api/stories?q=fiction",
        "/api/stories?disputed=true", "/api/stories?limit=1&offset=1", "/api/stories/s-call", "/api/stories/s-none",
        "/api/articles/a-post", "/api/entities/Dmitry%20Peskov/quotes", "/api/claims", "/api/claims?status=all",
        "/api/outlets", "/", "/stories/s-evil", "/entities/Peskov", "/claims", "/outlets", "/search?q=conversation",
    ]

    @Test(arguments: uris)
    func sameAnswerOnBothBackends(uri: String) async throws {
        let memory = try await TestServer.get(uri, store: ServerFixtures.memoryStore())
        let sqlite = try await TestServer.get(uri, store: try await ServerFixtures.store())
        #expect(memory.status == sqlite.status)
        #expect(memory.contentType == sqlite.contentType)
        if let stories = memory.object?["stories"] as? [[String: Any]] {
            let ids = { (answer: TestServer.Answer) in (answer.object?["stories"] as? [[String: Any]])?.compactMap { $0["id"] as? String ?? $0["story"] as? String } }
            #expect(ids(sqlite) == stories.compactMap { $0["id"] as? String ?? $0["story"] as? String })
        }
    }
}
