import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct ArticleTextExtractorTests {
    @Test(arguments: [
        ("One.\n\nTwo\ncontinued.", ["One.", "Two continued."]),
        ("Line one.\nLine two.", ["Line one.", "Line two."]),
        ("  spaced   out \n\n\n  ", ["spaced out"]),
        // A heading above a paragraph is a paragraph of its own, not the paragraph's first words.
        ("Intro.\n\nFrom Britain to Syria via Kuwait and the Netherlands\nEmwazi is understood to have arrived in Britain as a young boy, aged six, after being born in Kuwait.",
         ["Intro.", "From Britain to Syria via Kuwait and the Netherlands",
          "Emwazi is understood to have arrived in Britain as a young boy, aged six, after being born in Kuwait."]),
        // A line stopping on a function word goes on with the next line, even before a capital.
        ("Intro.\n\nAccording to reports, Rosenberg said she had contacted Kurdish fighters over the\nInternet before traveling through Iraq to train at one of their camps on the Syrian border.",
         ["Intro.", "According to reports, Rosenberg said she had contacted Kurdish fighters over the Internet before traveling through Iraq to train at one of their camps on the Syrian border."]),
        // A hard-wrapped paragraph is joined; its short last line ends it.
        ("Intro.\n\nThe ministry said on Thursday that the report of a call between the\nTwo leaders was false.\nA caption",
         ["Intro.", "The ministry said on Thursday that the report of a call between the Two leaders was false.", "A caption"]),
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
