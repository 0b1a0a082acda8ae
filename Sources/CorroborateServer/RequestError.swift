import Hummingbird

/// A request the server refuses, with the HTTP status and a message naming the bad parameter.
///
/// The error middleware turns it into `{ "error": message }` under `/api` and an HTML page
/// elsewhere; nothing else about the server's state is shown.
public struct RequestError: Error, Sendable, Hashable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// 400: a parameter is malformed or out of range.
    public static func badRequest(_ message: String) -> RequestError { RequestError(.badRequest, message) }

    /// 404: `what` names the missing thing ("story s-123").
    public static func notFound(_ what: String) -> RequestError { RequestError(.notFound, "no \(what)") }

    public var description: String { "\(status.code) \(message)" }
}
