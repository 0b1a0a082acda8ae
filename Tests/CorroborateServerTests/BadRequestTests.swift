import CorroborateCore
import CorroborateServer
import CorroborateStore
import Testing

/// Bad requests get a 4xx and a plain answer (`{ "error": ... }` under /api, an HTML page
/// elsewhere), never a 500 or a trace.
struct BadRequestTests {
    static let apiCases: [(String, Int)] = [
        ("/api/stories?offset=-1", 400),
        ("/api/stories?limit=100000", 400),
        ("/api/stories?limit=0", 400),
        ("/api/stories?limit=ten", 400),
        ("/api/stories?from=2024-13-01", 400),
        ("/api/stories?from=yesterday", 400),
        ("/api/stories?from=2024-11-12&to=2024-11-01", 400),
        ("/api/stories?disputed=maybe", 400),
        ("/api/stories?q=" + String(repeating: "a", count: 300), 400),
        ("/api/stories/s-nothing", 404),
        ("/api/stories/bad%20id%3Cscript%3E", 400),
        ("/api/stories/" + String(repeating: "x", count: 200), 400),
        ("/api/articles/nothing", 404),
        ("/api/articles/%27%20OR%201=1--", 400),
        ("/api/claims?status=rumoured", 400),
        ("/api/claims?limit=-5", 400),
        ("/api/no-such-route", 404),
    ]

    @Test(arguments: apiCases)
    func apiAnswersWithAJSONError(uri: String, status: Int) async throws {
        let answer = try await TestServer.get(uri)
        #expect(answer.status.code == status)
        #expect(answer.contentType?.hasPrefix("application/json") == true)
        let message = try #require(answer.object?["error"] as? String)
        #expect(!message.isEmpty)
    }

    @Test(arguments: [
        ("/?offset=-3", 400), ("/?from=2024-02-30", 400), ("/stories/s-nothing", 404), ("/stories/%3Cx%3E", 400),
        ("/articles/nothing", 404), ("/claims?status=x", 400), ("/no/such/page", 404), ("/search?limit=1000", 400),
    ])
    func pagesAnswerWithAnHTMLErrorPage(uri: String, status: Int) async throws {
        let answer = try await TestServer.get(uri)
        #expect(answer.status.code == status)
        #expect(answer.contentType?.hasPrefix("text/html") == true)
        #expect(answer.body.contains("<h1>\(status) "))
    }

    @Test func messageNamesTheParameter() async throws {
        let answer = try await TestServer.get("/api/stories?limit=5000")
        #expect((answer.object?["error"] as? String)?.hasPrefix("limit must be an integer from 1 to 100") == true)
    }

    @Test func storeFailureIsA500WithoutDetails() async throws {
        let answer = try await TestServer.get("/api/stories", store: FailingStore())
        #expect(answer.status == .internalServerError)
        #expect(answer.object?["error"] as? String == "internal error")
        #expect(!answer.body.contains("secret"))
    }
}

/// A store whose every read fails with a message that must not reach the client.
struct FailingStore: ArticleStore {
    struct Failure: Error { let detail = "secret: /var/db/corroborate.sqlite is locked" }

    func insert(_ articles: [Article]) async throws -> [String] { throw Failure() }
    func article(id: String) async throws -> Article? { throw Failure() }
    func articles(ids: [String]) async throws -> [Article] { throw Failure() }
    func articleCount() async throws -> Int { throw Failure() }
    func save(_ stories: [Story], removing: [String]) async throws { throw Failure() }
    func story(id: String) async throws -> Story? { throw Failure() }
    func stories(matching query: StoryQuery) async throws -> StoryPage { throw Failure() }
    func storyCount() async throws -> Int { throw Failure() }
    func quotes(bySpeakerNamed name: String) async throws -> [StoryQuote] { throw Failure() }
    func claims(status: ClaimStatus?, limit: Int) async throws -> [StoryClaim] { throw Failure() }
    func outletRecords() async throws -> [OutletRecord] { throw Failure() }
    func problems(limit: Int) async throws -> [Problem] { throw Failure() }
    func enqueue(_ units: [IngestUnit]) async throws -> Int { throw Failure() }
    func claimUnits(worker: String, limit: Int, lease: Duration) async throws -> [IngestUnit] { throw Failure() }
    func renewLeases(worker: String, lease: Duration) async throws { throw Failure() }
    func claims() async throws -> [IngestClaim] { throw Failure() }
    func releaseClaims(of worker: String) async throws -> Int { throw Failure() }
    func complete(_ unit: IngestUnit, articles: [Article], problems: [Problem]) async throws -> IngestReceipt { throw Failure() }
    func queueCounts() async throws -> IngestQueueCounts { throw Failure() }
    func storyDesk() async throws -> StoryDeskSnapshot? { throw Failure() }
    func unclusteredArticles(limit: Int) async throws -> [Article] { throw Failure() }
    func commit(_ commit: StoryDeskCommit) async throws -> Bool { throw Failure() }
    func storedVectors(keys: [String], model: String) async throws -> [StoredVector] { throw Failure() }
    func vectorKeys(ofStories ids: [String]) async throws -> [String] { throw Failure() }
}
