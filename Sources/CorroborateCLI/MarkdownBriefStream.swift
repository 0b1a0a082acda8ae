import CorroborateCore
import CorroborateReports
import Foundation

/// The Markdown brief (``BriefMarkdown``): nothing until the stories, the problems last.
struct MarkdownBriefStream: BriefStream {
    let markdown: BriefMarkdown
    let sink: (Data) throws -> Void
    private var problems: [Problem] = []

    init(markdown: BriefMarkdown, sink: @escaping (Data) throws -> Void) {
        self.markdown = markdown
        self.sink = sink
    }

    mutating func add(_ article: Article) throws {}

    mutating func startStories(count stories: Int, articles: Int, generatedAt: String, problems: [Problem]) throws {
        self.problems = problems
        try sink(Data(markdown.opening(stories: stories, articles: articles).utf8))
    }

    mutating func add(_ story: Story, articles: [String: Article]) throws {
        try sink(Data(markdown.piece(story, articles: articles).utf8))
    }

    mutating func finish() throws { try sink(Data(markdown.closing(problems: problems).utf8)) }
}
