/// An error from any Corroborate component: a code, a message naming the input, and the cause.
///
/// Mapping to exit codes and HTTP statuses happens only in the CLI and the server.
public struct CorroborateError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in a form callers can switch on.
    public enum Code: String, Sendable {
        case unreadable, empty, binary, truncated, malformed, tooLarge, unsupported, missingResource, invalidArgument
    }

    public var code: Code
    /// The file, URL or record concerned, when there is one.
    public var source: String?
    public var message: String
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, source: String? = nil, _ message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.source = source
        self.message = message
        self.cause = cause
    }

    public var description: String {
        var text = source.map { "\($0): \(message)" } ?? message
        if let cause { text += " (\(cause))" }
        return text
    }

    /// The error as a brief `Problem`.
    public var problem: Problem { Problem(source: source ?? "-", message: message) }
}
