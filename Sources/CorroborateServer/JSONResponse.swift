import Foundation
import Hummingbird

/// Spec objects as JSON responses: lowerCamelCase keys as the types encode them, `/` unescaped.
enum JSONResponse {
    /// A response with `value` encoded as the body and `application/json`.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }
}

/// The body of every API error: `{ "error": "limit must be an integer from 1 to 100, not \"5000\"" }`.
struct ErrorBody: Codable, Sendable, Hashable {
    var error: String
}
