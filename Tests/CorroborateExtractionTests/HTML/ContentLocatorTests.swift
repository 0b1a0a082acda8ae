import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct ContentLocatorTests {
    /// One section of an article, its paragraphs wrapped in `depth` nested `div`s, as generated markup does.
    private func section(_ paragraphs: [String], depth: Int) -> String {
        String(repeating: "<div class='css-wrap'>", count: depth)
            + paragraphs.map { "<p>\($0)</p>" }.joined()
            + String(repeating: "</div>", count: depth)
    }

    private let sections = [
        ["The council approved the budget on Monday after a long debate, with seven votes in favour and two against."],
        ["Residents had asked for more money for parks, roads, libraries, and schools, and the final plan adds some of it."],
        ["The mayor said the vote was a compromise, and that the next budget would return to the question of transport."],
    ]

    private func bodyTexts(depth: Int) throws -> [String] {
        let html = "<html><body><div id='page'>" + sections.map { section($0, depth: depth) }.joined()
            + "</div><div id='footer-links'><a href='/a'>About</a></div></body></html>"
        let article = try HTMLExtractor().article(from: RawDocument(source: "sections.html", content: .html(Array(html.utf8))))
        return article.body.map(\.text)
    }

    @Test(arguments: [3, 12])
    func keepsEverySectionOfAnArticleSplitIntoDeepWrappers(depth: Int) throws {
        #expect(try bodyTexts(depth: depth) == sections.flatMap { $0 })
    }
}
