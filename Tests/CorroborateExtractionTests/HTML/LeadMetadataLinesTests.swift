import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct LeadMetadataLinesTests {
    @Test(arguments: [
        ("December 19, 2025", true),
        ("Wednesday, December 19, 2025", true),
        ("19 Dec 2025", true),
        ("3 min read", true),
        ("Reading time: 2 minutes", true),
        ("March 15, 2022 · 3 min read · By ASU Online", true),
        ("By Karina Cohen | May 19, 2024", true),
        ("by ALLIN ONE on Jan 22, 2025", true),
        ("Written By", true),
        ("Posted by", true),
        ("Updated on 09/10/2025", true),
        ("Last Updated: December 2025.", true),
        ("Date", true),
        // prose and headings that only look like them
        ("By familiarizing oneself with different types of equipment, you stay safe.", false),
        ("by ibby", false),
        ("Dates and figs: a winter guide", false),
        ("Publishers are struggling", false),
        ("The deal closed on December 19, 2025, after a long wait.", false),
        ("Why we updated our guide", false),
    ])
    func recognisesHeaderLines(line: String, expected: Bool) {
        #expect(LeadMetadataLines.isMetadataLine(line) == expected)
    }

    private static let prose = String(repeating: "The story goes on with its facts and quotes. ", count: 3)

    @Test(arguments: [
        (["December 19, 2025", "3 min read", prose, "May 2, 2024"], [0, 1]),
        (["Headline words", "By Jane Doe", prose], [1]),
        ([prose, "By Jane Doe"], [Int]()),
        (["Key takeaways", prose], []),
    ])
    func onlyLinesBeforeTheFirstProseParagraph(body: [String], expected: [Int]) {
        #expect(LeadMetadataLines.indices(in: body) == expected)
    }

    @Test func theExtractorRemovesTheHeaderLines() throws {
        let paragraphs = (1...4).map { "<p>Paragraph \($0) of the story about housing prices, which rose again this year in most cities of the country.</p>" }
        let html = """
            <html><body><article><h1>Housing prices rise</h1><p>December 19, 2025</p><p>3 min read</p>
            \(paragraphs.joined())</article></body></html>
            """
        let article = try HTMLExtractor().article(from: RawDocument(source: "lead.html", content: .html(Array(html.utf8))))
        #expect(article.body.count == 4)
        #expect(article.body.first?.text.hasPrefix("Paragraph 1") == true)
        #expect(article.removed.contains { $0.reason == .metadata && $0.text == "3 min read" })
    }
}
