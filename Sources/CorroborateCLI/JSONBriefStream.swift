import CorroborateCore
import CorroborateReports
import Foundation

/// The JSON brief (``BriefJSONWriter``): articles as they are read, then problems and stories.
struct JSONBriefStream: BriefStream {
    var writer: BriefJSONWriter

    mutating func add(_ article: Article) throws { try writer.add(article) }

    mutating func startStories(count stories: Int, articles: Int, generatedAt: String, problems: [Problem]) throws {
        try writer.finishArticles(generatedAt: generatedAt, problems: problems)
    }

    mutating func add(_ story: Story, articles: [String: Article]) throws { try writer.add(story) }

    mutating func finish() throws { try writer.finish() }
}
