import Hummingbird
import Logging

/// Turns every error a route throws into a plain answer: under `/api` a JSON body
/// `{ "error": ... }`, elsewhere a short HTML page. Refusals keep their 4xx status; anything
/// unexpected is logged and answered with a bare 500, never a stack trace or an internal message.
struct ErrorResponseMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = Self.describe(error)
            if status.code >= 500 {
                context.logger.error("\(request.method) \(request.uri.path): \(String(reflecting: error))")
            }
            if request.uri.path == "/api" || request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.json" {
                return try JSONResponse.make(ErrorBody(error: message), status: status)
            }
            return HTMLResponse.make(ErrorPage(status: status, message: message).html, status: status)
        }
    }

    /// The status and the message a client may see.
    static func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        switch error {
        case let refusal as RequestError:
            (refusal.status, refusal.message)
        case let http as HTTPError where http.status.code < 500:
            (http.status, http.body ?? http.status.reasonPhrase)
        default:
            (.internalServerError, "internal error")
        }
    }
}
