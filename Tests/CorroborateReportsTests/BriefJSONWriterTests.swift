import CorroborateCore
import Foundation
import Testing

@testable import CorroborateReports

/// The brief written in pieces is byte for byte the brief encoded whole.
@Suite struct BriefJSONWriterTests {
    static let articles = [
        Article(
            id: "a", source: "pages/a.html", url: "https://example.com/a/b", outlet: "A", title: "Quote \"x\"\nnext",
            body: [Paragraph(text: "One. Two.", sentences: ["One.", "Two."])],
            removed: [Removed(text: "Menu", reason: .navigation)], captions: ["Photo: AP"]),
        Article(id: "b", source: "b.txt", title: "Empty é ✓"),
    ]
    static let stories = [
        Story(id: "s1", title: "T", articles: ["a", "b"], nearDuplicates: [["a", "b"]]),
        Story(id: "s2", title: "U/V", articles: ["b"]),
    ]
    static let problems = [Problem(source: "bad.html", message: "unreadable: \"x\"")]

    static let briefs: [(name: String, brief: Brief)] = [
        ("empty", Brief(generatedAt: "2024-11-11T00:00:00Z", articles: [], stories: [], problems: [])),
        ("problems only", Brief(generatedAt: "2024-11-11T00:00:00Z", articles: [], stories: [], problems: problems)),
        ("articles, no stories", Brief(generatedAt: "2024-11-11T00:00:00Z", articles: articles, stories: [], problems: [])),
        ("one of each", Brief(generatedAt: "2024-11-11T00:00:00+01:00", articles: [articles[1]], stories: [stories[1]], problems: problems)),
        ("several", Brief(generatedAt: "2024-11-11T00:00:00Z", articles: articles, stories: stories, problems: problems)),
    ]

    static func written(_ brief: Brief) throws -> Data {
        var data = Data()
        var writer = BriefJSONWriter { data.append($0) }
        for article in brief.articles { try writer.add(article) }
        try writer.finishArticles(generatedAt: brief.generatedAt, problems: brief.problems)
        for story in brief.stories { try writer.add(story) }
        try writer.finish()
        return data
    }

    @Test(arguments: briefs.indices)
    func piecesMatchTheWholeEncoding(_ index: Int) throws {
        let brief = Self.briefs[index].brief
        let whole = try BriefJSONWriter.encoder().encode(brief) + Data("\n".utf8)
        let pieces = try Self.written(brief)
        #expect(String(decoding: pieces, as: UTF8.self) == String(decoding: whole, as: UTF8.self), "\(Self.briefs[index].name)")
        #expect(try JSONDecoder().decode(Brief.self, from: pieces) == brief)
    }
}
