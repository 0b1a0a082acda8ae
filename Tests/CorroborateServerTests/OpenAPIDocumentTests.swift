import Foundation
import Testing

/// `/openapi.json` matches what the server does: every documented path answers with the
/// documented status and top-level shape.
struct OpenAPIDocumentTests {
    /// Values for the path parameters, per documented path.
    static let pathValues = ["/api/stories/{id}": "s-call", "/api/articles/{id}": "a-post", "/api/entities/{name}/quotes": "Peskov"]

    struct Document {
        let root: [String: Any]
        var paths: [String: Any] { root["paths"] as? [String: Any] ?? [:] }

        /// The schema at `reference` (`#/components/schemas/X`), or `schema` itself when it is inline.
        func resolve(_ schema: [String: Any]) -> [String: Any] {
            guard let reference = schema["$ref"] as? String else { return schema }
            let parts = reference.dropFirst(2).split(separator: "/").map(String.init)
            var node: Any? = root
            for part in parts { node = (node as? [String: Any])?[part] }
            return node as? [String: Any] ?? [:]
        }

        /// The JSON schema of `path`'s GET answer with `status`.
        func schema(_ path: String, status: String) -> [String: Any]? {
            let get = (paths[path] as? [String: Any])?["get"] as? [String: Any]
            guard let response = (get?["responses"] as? [String: Any])?[status] as? [String: Any] else { return nil }
            let content = (resolve(response)["content"] as? [String: Any])?["application/json"] as? [String: Any]
            return (content?["schema"] as? [String: Any]).map(resolve)
        }
    }

    func document() async throws -> Document {
        let answer = try await TestServer.get("/openapi.json")
        #expect(answer.status == .ok)
        let root = try #require(answer.object)
        #expect(root["openapi"] as? String == "3.1.0")
        return Document(root: root)
    }

    func uri(_ path: String, value: String?) -> String {
        guard let value else { return path }
        return path.replacingOccurrences(of: #"\{[a-z]+\}"#, with: value, options: .regularExpression)
    }

    @Test func documentsEveryRoute() async throws {
        let paths = Set(try await document().paths.keys)
        #expect(paths == ["/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/entities/{name}/quotes", "/api/claims", "/api/outlets", "/openapi.json"])
    }

    @Test func everyPathAnswersWithTheDocumentedShape() async throws {
        let document = try await document()
        for path in document.paths.keys.sorted() {
            let answer = try await TestServer.get(uri(path, value: Self.pathValues[path]))
            #expect(answer.status == .ok, "\(path)")
            let schema = try #require(document.schema(path, status: "200"), "\(path) documents no 200 JSON answer")
            #expect(schema["type"] as? String == "object", "\(path)")
            let object = try #require(answer.object, "\(path) did not answer with a JSON object")
            let required = schema["required"] as? [String] ?? []
            #expect(Set(required).isSubset(of: object.keys), "\(path) lacks \(Set(required).subtracting(object.keys))")
        }
    }

    @Test func documentedNotFoundAnswersAreErrors() async throws {
        let document = try await document()
        for path in document.paths.keys.sorted() {
            guard let schema = document.schema(path, status: "404") else { continue }
            let answer = try await TestServer.get(uri(path, value: "no-such-id"))
            #expect(answer.status == .notFound, "\(path)")
            let required = schema["required"] as? [String] ?? []
            #expect(Set(required).isSubset(of: Set(answer.object.map { Array($0.keys) } ?? [])), "\(path)")
        }
    }

    @Test func documentedBadRequestsAreErrors() async throws {
        let document = try await document()
        for path in document.paths.keys.sorted() where document.schema(path, status: "400") != nil {
            let bad = path.contains("{") ? uri(path, value: "%00%3Cx%3E") : path + "?limit=-1"
            let answer = try await TestServer.get(bad)
            #expect(answer.status == .badRequest, "\(bad)")
            #expect(answer.object?["error"] is String, "\(bad)")
        }
    }
}
