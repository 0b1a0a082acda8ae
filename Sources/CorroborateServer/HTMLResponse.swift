import Hummingbird

/// Server-rendered pages as responses: `text/html`, and a Content-Security-Policy that allows no
/// script at all, so even text that slipped past escaping could not run.
enum HTMLResponse {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// A response with `html` as the body.
    static func make(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let policy = HTTPFields.Element.Name("Content-Security-Policy") { headers[policy] = contentSecurityPolicy }
        if let sniff = HTTPFields.Element.Name("X-Content-Type-Options") { headers[sniff] = "nosniff" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
