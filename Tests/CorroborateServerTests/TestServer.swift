import CorroborateServer
import CorroborateStore
import Foundation
import Hummingbird
import HummingbirdTesting

/// The app over a store, exercised in process (no socket) by the route tests.
enum TestServer {
    /// A GET answer: status, content type and body text.
    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var contentType: String?
        var contentSecurityPolicy: String?
        var body: String

        /// The body parsed as JSON (nil when it is not JSON).
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
        var object: [String: Any]? { json as? [String: Any] }
    }

    static let configuration = ServerConfiguration(host: "127.0.0.1", port: 0)

    /// GETs each of `uris` from an app over `store` and returns the answers in order.
    static func get(_ uris: [String], store: (any ArticleStore)? = nil) async throws -> [Answer] {
        let store: any ArticleStore = if let store { store } else { try await ServerFixtures.store() }
        let app = buildApplication(configuration, store: store)
        return try await app.test(.router) { client in
            var answers: [Answer] = []
            for uri in uris {
                answers.append(try await client.execute(uri: uri, method: .get) { response in
                    Answer(
                        status: response.status, contentType: response.headers[.contentType],
                        contentSecurityPolicy: HTTPFields.Element.Name("Content-Security-Policy").flatMap { response.headers[$0] },
                        body: String(buffer: response.body))
                })
            }
            return answers
        }
    }

    /// GETs one uri.
    static func get(_ uri: String, store: (any ArticleStore)? = nil) async throws -> Answer {
        try await get([uri], store: store)[0]
    }
}
