import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct ArticleTextExtractorTests {
    @Test(arguments: [
        ("One.\n\nTwo\ncontinued.", ["One.", "Two continued."]),
        ("Line one.\nLine two.", ["Line one.", "Line two."]),
        ("  spaced   out \n\n\n  ", ["spaced out"]),
    ])
    func paragraphsAreBlocksOrLines(text: String, expected: [String]) {
        #expect(ArticleTextExtractor.paragraphs(in: text) == expected)
    }

    @Test func repeatedParagraphIsKeptOnce() throws {
        let article = try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText("A.\n\nB.\n\nA.")))
        #expect(article.body.map(\.text) == ["A.", "B."])
        #expect(article.removed == [Removed(text: "A.", reason: .duplicate)])
    }

    @Test func emptyTextIsAnError() {
        #expect(throws: CorroborateError.self) {
            try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText(" \n ")))
        }
    }
}
