import Foundation
import CorroborateServer
import Testing

/// Every JSON route answers with the spec objects built from the store.
struct APIRoutesTests {
    @Test func storiesListsEveryStoryWithTotals() async throws {
        let answer = try await TestServer.get("/api/stories")
        #expect(answer.status == .ok)
        #expect(answer.contentType?.hasPrefix("application/json") == true)
        let page = try #require(answer.object)
        #expect(page["total"] as? Int == 2)
        #expect((page["stories"] as? [[String: Any]])?.count == 2)
    }

    @Test(arguments: [
        ("/api/stories?outlet=TRT%20World", ["s-call"]),
        ("/api/stories?entity=peskov", ["s-call"]),
        ("/api/stories?q=fiction", ["s-call"]),
        ("/api/stories?disputed=true&from=2024-11-12", ["s-evil"]),
        ("/api/stories?to=2024-11-11", ["s-call"]),
        ("/api/stories?limit=1&offset=1", ["s-call"]),
    ])
    func storiesFilter(uri: String, expected: [String]) async throws {
        let page = try #require(try await TestServer.get(uri).object)
        let ids = (page["stories"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == expected)
    }

    @Test func storyHasTheBriefAndItsArticles() async throws {
        let detail = try #require(try await TestServer.get("/api/stories/s-call").object)
        let story = try #require(detail["story"] as? [String: Any])
        #expect(story["title"] as? String == "Trump–Putin phone call report")
        #expect((story["claims"] as? [[String: Any]])?.first?["status"] as? String == "disputed")
        #expect((detail["articles"] as? [[String: Any]])?.compactMap { $0["outlet"] as? String }
            == ["The Washington Post", "The Moscow Times", "TRT World"])
    }

    @Test func articleIsTheSpecObjectWithNulls() async throws {
        let article = try #require(try await TestServer.get("/api/articles/a-post").object)
        #expect(article["title"] as? String == "Trump spoke with Putin")
        #expect(article.keys.contains("standfirst"))
        #expect(article["standfirst"] is NSNull)
    }

    @Test func entityQuotesAreGroupedByStory() async throws {
        let answer = try #require(try await TestServer.get("/api/entities/Dmitry%20Peskov/quotes").object)
        let stories = try #require(answer["stories"] as? [[String: Any]])
        #expect(answer["name"] as? String == "Dmitry Peskov")
        #expect(stories.map { $0["story"] as? String } == ["s-call"])
        #expect((stories.first?["quotes"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
            == ["pure fiction", "there had been no conversation"])
    }

    @Test(arguments: [("/api/claims", 2), ("/api/claims?status=confirmed", 1), ("/api/claims?status=all", 3), ("/api/claims?status=all&limit=1", 1)])
    func claimsFilterByStatus(uri: String, count: Int) async throws {
        let answer = try #require(try await TestServer.get(uri).object)
        #expect((answer["claims"] as? [[String: Any]])?.count == count)
    }

    @Test func outletsCountExclusives() async throws {
        let answer = try #require(try await TestServer.get("/api/outlets").object)
        let outlets = try #require(answer["outlets"] as? [[String: Any]])
        let trt = try #require(outlets.first { $0["outlet"] as? String == "TRT World" })
        #expect(trt["exclusives"] as? Int == 1)
        #expect(trt["stories"] as? Int == 1)
    }
}
