import Foundation

/// The whole JSON document `corroborate analyze` writes: articles, stories and input problems.
public struct Brief: Codable, Sendable, Hashable {
    public var version: Int
    /// When the brief was generated, ISO 8601 date-time with offset.
    public var generatedAt: String
    public var articles: [Article]
    public var stories: [Story]
    public var problems: [Problem]

    public init(
        version: Int = 1, generatedAt: String, articles: [Article], stories: [Story], problems: [Problem]
    ) {
        self.version = version
        self.generatedAt = generatedAt
        self.articles = articles
        self.stories = stories
        self.problems = problems
    }
}

/// An input that could not be read, and why.
public struct Problem: Codable, Sendable, Hashable, Error, CustomStringConvertible {
    /// The file, URL or record the problem is about.
    public var source: String
    public var message: String

    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
