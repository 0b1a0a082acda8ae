import CorroborateCore
import CorroborateReports
import Foundation

/// A brief as a page for people (``BriefMarkdown``, ``BriefHTML``): nothing until the stories,
/// then its opening, each story's piece, and the problems last.
struct PageBriefStream: BriefStream {
    let opening: (_ stories: Int, _ articles: Int, _ generatedAt: String) -> String
    let piece: (Story, [String: Article]) -> String
    let closing: ([Problem]) -> String
    let sink: (Data) throws -> Void
    private var problems: [Problem] = []

    init(
        opening: @escaping (Int, Int, String) -> String, piece: @escaping (Story, [String: Article]) -> String,
        closing: @escaping ([Problem]) -> String, sink: @escaping (Data) throws -> Void
    ) {
        self.opening = opening
        self.piece = piece
        self.closing = closing
        self.sink = sink
    }

    /// The Markdown brief.
    static func markdown(_ markdown: BriefMarkdown, sink: @escaping (Data) throws -> Void) -> PageBriefStream {
        PageBriefStream(
            opening: { stories, articles, _ in markdown.opening(stories: stories, articles: articles) }, piece: { markdown.piece($0, articles: $1) },
            closing: { markdown.closing(problems: $0) }, sink: sink)
    }

    /// The HTML page.
    static func html(_ html: BriefHTML, sink: @escaping (Data) throws -> Void) -> PageBriefStream {
        PageBriefStream(
            opening: { html.opening(stories: $0, articles: $1, generatedAt: $2) }, piece: { html.render($0, articles: $1) },
            closing: { html.closing(problems: $0) }, sink: sink)
    }

    mutating func add(_ article: Article) throws {}

    mutating func startStories(count stories: Int, articles: Int, generatedAt: String, problems: [Problem]) throws {
        self.problems = problems
        try sink(Data(opening(stories, articles, generatedAt).utf8))
    }

    mutating func add(_ story: Story, articles: [String: Article]) throws {
        try sink(Data(piece(story, articles).utf8))
    }

    mutating func finish() throws { try sink(Data(closing(problems).utf8)) }
}
