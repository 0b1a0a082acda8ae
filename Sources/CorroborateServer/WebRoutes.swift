import CorroborateCore
import CorroborateStore
import Foundation
import Hummingbird

/// The server-rendered pages: story list, story, article, entity, search, disputed-claims board
/// and outlet record.
struct WebRoutes: Sendable {
    let store: any ArticleStore
    let configuration: ServerConfiguration

    func add(to router: Router<some RequestContext>) {
        router.get("/") { request, _ in try await storyList(request, path: "/", heading: "Stories") }
        router.get("/search") { request, _ in try await storyList(request, path: "/search", heading: "Search") }
        router.get("/stories/{id}") { _, context in try await story(context.parameters.require("id")) }
        router.get("/articles/{id}") { _, context in try await article(context.parameters.require("id")) }
        router.get("/entities/{name}") { _, context in try await entity(context.parameters.require("name")) }
        router.get("/claims") { request, _ in try await claims(request) }
        router.get("/outlets") { _, _ in HTMLResponse.make(OutletRecordPage(records: try await store.outletRecords()).html) }
    }

    func storyList(_ request: Request, path: String, heading: String) async throws -> Response {
        let query = try RequestParameters(query: request.uri.query, configuration: configuration).storyQuery()
        let page = try await store.stories(matching: query)
        return HTMLResponse.make(StoryListPage(page: page, query: query, path: path, heading: heading).html)
    }

    func story(_ rawID: String) async throws -> Response {
        let id = try Identifier.checked(rawID, kind: "story")
        guard let story = try await store.story(id: id) else { throw RequestError.notFound("story \(id)") }
        let articles = try await store.articles(ids: story.articles)
        return HTMLResponse.make(StoryPageHTML(story: story, articles: articles).html)
    }

    func article(_ rawID: String) async throws -> Response {
        let id = try Identifier.checked(rawID, kind: "article")
        guard let article = try await store.article(id: id) else { throw RequestError.notFound("article \(id)") }
        return HTMLResponse.make(ArticlePageHTML(article: article).html)
    }

    func entity(_ rawName: String) async throws -> Response {
        let name = try Identifier.checkedName(rawName.removingPercentEncoding ?? rawName)
        let quotes = EntityQuotes(name: name, quotes: try await store.quotes(bySpeakerNamed: name))
        return HTMLResponse.make(EntityPage(name: name, stories: quotes.stories).html)
    }

    func claims(_ request: Request) async throws -> Response {
        let parameters = RequestParameters(query: request.uri.query, configuration: configuration)
        let status = try parameters.claimStatusFilter()
        let claims = try await store.claims(status: status, limit: try parameters.limit(default: 200, maximum: 1000))
        return HTMLResponse.make(ClaimsBoardPage(status: status, claims: claims).html)
    }
}
