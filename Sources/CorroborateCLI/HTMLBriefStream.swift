import CorroborateCore
import CorroborateReports
import Foundation

/// The HTML page (``BriefHTML``): nothing until the stories, the problems last.
struct HTMLBriefStream: BriefStream {
    let html = BriefHTML()
    let sink: (Data) throws -> Void
    private var problems: [Problem] = []

    init(sink: @escaping (Data) throws -> Void) {
        self.sink = sink
    }

    mutating func add(_ article: Article) throws {}

    mutating func startStories(count stories: Int, articles: Int, generatedAt: String, problems: [Problem]) throws {
        self.problems = problems
        try sink(Data(html.opening(stories: stories, articles: articles, generatedAt: generatedAt).utf8))
    }

    mutating func add(_ story: Story, articles: [String: Article]) throws {
        try sink(Data(html.render(story, articles: articles).utf8))
    }

    mutating func finish() throws { try sink(Data(html.closing(problems: problems).utf8)) }
}
