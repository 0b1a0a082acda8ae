import CorroborateCore
import CorroborateStore
import Foundation
import Hummingbird

/// The JSON API under `/api`, answering with the spec objects (../shared/spec/brief.md) and the
/// store's summaries; `/openapi.json` describes exactly these routes.
struct APIRoutes: Sendable {
    let store: any ArticleStore
    let configuration: ServerConfiguration

    func add(to router: Router<some RequestContext>) {
        router.get("/api/stories") { request, _ in try await stories(request) }
        router.get("/api/stories/{id}") { _, context in try await story(context.parameters.require("id")) }
        router.get("/api/articles/{id}") { _, context in try await article(context.parameters.require("id")) }
        router.get("/api/entities/{name}/quotes") { _, context in try await quotes(context.parameters.require("name")) }
        router.get("/api/claims") { request, _ in try await claims(request) }
        router.get("/api/outlets") { _, _ in try JSONResponse.make(OutletList(outlets: try await store.outletRecords())) }
        router.get("/openapi.json") { _, _ in OpenAPIDocument.response }
    }

    func stories(_ request: Request) async throws -> Response {
        let query = try parameters(request).storyQuery()
        return try JSONResponse.make(try await store.stories(matching: query))
    }

    func story(_ rawID: String) async throws -> Response {
        let id = try Identifier.checked(rawID, kind: "story")
        guard let story = try await store.story(id: id) else { throw RequestError.notFound("story \(id)") }
        return try JSONResponse.make(StoryDetail(story: story, articles: try await store.articles(ids: story.articles)))
    }

    func article(_ rawID: String) async throws -> Response {
        let id = try Identifier.checked(rawID, kind: "article")
        guard let article = try await store.article(id: id) else { throw RequestError.notFound("article \(id)") }
        return try JSONResponse.make(article)
    }

    func quotes(_ rawName: String) async throws -> Response {
        let name = try Identifier.checkedName(rawName.removingPercentEncoding ?? rawName)
        return try JSONResponse.make(EntityQuotes(name: name, quotes: try await store.quotes(bySpeakerNamed: name)))
    }

    func claims(_ request: Request) async throws -> Response {
        let parameters = parameters(request)
        let status = try parameters.claimStatusFilter()
        let limit = try parameters.limit(default: 100, maximum: 1000)
        return try JSONResponse.make(ClaimList(status: status, claims: try await store.claims(status: status, limit: limit)))
    }

    private func parameters(_ request: Request) -> RequestParameters {
        RequestParameters(query: request.uri.query, configuration: configuration)
    }
}

extension RequestParameters {
    /// `status` for the claims routes: `disputed` when absent, `all` for every status.
    func claimStatusFilter() throws -> ClaimStatus? {
        if items["status"] == "all" { return nil }
        return try claimStatus(default: .disputed)
    }
}
