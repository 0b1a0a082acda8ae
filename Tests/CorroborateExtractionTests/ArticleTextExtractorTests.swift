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

    /// Character references an escaping step left in clean text are decoded; a bare "&" stays.
    @Test(arguments: [
        ("at the Iguala morgue&nbsp;&hellip; Forensic personnel", "at the Iguala morgue\u{00A0}… Forensic personnel"),
        ("It&#8217;s over, Tom &amp; Jerry said.", "It’s over, Tom & Jerry said."),
        ("AT&T and R&D stay; so does a lone & sign.", "AT&T and R&D stay; so does a lone & sign."),
        ("Tom &amp; Jerry &copy 2014 &#169 AT&amp;T", "Tom & Jerry &copy 2014 &#169 AT&T"),
    ])
    func characterReferencesAreDecoded(_ text: String, _ expected: String) {
        #expect(ArticleTextExtractor.decodingReferences(text) == expected)
    }
}
